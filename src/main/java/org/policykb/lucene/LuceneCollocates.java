package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.policykb.index.Fields;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryParser;
import org.policykb.research.Collocates;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.CollocatesResult;
import org.policykb.text.QueryOccurrences;

/**
 * Collocates ({@link Collocates}) over the embedded index: texts from stored fields; a word's frequency
 * from the word field, an n-gram's as its phrase's occurrences counted from the exact field's positions.
 */
final class LuceneCollocates {
  private LuceneCollocates() {}

  /** Reads the neighbourhoods of every occurrence in the matching documents on all cores, and ranks what they hold. */
  static CollocatesResult run(Collocates collocates, DocumentScan scan, IndexSearcher searcher, LuceneQueryBuilder queries,
      ParsedQuery parsed, Query matching, CollocatesRequest request, String generation, long started) throws IOException {
    int[] docs = scan.inIndexOrder(MatchingDocs.of(searcher, matching));
    IndexReader reader = searcher.getIndexReader();
    Collocates.Tally tally = new Collocates.Tally(docs.length, request);
    Collocates neighbourhoods = collocates.forRequest();
    scan.forEachText(docs,
        text -> neighbourhoods.windows(text, QueryOccurrences.find(text, parsed), request.span(), request.unit()),
        windows -> windows.forEach(tally::add));
    return tally.result(new Collocates.Frequencies() {
      @Override
      public long corpusWords() throws IOException {
        return reader.getSumTotalTermFreq(Fields.TEXT_WORDS);
      }

      @Override
      public Map<String, Long> of(Collection<String> items, CollocatesRequest.Unit unit) throws IOException {
        if (unit == CollocatesRequest.Unit.NGRAM) {
          return phraseOccurrences(scan, searcher, queries, items);
        }
        Map<String, Long> out = new HashMap<>();
        for (String word : items) {
          out.put(word, reader.totalTermFreq(new Term(Fields.TEXT_WORDS, word)));
        }
        return out;
      }
    }, generation, started);
  }

  /** Each phrase's occurrences in the whole collection, as search counts them, from the exact field's positions; on all cores. */
  private static Map<String, Long> phraseOccurrences(DocumentScan scan, IndexSearcher searcher, LuceneQueryBuilder queries,
      Collection<String> phrases) {
    List<String> asked = new ArrayList<>();
    List<Callable<Long>> counts = new ArrayList<>();
    for (String phrase : phrases) {
      if (phrase.indexOf('"') >= 0) {
        continue; // not a phrase the query language can quote; its count in the windows stands in
      }
      asked.add(phrase);
      counts.add(() -> {
        scan.checkDeadline();
        ParsedQuery p = QueryParser.parse('"' + phrase + '"');
        long n = 0;
        for (MatchingDocs.Leaf leaf : MatchingDocs.of(searcher, queries.matching(p)).leaves()) {
          if (leaf.docs().cardinality() == 0) {
            continue;
          }
          PostingsOccurrences occurrences = new PostingsOccurrences(leaf.context().reader(), p);
          DocIdSetIterator it = leaf.iterator();
          for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            n += occurrences.count(doc);
          }
        }
        return n;
      });
    }
    List<Long> found = scan.inParallel(counts);
    Map<String, Long> out = new HashMap<>();
    for (int i = 0; i < asked.size(); i++) {
      out.put(asked.get(i), found.get(i));
    }
    return out;
  }
}
