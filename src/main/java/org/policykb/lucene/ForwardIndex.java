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
  private int[] decoded = new int[512];
  private int units;
  private boolean supplementary;
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
      // the units' number, and whether any is a surrogate (else unit i is element i)
      out.writeVLong(2L * units.length() + (units.length() > sequence.length ? 1 : 0));
      LZ4.HighCompressionHashTable table = TABLES.get();
      LZ4.compress(raw, 0, raw.length, out, table);
      return new BytesRef(out.toArrayCopy());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: cannot happen
    }
  }

  /**
   * Reads segment document {@code doc}'s sequence as far as element {@code through} (or to its end),
   * for {@link #sequence()}; false when the document has none (an empty text).
   */
  boolean read(int doc, int through) throws IOException {
    size = 0;
    if (values == null || !values.advanceExact(doc)) {
      return false;
    }
    BytesRef b = values.binaryValue();
    ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
    long header = in.readVLong();
    int total = (int) (header >>> 1);
    supplementary = (header & 1) != 0;
    // without surrogates element i is unit i: LZ4 decompresses from the start, so it can stop early
    units = supplementary ? total : (int) Math.min(total, (long) through + 1);
    if (bytes.length < 2 * total + 64) {
      bytes = new byte[2 * total + 64];
    }
    LZ4.decompress(in, 2 * units, bytes, 0);
    if (!supplementary) {
      size = total;
      return true;
    }
    if (decoded.length < units) {
      decoded = new int[units];
    }
    for (int i = 0; i < units; i++) {
      char c = unit(i);
      if (Character.isHighSurrogate(c) && i + 1 < units && Character.isLowSurrogate(unit(i + 1))) {
        decoded[size++] = Character.toCodePoint(c, unit(++i));
      } else {
        decoded[size++] = c;
      }
    }
    return true;
  }

  private char unit(int i) {
    return (char) (((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF));
  }

  /** The sequence {@link #read} read; elements past {@code through} are not to be asked for. */
  ContextKeys.Sequence sequence() {
    return view;
  }

  private final ContextKeys.Sequence view = new ContextKeys.Sequence() {
    @Override
    public int at(int i) {
      return supplementary ? decoded[i] : unit(i);
    }

    @Override
    public int size() {
      return size;
    }
  };
}
