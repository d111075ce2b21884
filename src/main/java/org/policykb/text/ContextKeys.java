package org.policykb.text;

import java.util.Arrays;
import org.policykb.analysis.FoldedStream;
import org.policykb.analysis.Paragraphs;

/**
 * What a concordance sorted by context orders its lines by: the indexed characters next to the match
 * read outward from it (the left ones nearest first), as phrases match them — folded, whitespace and
 * soft punctuation skipped — up to {@link #DEPTH} of them, a paragraph break read as {@link #BREAK},
 * which comes before every character (a lone surrogate reads as U+FFFD). Keys compare in code point
 * order; a shorter key (the text ends) comes before the longer ones it begins.
 *
 * <p>The keys are read from a text's <em>sequence</em>: its folded code points in order, with
 * {@link Paragraphs#INDEXED_GAP} {@code BREAK}s at each paragraph break, so that index {@code i} is the
 * embedded exact field's position {@code i}. An engine may keep the sequence beside its index (a
 * forward index) and read keys from it without the text; the keys are the same.
 */
public final class ContextKeys {
  /** Indexed characters a key holds at most; lines whose keys are equal stay in document order. */
  public static final int DEPTH = 16;

  /** A paragraph break in a sequence and a key. */
  public static final int BREAK = 0;

  /** A sequence read element by element: an array, or an engine's stored form of it. */
  public interface Sequence {
    /** Element {@code i}: a code point or {@link #BREAK}. */
    int at(int i);

    int size();
  }

  private final int[] sequence;
  private final int size;
  private final int[] offsets; // where each element starts in the text (a BREAK: where the character before it ends)

  private final Sequence elements = new Sequence() {
    @Override
    public int at(int i) {
      return sequence[i];
    }

    @Override
    public int size() {
      return size;
    }
  };

  private ContextKeys(int[] sequence, int size, int[] offsets) {
    this.sequence = sequence;
    this.size = size;
    this.offsets = offsets;
  }

  /** A text's sequence (above); {@code sequence(text).length} is the exact field's last position plus one. */
  public static int[] sequence(String text) {
    ContextKeys k = of(text);
    return Arrays.copyOf(k.sequence, k.size);
  }

  /** The keys of a text's occurrences. */
  public static ContextKeys of(String text) {
    int[] seq = new int[Math.max(16, text.length())];
    int[] offsets = new int[seq.length];
    int n = 0;
    FoldedStream s = FoldedStream.of(text);
    int previousEnd = -1;
    while (s.next()) {
      boolean broken = previousEnd >= 0 && s.start() > previousEnd && Paragraphs.breakBetween(text, previousEnd, s.start());
      int needed = n + 1 + (broken ? Paragraphs.INDEXED_GAP : 0);
      if (needed > seq.length) {
        seq = Arrays.copyOf(seq, Math.max(needed, seq.length * 2));
        offsets = Arrays.copyOf(offsets, seq.length);
      }
      for (int g = 0; broken && g < Paragraphs.INDEXED_GAP; g++) {
        seq[n] = BREAK;
        offsets[n++] = previousEnd;
      }
      // a lone surrogate reads as U+FFFD: a stored sequence (UTF-16) could not tell it from half of a pair
      seq[n] = Character.isSurrogate((char) s.codePoint()) && s.codePoint() < 0x10000 ? 0xFFFD : s.codePoint();
      offsets[n++] = s.start();
      previousEnd = s.end();
    }
    return new ContextKeys(seq, n, offsets);
  }

  /** The text's sequence's length: the exact field's last position plus one. */
  public int size() {
    return size;
  }

  /** The position (index of the sequence) where occurrence {@code o} of this text starts. */
  public int position(Occurrence o) {
    return firstAtOrAfter(o.start());
  }

  /** The key of the right context of {@code o}, an occurrence in this text. */
  public String right(Occurrence o) {
    return right(elements, firstAtOrAfter(o.end()));
  }

  /** The key of the left context of {@code o}, an occurrence in this text. */
  public String left(Occurrence o) {
    return left(elements, firstAtOrAfter(o.start()));
  }

  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offsets[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The key of the right context of a match that ends before element {@code end} of the sequence. */
  public static String right(Sequence sequence, int end) {
    StringBuilder key = new StringBuilder(DEPTH + 2);
    int taken = 0;
    int size = sequence.size();
    int previous = -1;
    for (int i = end; i < size && taken < DEPTH; i++) {
      int e = sequence.at(i);
      if (e == BREAK && previous == BREAK) {
        continue; // one break, however wide its gap
      }
      key.appendCodePoint(e);
      previous = e;
      taken++;
    }
    return key.toString();
  }

  /** The key of the left context of a match that starts at element {@code start} of the sequence, nearest first. */
  public static String left(Sequence sequence, int start) {
    StringBuilder key = new StringBuilder(DEPTH + 2);
    int taken = 0;
    int previous = -1;
    for (int i = start - 1; i >= 0 && taken < DEPTH; i--) {
      int e = sequence.at(i);
      if (e == BREAK && previous == BREAK) {
        continue;
      }
      key.appendCodePoint(e);
      previous = e;
      taken++;
    }
    return key.toString();
  }
}
