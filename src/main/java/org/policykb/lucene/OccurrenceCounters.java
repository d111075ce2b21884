package org.policykb.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.policykb.query.ParsedQuery;
import org.policykb.text.QueryOccurrences;

/**
 * The two ways to count a query's occurrences in every matching document: from the positions of the
 * exact field when {@link PostingsOccurrences} can (no stored text read), else by scanning each
 * document's text ({@link QueryOccurrences}, for NEAR pairs and one-character phrases).
 */
final class OccurrenceCounters {
  private OccurrenceCounters() {}

  static LuceneTrend.OccurrenceCounter of(ParsedQuery parsed, DocumentScan scan, IndexReader reader) {
    return PostingsOccurrences.supports(parsed) ? fromPostings(parsed) : fromText(parsed, scan, reader);
  }

  private static LuceneTrend.OccurrenceCounter fromPostings(ParsedQuery parsed) {
    return (matches, sink) -> {
      int leafOrd = 0;
      for (MatchingDocs.Leaf leaf : matches.leaves()) {
        if (leaf.docs().cardinality() > 0) {
          PostingsOccurrences occurrences = new PostingsOccurrences(leaf.context().reader(), parsed.textTerms());
          DocIdSetIterator it = leaf.iterator();
          for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            sink.accept(leafOrd, doc, occurrences.count(doc));
          }
        }
        leafOrd++;
      }
    };
  }

  private static LuceneTrend.OccurrenceCounter fromText(ParsedQuery parsed, DocumentScan scan, IndexReader reader) {
    return (matches, sink) -> {
      int[] docs = scan.inIndexOrder(matches);
      List<LeafReaderContext> leaves = reader.leaves();
      int[] at = {0};
      scan.forEach(docs, d -> QueryOccurrences.find(d.text(), parsed, 0).total(), count -> {
        int doc = docs[at[0]++];
        int leaf = ReaderUtil.subIndex(doc, leaves);
        try {
          sink.accept(leaf, doc - leaves.get(leaf).docBase, count);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    };
  }
}
