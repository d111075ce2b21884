package org.policykb.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.policykb.analysis.Analyzers;
import org.policykb.index.Fields;

/**
 * {@link ParsedQuery} → Lucene query. Matching is decided by the exact bigram fields alone, so
 * a document matches exactly when every required phrase occurs in its folded text. Scoring adds
 * BM25 of the phrase, of smartcn words of the phrase, and a boost when the title has the phrase.
 */
final class LuceneQueryBuilder {
  static final float WORDS_WEIGHT = 0.5f;
  static final float TITLE_BOOST = 2f;

  private final QueryBuilder words;

  LuceneQueryBuilder() {
    Analyzer analyzer = Analyzers.words();
    this.words = new QueryBuilder(analyzer);
  }

  Query build(ParsedQuery parsed) {
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    for (List<QueryTerm> group : parsed.required()) {
      if (group.size() == 1) {
        top.add(term(group.get(0)), Occur.MUST);
      } else {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        group.forEach(t -> any.add(term(t), Occur.SHOULD));
        top.add(any.setMinimumNumberShouldMatch(1).build(), Occur.MUST);
      }
    }
    for (QueryTerm t : parsed.excluded()) {
      top.add(exact(t.titleOnly() ? Fields.TITLE_EXACT : Fields.TEXT_EXACT, t.folded()), Occur.MUST_NOT);
    }
    return top.build();
  }

  private Query term(QueryTerm t) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (t.titleOnly()) {
      b.add(exact(Fields.TITLE_EXACT, t.folded()), Occur.MUST);
      addWords(b, Fields.TITLE_WORDS, t.phrase(), WORDS_WEIGHT);
    } else {
      // A filter: matching needs one occurrence per document, not all of them counted for a score.
      b.add(exact(Fields.TEXT_EXACT, t.folded()), Occur.FILTER);
      addWords(b, Fields.TEXT_WORDS, t.phrase(), 1f);
      b.add(new BoostQuery(exact(Fields.TITLE_EXACT, t.folded()), TITLE_BOOST), Occur.SHOULD);
    }
    return b.build();
  }

  private void addWords(BooleanQuery.Builder b, String field, String phrase, float weight) {
    Query q = words.createBooleanQuery(field, phrase, Occur.SHOULD);
    if (q != null) {
      b.add(new BoostQuery(q, weight), Occur.SHOULD);
    }
  }

  /**
   * The folded phrase as bigrams at their positions: every other bigram plus the last one cover
   * every code point, which is all a substring match needs. One code point is a prefix query.
   */
  static Query exact(String field, int[] cps) {
    if (cps.length == 1) {
      return new PrefixQuery(new Term(field, new String(cps, 0, 1)));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int last = cps.length - 2;
    for (int i = 0; i <= last; i += 2) {
      phrase.add(new Term(field, new String(cps, i, 2)), i);
    }
    if (last % 2 == 1) {
      phrase.add(new Term(field, new String(cps, last, 2)), last);
    }
    return phrase.build();
  }
}
