package org.policykb.lucene;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;

/**
 * Values a reader's requests share, made once per reader and key and dropped when the reader closes (a
 * new generation opens a new reader): facets' ordinals, the concordance's order of documents, the
 * collection's facet counts, the trend's bucket sizes.
 *
 * @param <K> what a value is made for (a field, an order, …)
 */
final class PerReader<K, V> {
  private final Map<IndexReader.CacheKey, Map<K, V>> values = new ConcurrentHashMap<>();

  /** The values kept for {@code reader}: a map of its own that goes when it closes (a fresh one, kept nowhere, for a reader that cannot say when). */
  Map<K, V> of(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return new ConcurrentHashMap<>();
    }
    return values.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(values::remove);
      return new ConcurrentHashMap<>();
    });
  }

  /** The value for {@code key}, made by {@code make} the first time it is asked of this reader. */
  V get(IndexReader reader, K key, Function<K, V> make) {
    return of(reader).computeIfAbsent(key, make);
  }
}
