package org.policykb.lucene;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.policykb.analysis.Analyzers;
import org.policykb.index.Fields;
import org.policykb.query.ExactPhrase;
import org.policykb.query.Filters;
import org.policykb.query.NearTerm;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryTerm;
import org.policykb.query.Scoring;

/**
 * {@link ParsedQuery} → Lucene query. Matching is decided by the exact bigram fields alone, so
 * a document matches exactly when every required phrase occurs in its folded text; relevance as
 * {@link Scoring} states it.
 */
final class LuceneQueryBuilder {
  private final QueryBuilder words;

  LuceneQueryBuilder() {
    Analyzer analyzer = Analyzers.words();
    this.words = new QueryBuilder(analyzer);
  }

  /**
   * The query that matches and scores, flat so that Lucene can rank the top hits without scoring
   * every match: the matching clauses are filters, the scoring clauses are optional, and one
   * zero-scoring optional clause matches every document so that "at least one optional clause"
   * (which lets Lucene skip documents that cannot reach the top) changes nothing about what matches.
   */
  Query build(ParsedQuery parsed) {
    return build(parsed, filter(parsed));
  }

  /** The same scoring over documents that {@code matching} decides (e.g. matches already collected). */
  Query build(ParsedQuery parsed, Query matching) {
    BooleanQuery.Builder top = new BooleanQuery.Builder()
        .add(matching, Occur.FILTER)
        .add(new BoostQuery(new MatchAllDocsQuery(), 0f), Occur.SHOULD);
    parsed.positiveTerms().forEach(t -> addScoring(top, t));
    return top.setMinimumNumberShouldMatch(1).build();
  }

  /**
   * The same matching without any scoring clause: what decides whether a document is a hit, so
   * counting it gives the exact total (and Lucene's query cache can keep it).
   */
  Query matching(ParsedQuery parsed) {
    return new ConstantScoreQuery(filter(parsed));
  }

  /** The same matching under the filters: the documents a research answer reads, as {@code ClusterQueries.matching}. */
  Query matching(ParsedQuery parsed, Filters filters) {
    return FilterQueries.restrict(matching(parsed), filters);
  }

  /** Each group's phrase (or one of an OR group's phrases), and none of the excluded ones. */
  private static Query filter(ParsedQuery parsed) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    parsed.required().forEach(group -> all.add(anyOf(group), Occur.FILTER));
    parsed.near().forEach(n -> all.add(near(n), Occur.FILTER));
    parsed.excluded().forEach(t -> all.add(exact(t), Occur.MUST_NOT));
    return all.build();
  }

  /** The pair decided from the exact field's positions. */
  private static Query near(NearTerm n) {
    return new NearQuery(n);
  }

  private static Query anyOf(List<QueryTerm> group) {
    if (group.size() == 1) {
      return exact(group.get(0));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    group.forEach(t -> any.add(exact(t), Occur.SHOULD));
    return any.setMinimumNumberShouldMatch(1).build();
  }

  private static Query exact(QueryTerm t) {
    return exact(t.titleOnly() ? Fields.TITLE_EXACT : Fields.TEXT_EXACT, t.folded());
  }

  /**
   * BM25 of the term's smartcn words plus its phrase in the title, boosted; for a title: term,
   * whose phrase every hit has in its title, BM25 of the title's words.
   */
  private void addScoring(BooleanQuery.Builder top, QueryTerm t) {
    if (t.titleOnly()) {
      wordClauses(Fields.TITLE_WORDS, t.phrase()).forEach(q -> top.add(q, Occur.SHOULD));
    } else {
      wordClauses(Fields.TEXT_WORDS, t.phrase()).forEach(q -> top.add(q, Occur.SHOULD));
      Query inTitle = inTitle(t);
      if (inTitle != null) {
        top.add(new BoostQuery(inTitle, Scoring.TITLE_BOOST), Occur.SHOULD);
      }
    }
  }

  /**
   * A phrase found in the title scores BM25 of its words in the title. Only term statistics go
   * into it (a phrase's statistics would not be global on a sharded cluster), so every backend
   * scores it alike; null when the phrase has no words.
   */
  private Query inTitle(QueryTerm t) {
    List<Query> clauses = wordClauses(Fields.TITLE_WORDS, t.phrase());
    if (clauses.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(exact(Fields.TITLE_EXACT, t.folded()), Occur.FILTER);
    clauses.forEach(q -> b.add(q, Occur.SHOULD));
    return b.build();
  }

  /**
   * The phrase's smartcn words, each its own optional clause so that each can be skipped on its
   * own maximum score (or the one query the analysis makes when that is not a plain disjunction).
   */
  private List<Query> wordClauses(String field, String phrase) {
    Query q = words.createBooleanQuery(field, phrase, Occur.SHOULD);
    if (q instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
        && bq.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
      return bq.clauses().stream().map(org.apache.lucene.search.BooleanClause::query).toList();
    }
    return q == null ? List.of() : List.of(q);
  }

  /** The {@link ExactPhrase} of the folded phrase as a Lucene query. */
  static Query exact(String field, int[] cps) {
    ExactPhrase plan = ExactPhrase.of(cps);
    if (plan.isPrefix()) {
      return new PrefixQuery(new Term(field, plan.prefix()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    plan.bigrams().forEach(b -> phrase.add(new Term(field, b.text()), b.position()));
    return phrase.build();
  }
}
