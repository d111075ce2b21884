package org.policykb.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A query in the query language: every group is required, and a group matches when any of its
 * alternatives (terms joined by {@code OR}) matches; excluded terms must not match; every
 * {@code NEAR} pair must occur close together.
 */
public record ParsedQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded, List<NearTerm> near) {
  public ParsedQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded) {
    this(required, excluded, List.of());
  }

  public ParsedQuery {
    required = required.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
    near = List.copyOf(near);
    if (required.isEmpty() && near.isEmpty()) {
      throw new QuerySyntaxException("the query needs at least one term that is not excluded with -");
    }
  }

  /** Every phrase that scores: all required alternatives and both sides of each NEAR pair. */
  public List<QueryTerm> positiveTerms() {
    List<QueryTerm> terms = new ArrayList<>();
    required.forEach(terms::addAll);
    near.forEach(n -> {
      terms.add(n.a());
      terms.add(n.b());
    });
    return terms;
  }

  /**
   * The phrases whose occurrences in the text count (snippets, concordance lines, trends): the
   * required ones that are not {@code title:} terms, which only decide which documents take part;
   * for a query of {@code title:} terms alone, those phrases wherever the text has them. The
   * phrases of NEAR pairs are not among them: a pair occurs as one span (see {@code QueryOccurrences}).
   */
  public List<QueryTerm> textTerms() {
    List<QueryTerm> all = new ArrayList<>();
    required.forEach(all::addAll);
    List<QueryTerm> text = all.stream().filter(t -> !t.titleOnly()).toList();
    return text.isEmpty() && near.isEmpty() ? all : text;
  }
}
