package org.policykb.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;
import org.policykb.analysis.Paragraphs;
import org.policykb.text.NearSpans;

/**
 * Where each paragraph of a document's text starts in the exact field ({@link Paragraphs#indexedStarts}),
 * kept in binary doc values as deltas: what turns the field's positions into the positions the
 * NEAR rule is stated on. One per segment; documents are asked in increasing order.
 */
final class ParagraphStarts {
  private final BinaryDocValues values;
  private int[] starts = new int[16];
  private int count;
  private int loaded = -1;

  ParagraphStarts(LeafReader reader) throws IOException {
    values = reader.getBinaryDocValues(DocumentMapper.PARAGRAPH_STARTS);
  }

  /** The value of a text with paragraph breaks; null for a text of one paragraph. */
  static BytesRef encode(String text) {
    int[] starts = Paragraphs.indexedStarts(text);
    if (starts.length == 0) {
      return null;
    }
    byte[] bytes = new byte[5 * starts.length];
    int at = 0;
    int previous = 0;
    for (int s : starts) {
      int delta = s - previous; // a vInt, as ByteArrayDataInput reads it
      while ((delta & ~0x7F) != 0) {
        bytes[at++] = (byte) ((delta & 0x7F) | 0x80);
        delta >>>= 7;
      }
      bytes[at++] = (byte) delta;
      previous = s;
    }
    return new BytesRef(bytes, 0, at);
  }

  /** Moves {@code doc}'s positions of the exact field (ascending) to the rules' positions, in place. */
  void toRulePositions(int doc, int[] positions, int n) throws IOException {
    if (load(doc)) {
      Paragraphs.toRulePositions(positions, n, starts, count);
    }
  }

  /**
   * Moves {@code doc}'s spans (packed, {@link NearSpans}; left to right, not overlapping) from the
   * rules' positions back to the field's own, in place.
   */
  void toIndexedPositions(int doc, long[] spans) throws IOException {
    if (!load(doc)) {
      return;
    }
    int[] s = new int[spans.length];
    int[] e = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      s[i] = NearSpans.start(spans[i]);
      e[i] = NearSpans.end(spans[i]);
    }
    Paragraphs.toIndexedPositions(s, spans.length, starts, count);
    Paragraphs.toIndexedPositions(e, spans.length, starts, count);
    for (int i = 0; i < spans.length; i++) {
      spans[i] = NearSpans.span(s[i], e[i]);
    }
  }

  /**
   * True when a paragraph of {@code doc} starts inside the span {@code from…to} of the field's
   * positions (after {@code from}, before {@code to}): the span crosses a break. Reads the starts
   * only as far as {@code to}.
   */
  boolean startsWithin(int doc, int from, int to) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      return false;
    }
    BytesRef b = values.binaryValue();
    ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
    int start = 0;
    while (!in.eof()) {
      start += in.readVInt();
      if (start >= to) {
        return false;
      }
      if (start > from) {
        return true;
      }
    }
    return false;
  }

  /** Reads {@code doc}'s paragraph starts; false when it has one paragraph or the segment none. */
  private boolean load(int doc) throws IOException {
    if (values == null) {
      return false;
    }
    if (doc != loaded) {
      loaded = doc;
      count = 0;
      if (values.advanceExact(doc)) {
        BytesRef b = values.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        int previous = 0;
        while (!in.eof()) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          previous += in.readVInt();
          starts[count++] = previous;
        }
      }
    }
    return count > 0;
  }
}
