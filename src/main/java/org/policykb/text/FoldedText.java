package org.policykb.text;

import java.util.Arrays;
import org.policykb.analysis.FoldedStream;
import org.policykb.analysis.Paragraphs;

/**
 * A whole text as the exact field sees it: each folded code point with the span of the text it came
 * from and its position in the rules' terms (one per code point, {@link Paragraphs#GAP} more across
 * a paragraph break). What a NEAR pair is found on, with the positions the index counts it on.
 */
final class FoldedText {
  private int[] cps;
  private int[] positions;
  private int[] starts;
  private int[] ends;
  private int size;

  private FoldedText(int capacity) {
    cps = new int[capacity];
    positions = new int[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
  }

  static FoldedText of(String text) {
    FoldedText t = new FoldedText(Math.max(16, text.length()));
    FoldedStream s = FoldedStream.of(text);
    int position = -1;
    int previousEnd = -1;
    while (s.next()) {
      boolean broken = previousEnd >= 0 && s.start() > previousEnd && Paragraphs.breakBetween(text, previousEnd, s.start());
      position += broken ? 1 + Paragraphs.GAP : 1;
      previousEnd = s.end();
      if (t.size == t.cps.length) {
        int grown = t.size * 2;
        t.cps = Arrays.copyOf(t.cps, grown);
        t.positions = Arrays.copyOf(t.positions, grown);
        t.starts = Arrays.copyOf(t.starts, grown);
        t.ends = Arrays.copyOf(t.ends, grown);
      }
      t.cps[t.size] = s.codePoint();
      t.positions[t.size] = position;
      t.starts[t.size] = s.start();
      t.ends[t.size] = s.end();
      t.size++;
    }
    return t;
  }

  /** The positions where the phrase starts, ascending, overlapping occurrences included. */
  int[] starts(int[] phrase) {
    int[] out = new int[16];
    int n = 0;
    int last = size - phrase.length;
    outer:
    for (int i = 0; i <= last; i++) {
      if (cps[i] != phrase[0]) {
        continue;
      }
      for (int k = 1; k < phrase.length; k++) {
        if (cps[i + k] != phrase[k] || positions[i + k] != positions[i] + k) {
          continue outer;
        }
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = positions[i];
    }
    return Arrays.copyOf(out, n);
  }

  int size() {
    return size;
  }

  /** The span of the text from the code point at {@code start} to the one before {@code end} (positions). */
  Occurrence occurrence(int start, int end) {
    int first = Arrays.binarySearch(positions, 0, size, start);
    int last = Arrays.binarySearch(positions, 0, size, end - 1);
    return new Occurrence(starts[first], ends[last]);
  }
}
