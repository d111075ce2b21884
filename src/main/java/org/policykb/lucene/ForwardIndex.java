package org.policykb.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;
import org.policykb.text.ContextKeys;

/**
 * Each document's text as the exact field's positions see it ({@link ContextKeys#sequence}), kept in
 * binary doc values beside the inverted index: what a concordance sorted by context reads its keys
 * from, at the positions the postings give, without reading and decompressing the stored document.
 *
 * <p>A value is the number of UTF-16 units, then those units (big-endian) compressed with LZ4 (high
 * compression: about 1.3 bytes per character on Chinese text, against 2.8 in UTF-8). LZ4 because a
 * whole document decompresses at memory speed; DEFLATE would save a tenth and read four times slower.
 * One per segment; documents are asked in increasing order.
 */
final class ForwardIndex {
  private static final ThreadLocal<LZ4.HighCompressionHashTable> TABLES =
      ThreadLocal.withInitial(LZ4.HighCompressionHashTable::new);

  private final BinaryDocValues values;
  private byte[] bytes = new byte[1024];
  private int[] sequence = new int[512];
  private int size;

  ForwardIndex(LeafReader reader) throws IOException {
    values = reader.getBinaryDocValues(DocumentMapper.TEXT_FORWARD);
  }

  /** The value of a text; null for a text with nothing indexed. */
  static BytesRef encode(String text) {
    int[] sequence = ContextKeys.sequence(text);
    if (sequence.length == 0) {
      return null;
    }
    StringBuilder units = new StringBuilder(sequence.length);
    for (int cp : sequence) {
      units.appendCodePoint(cp);
    }
    byte[] raw = new byte[units.length() * 2];
    for (int i = 0; i < units.length(); i++) {
      char c = units.charAt(i);
      raw[2 * i] = (byte) (c >>> 8);
      raw[2 * i + 1] = (byte) c;
    }
    try {
      ByteBuffersDataOutput out = new ByteBuffersDataOutput();
      out.writeVInt(units.length());
      LZ4.HighCompressionHashTable table = TABLES.get();
      LZ4.compress(raw, 0, raw.length, out, table);
      return new BytesRef(out.toArrayCopy());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: cannot happen
    }
  }

  /**
   * Reads segment document {@code doc}'s sequence into {@link #sequence()} (its length in
   * {@link #size()}); false when the document has none (an empty text, or an index built before it).
   */
  boolean read(int doc) throws IOException {
    size = 0;
    if (values == null || !values.advanceExact(doc)) {
      return false;
    }
    BytesRef b = values.binaryValue();
    ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
    int units = in.readVInt();
    if (bytes.length < 2 * units + 8) {
      bytes = new byte[2 * units + 8];
    }
    LZ4.decompress(in, 2 * units, bytes, 0);
    if (sequence.length < units) {
      sequence = new int[units];
    }
    for (int i = 0; i < units; i++) {
      char c = (char) (((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF));
      if (Character.isHighSurrogate(c) && i + 1 < units) {
        char low = (char) (((bytes[2 * i + 2] & 0xFF) << 8) | (bytes[2 * i + 3] & 0xFF));
        if (Character.isLowSurrogate(low)) {
          sequence[size++] = Character.toCodePoint(c, low);
          i++;
          continue;
        }
      }
      sequence[size++] = c;
    }
    return true;
  }

  int[] sequence() {
    return sequence;
  }

  int size() {
    return size;
  }
}
