package org.policykb.lucene;

import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that runs one query on several threads, one slice of segments each, once the index is
 * large enough for that to pay (as Lucene's concurrent search and OpenSearch's concurrent segment
 * search do). Results are the same as on one thread; a small index is searched on the caller's thread.
 */
final class SlicedSearcher extends IndexSearcher {
  /** Below this many documents per slice, handing work to another thread costs more than it saves. */
  static final int MIN_DOCS_PER_SLICE = 20_000;

  private final int threads;
  private final int minDocsPerSlice;

  SlicedSearcher(IndexReader reader, Executor executor, int threads, int minDocsPerSlice) {
    super(reader, executor);
    this.threads = threads;
    this.minDocsPerSlice = minDocsPerSlice;
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    int maxDoc = leaves.stream().mapToInt(l -> l.reader().maxDoc()).sum();
    int perSlice = Math.max(minDocsPerSlice, (maxDoc + threads - 1) / threads);
    return slices(leaves, perSlice, Integer.MAX_VALUE, false);
  }
}
