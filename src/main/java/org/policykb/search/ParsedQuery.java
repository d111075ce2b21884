package org.policykb.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A query in the query language: every group is required, and a group matches when any of its
 * alternatives (terms joined by {@code OR}) matches; excluded terms must not match.
 */
public record ParsedQuery(List<List<QueryTerm>> required, List<QueryTerm> excluded) {
  public ParsedQuery {
    required = required.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
    if (required.isEmpty()) {
      throw new QuerySyntaxException("the query needs at least one term that is not excluded with -");
    }
  }

  /** Every phrase whose occurrences count: all required alternatives, in query order. */
  public List<QueryTerm> positiveTerms() {
    List<QueryTerm> terms = new ArrayList<>();
    required.forEach(terms::addAll);
    return terms;
  }
}
