package org.policykb.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.packed.PackedInts;

/**
 * One numbering of a keyword field's values across all segments of a reader (Lucene's
 * {@link OrdinalMap}), built once per reader and field and dropped when the reader closes: facet
 * counts add up per global ordinal and turn into strings only for the values they list. Global
 * ordinals follow the values' byte order, which is their code point order.
 */
final class GlobalOrdinals {
  private static final PerReader<String, GlobalOrdinals> KEPT = new PerReader<>();

  private final IndexReader reader;
  private final String field;
  private final OrdinalMap map;

  private GlobalOrdinals(IndexReader reader, String field, OrdinalMap map) {
    this.reader = reader;
    this.field = field;
    this.map = map;
  }

  static GlobalOrdinals of(IndexReader reader, String field) {
    return KEPT.get(reader, field, f -> build(reader, f));
  }

  private static GlobalOrdinals build(IndexReader reader, String field) {
    try {
      SortedSetDocValues[] values = new SortedSetDocValues[reader.leaves().size()];
      for (LeafReaderContext leaf : reader.leaves()) {
        values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
      }
      IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
      return new GlobalOrdinals(reader, field,
          OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long valueCount() {
    return map.getValueCount();
  }

  /** Segment {@code leaf}'s ordinals as global ones. */
  org.apache.lucene.util.LongValues globalOrds(int leaf) {
    return map.getGlobalOrds(leaf);
  }

  /** The value of a global ordinal. */
  String value(long globalOrd) throws IOException {
    int segment = map.getFirstSegmentNumber(globalOrd);
    long ord = map.getFirstSegmentOrd(globalOrd);
    BytesRef bytes = DocValues.getSortedSet(reader.leaves().get(segment).reader(), field).lookupOrd(ord);
    return bytes.utf8ToString();
  }
}
