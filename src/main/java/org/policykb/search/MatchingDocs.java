package org.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every document a query matches, segment by segment, as bit sets: what the research features
 * (facets, concordance, trend, collocates) iterate over without scoring.
 */
final class MatchingDocs {
  /** The matches in one segment; doc ids are the segment's own. */
  record Leaf(LeafReaderContext context, FixedBitSet docs) {
    DocIdSetIterator iterator() {
      return new BitSetIterator(docs, docs.cardinality());
    }
  }

  private final List<Leaf> leaves;
  private final long count;

  private MatchingDocs(List<Leaf> leaves, long count) {
    this.leaves = leaves;
    this.count = count;
  }

  static MatchingDocs of(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<Leaf> leaves = new ArrayList<>();
    long count = 0;
    for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
      FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
      Scorer scorer = weight.scorer(context);
      if (scorer != null) {
        DocIdSetIterator it = scorer.iterator();
        var live = context.reader().getLiveDocs();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live == null || live.get(doc)) {
            bits.set(doc);
          }
        }
        count += bits.cardinality();
      }
      leaves.add(new Leaf(context, bits));
    }
    return new MatchingDocs(leaves, count);
  }

  List<Leaf> leaves() {
    return leaves;
  }

  long count() {
    return count;
  }
}
