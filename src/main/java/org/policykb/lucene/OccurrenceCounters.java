package org.policykb.lucene;

import org.apache.lucene.search.DocIdSetIterator;
import org.policykb.query.ParsedQuery;

/**
 * A query's occurrences in every matching document, counted from the positions of the exact field
 * ({@link PostingsOccurrences}): phrases of any length and NEAR pairs, no stored text read.
 */
final class OccurrenceCounters {
  private OccurrenceCounters() {}

  static LuceneTrend.OccurrenceCounter of(ParsedQuery parsed) {
    return (matches, sink) -> {
      int leafOrd = 0;
      for (MatchingDocs.Leaf leaf : matches.leaves()) {
        if (leaf.docs().cardinality() > 0) {
          PostingsOccurrences occurrences = new PostingsOccurrences(leaf.context().reader(), parsed);
          DocIdSetIterator it = leaf.iterator();
          for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            sink.accept(leafOrd, doc, occurrences.count(doc));
          }
        }
        leafOrd++;
      }
    };
  }
}
