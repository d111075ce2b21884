package org.policykb.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.policykb.index.Fields;
import org.policykb.query.ParsedQuery;
import org.policykb.research.Collocates;
import org.policykb.search.CollocatesRequest;
import org.policykb.text.QueryOccurrences;

/** Collocates ({@link Collocates}) over the embedded index: texts from stored fields, frequencies from the words field. */
final class LuceneCollocates {
  private LuceneCollocates() {}

  /** Reads the neighbourhoods of every occurrence in the matching documents, on all cores; the index's frequencies. */
  static Collocates.Tally run(Collocates collocates, DocumentScan scan, IndexSearcher searcher, ParsedQuery parsed, Query matching, CollocatesRequest request)
      throws IOException {
    int[] docs = scan.inIndexOrder(MatchingDocs.of(searcher, matching));
    IndexReader reader = searcher.getIndexReader();
    Collocates.Tally tally = new Collocates.Tally(docs.length);
    tally.frequencies(new Collocates.Frequencies() {
      @Override
      public long corpusWords() throws IOException {
        return reader.getSumTotalTermFreq(Fields.TEXT_WORDS);
      }

      @Override
      public long of(String word) throws IOException {
        return reader.totalTermFreq(new Term(Fields.TEXT_WORDS, word));
      }
    });
    scan.forEach(docs, d -> collocates.windows(d.text(), QueryOccurrences.find(d.text(), parsed), request.span()),
        windows -> windows.forEach(w -> tally.add(w, request.side())));
    return tally;
  }

}
