package org.policykb.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.policykb.index.DocumentMapper;
import org.policykb.index.Fields;
import org.policykb.model.PolicyDocument;

/**
 * Related documents by Lucene's MoreLikeThis over the smartcn words of the text and title: the
 * document's most distinctive words (frequent in it, rare in the collection) as one BM25 query.
 */
final class Related {
  private final Analyzer words;

  Related(Analyzer words) {
    this.words = words;
  }

  List<RelatedResult.Related> find(IndexSearcher searcher, PolicyDocument d, int size) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(words);
    mlt.setFieldNames(new String[] {Fields.TEXT_WORDS, Fields.TITLE_WORDS});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(1);
    mlt.setMinWordLen(2); // one-character words are mostly function words in Chinese
    mlt.setMaxDocFreqPct(50);
    mlt.setMaxQueryTerms(30);
    mlt.setMaxNumTokensParsed(20_000);
    mlt.setBoost(true);
    Query like = mlt.like(Fields.TEXT_WORDS, new StringReader(d.text()));
    Query query = new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(new TermQuery(DocumentMapper.idTerm(d.id())), Occur.MUST_NOT)
        .build();
    TopDocs top = searcher.search(query, size);
    List<RelatedResult.Related> out = new ArrayList<>();
    var stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      PolicyDocument r = DocumentMapper.fromLucene(stored.document(sd.doc));
      out.add(new RelatedResult.Related(r.id(), r.title(), r.date(), r.year(), r.source(), sd.score));
    }
    return out;
  }
}
