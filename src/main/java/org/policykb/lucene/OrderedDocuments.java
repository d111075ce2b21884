package org.policykb.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.FixedBitSet;
import org.policykb.query.DocumentOrder;

/**
 * Every live document of a reader in one order that does not depend on a query (no score key), sorted
 * once per reader and order and dropped when the reader closes. A query's matches then come in that
 * order by picking them out of it, instead of sorting them again in every request: sorting the 178,000
 * matches of a frequent phrase by date took most of a concordance's first page at 1 GB.
 */
final class OrderedDocuments {
  private static final PerReader<DocumentOrder, OrderedDocuments> KEPT = new PerReader<>();

  /** Matches fewer than this share of the index are sorted by rank; more are picked out of the whole order. */
  private static final int SORT_BELOW_ONE_IN = 16;

  private final int[] docs; // global ids, in order
  private final int[] rank; // by global id: its place in docs (-1 for a deleted document)

  private OrderedDocuments(int[] docs, int maxDoc) {
    this.docs = docs;
    this.rank = new int[maxDoc];
    Arrays.fill(rank, -1);
    for (int i = 0; i < docs.length; i++) {
      rank[docs[i]] = i;
    }
  }

  /** True for an order this class can hold: one whose keys are all stored values. */
  static boolean fixed(DocumentOrder order) {
    return order.keys().stream().noneMatch(k -> k.by() == DocumentOrder.By.SCORE);
  }

  static OrderedDocuments of(IndexReader reader, DocumentOrder order) {
    if (!fixed(order)) {
      throw new IllegalArgumentException("an order with a score depends on the query: " + order);
    }
    return KEPT.get(reader, order, o -> build(reader, o));
  }

  private static OrderedDocuments build(IndexReader reader, DocumentOrder order) {
    int live = reader.numDocs();
    if (live == 0) {
      return new OrderedDocuments(new int[0], reader.maxDoc());
    }
    try {
      TopFieldDocs all = new IndexSearcher(reader).search(new MatchAllDocsQuery(), live, Sorts.of(order));
      int[] docs = new int[all.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = all.scoreDocs[i].doc;
      }
      return new OrderedDocuments(docs, reader.maxDoc());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The matching documents' global ids in this order. */
  int[] select(MatchingDocs matches) throws IOException {
    int n = (int) matches.count();
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    if (n < docs.length / SORT_BELOW_ONE_IN) {
      long[] ranked = new long[n];
      int k = 0;
      for (MatchingDocs.Leaf leaf : matches.leaves()) {
        int base = leaf.context().docBase;
        DocIdSetIterator it = leaf.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          ranked[k++] = (long) rank[base + doc] << 32 | (base + doc);
        }
      }
      Arrays.sort(ranked);
      for (int i = 0; i < n; i++) {
        out[i] = (int) ranked[i];
      }
      return out;
    }
    FixedBitSet matching = new FixedBitSet(rank.length);
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      int base = leaf.context().docBase;
      DocIdSetIterator it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        matching.set(base + doc);
      }
    }
    int k = 0;
    for (int doc : docs) {
      if (matching.get(doc)) {
        out[k++] = doc;
      }
    }
    return out;
  }
}
