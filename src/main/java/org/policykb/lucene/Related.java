package org.policykb.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.policykb.index.Fields;
import org.policykb.model.PolicyDocument;
import org.policykb.query.DocumentOrder;
import org.policykb.research.RelatedTerms;
import org.policykb.search.RelatedResult;

/**
 * Related documents by Lucene's MoreLikeThis over the smartcn words of the text and title: the
 * document's most distinctive words (frequent in it, rare in the collection) as one BM25 query.
 */
final class Related {

  private final Analyzer words;

  Related(Analyzer words) {
    this.words = words;
  }

  /** The documents most like {@code d}: shown members of works other than its own ({@code work}). */
  List<RelatedResult.Related> find(IndexSearcher searcher, PolicyDocument d, String work, int size) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(words);
    mlt.setFieldNames(new String[] {Fields.TEXT_WORDS, Fields.TITLE_WORDS});
    mlt.setMinTermFreq(RelatedTerms.MIN_TERM_FREQ);
    mlt.setMinDocFreq(RelatedTerms.MIN_DOC_FREQ);
    mlt.setMinWordLen(RelatedTerms.MIN_WORD_LENGTH);
    // half of the live documents: MoreLikeThis's setMaxDocFreqPct takes the share of maxDoc, deleted documents included
    mlt.setMaxDocFreq(Math.toIntExact((long) RelatedTerms.MAX_DOC_FREQ_PCT * reader.numDocs() / 100));
    mlt.setMaxQueryTerms(RelatedTerms.MAX_QUERY_TERMS);
    mlt.setMaxNumTokensParsed(RelatedTerms.MAX_TOKENS_PARSED);
    mlt.setBoost(true);
    Query like = mlt.like(Fields.TEXT_WORDS, new StringReader(d.text()));
    Query query = new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(new TermQuery(DocumentMapper.idTerm(d.id())), Occur.MUST_NOT)
        .add(new TermQuery(new Term(Fields.WORK_ID, work)), Occur.MUST_NOT)
        .add(new TermQuery(new Term(Fields.WORK_SHOWN, "true")), Occur.FILTER)
        .build();
    TopDocs top = searcher.search(query, size, Sorts.of(DocumentOrder.RELEVANCE), true); // ties by id
    List<RelatedResult.Related> out = new ArrayList<>();
    var stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      PolicyDocument r = DocumentMapper.fromLucene(stored.document(sd.doc));
      out.add(new RelatedResult.Related(r.id(), r.title(), r.date(), r.year(), r.source(), sd.score));
    }
    return out;
  }
}
