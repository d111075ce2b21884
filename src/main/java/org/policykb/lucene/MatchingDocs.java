package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.policykb.search.SearchTimeoutException;

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

  /** Matches collected between two looks at the clock. */
  private static final int TIMEOUT_CHECK_EVERY = 64;

  /** The searcher's time limit passed while collecting; the caller says how long that limit is. */
  static final class TimedOut extends RuntimeException {
    TimedOut() {
      super("time limit passed while collecting matches", null, false, false);
    }
  }

  private final List<Leaf> leaves;
  private final long count;

  private MatchingDocs(List<Leaf> leaves, long count) {
    this.leaves = leaves;
    this.count = count;
  }

  /**
   * Collects the matches segment by segment, on the searcher's threads when it has some. The
   * searcher's time limit, when it has one, holds here too: past it, the collection stops with a
   * {@link SearchTimeoutException}.
   */
  static MatchingDocs of(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    QueryTimeout timeout = searcher.getTimeout();
    List<Callable<Leaf>> work = new ArrayList<>();
    for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
      work.add(() -> collect(weight, context, timeout));
    }
    List<Leaf> leaves = searcher.getTaskExecutor().invokeAll(work);
    long count = 0;
    for (Leaf leaf : leaves) {
      count += leaf.docs().cardinality();
    }
    return new MatchingDocs(leaves, count);
  }

  private static Leaf collect(Weight weight, LeafReaderContext context, QueryTimeout timeout) throws IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
    Scorer scorer = weight.scorer(context);
    if (scorer != null) {
      DocIdSetIterator it = scorer.iterator();
      var live = context.reader().getLiveDocs();
      int sinceCheck = 0;
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live == null || live.get(doc)) {
          bits.set(doc);
        }
        if (timeout != null && ++sinceCheck == TIMEOUT_CHECK_EVERY) {
          sinceCheck = 0;
          if (timeout.shouldExit()) {
            throw new TimedOut();
          }
        }
      }
    }
    return new Leaf(context, bits);
  }

  /**
   * These documents as a query for the same reader, so that a ranking pass needs not evaluate the
   * phrase filter a second time.
   */
  Query asQuery() {
    return new Query() {
      @Override
      public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
          @Override
          public ScorerSupplier scorerSupplier(LeafReaderContext context) {
            Leaf leaf = context.ord < leaves.size() ? leaves.get(context.ord) : null;
            if (leaf == null || leaf.context().reader() != context.reader() || leaf.docs().cardinality() == 0) {
              return null;
            }
            return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, leaf.iterator()));
          }

          @Override
          public boolean isCacheable(LeafReaderContext context) {
            return false; // one request's matches
          }
        };
      }

      @Override
      public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
      }

      @Override
      public String toString(String field) {
        return "matching(" + count + " documents)";
      }

      @Override
      public boolean equals(Object o) {
        return this == o;
      }

      @Override
      public int hashCode() {
        return System.identityHashCode(this);
      }
    };
  }

  List<Leaf> leaves() {
    return leaves;
  }

  /** Every live document of {@code reader}. */
  static MatchingDocs all(IndexReader reader) {
    List<Leaf> leaves = new ArrayList<>();
    long count = 0;
    for (LeafReaderContext context : reader.leaves()) {
      FixedBitSet bits = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
      bits.set(0, context.reader().maxDoc());
      var live = context.reader().getLiveDocs();
      if (live != null) {
        for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
          if (!live.get(doc)) {
            bits.clear(doc);
          }
        }
      }
      leaves.add(new Leaf(context, bits));
      count += bits.cardinality();
    }
    return new MatchingDocs(leaves, count);
  }

  /** The live documents of the same reader that these do not hold. */
  MatchingDocs complement() {
    List<Leaf> out = new ArrayList<>(leaves.size());
    long n = 0;
    for (Leaf leaf : leaves) {
      int maxDoc = leaf.context().reader().maxDoc();
      FixedBitSet bits = leaf.docs().clone();
      bits.flip(0, maxDoc);
      var live = leaf.context().reader().getLiveDocs();
      if (live != null) {
        for (int doc = bits.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = doc + 1 < bits.length() ? bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
          if (!live.get(doc)) {
            bits.clear(doc);
          }
        }
      }
      out.add(new Leaf(leaf.context(), bits));
      n += bits.cardinality();
    }
    return new MatchingDocs(out, n);
  }

  long count() {
    return count;
  }
}
