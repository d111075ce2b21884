package org.policykb.analysis;

import java.util.Arrays;

/**
 * A text seen through {@link CharFolding}: the folded code points, each remembering the span of
 * the original text it came from. Phrase matching runs on the folded code points; offsets map back
 * to exact {@code String} indices of the original text.
 */
public final class FoldedText {
  private final int[] codePoints;
  private final int[] sourceStart;
  private final int[] sourceEnd;
  private final int length;

  private FoldedText(int[] codePoints, int[] sourceStart, int[] sourceEnd, int length) {
    this.codePoints = codePoints;
    this.sourceStart = sourceStart;
    this.sourceEnd = sourceEnd;
    this.length = length;
  }

  public static FoldedText of(String text) {
    int capacity = Math.max(16, text.length());
    int[] cps = new int[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      String folded = CharFolding.fold(cp);
      for (int j = 0; j < folded.length(); ) {
        int f = folded.codePointAt(j);
        if (n == cps.length) {
          int grown = cps.length * 2;
          cps = Arrays.copyOf(cps, grown);
          starts = Arrays.copyOf(starts, grown);
          ends = Arrays.copyOf(ends, grown);
        }
        cps[n] = f;
        starts[n] = i;
        ends[n] = next;
        n++;
        j += Character.charCount(f);
      }
      i = next;
    }
    return new FoldedText(cps, starts, ends, n);
  }

  /** Folds a phrase into the code points it must match. */
  public static int[] foldPhrase(String phrase) {
    return CharFolding.fold(phrase).codePoints().toArray();
  }

  public int length() {
    return length;
  }

  public int codePointAt(int index) {
    return codePoints[index];
  }

  /** Index into the original text where folded position {@code index} starts. */
  public int sourceStart(int index) {
    return sourceStart[index];
  }

  /** Index into the original text just after folded position {@code index}. */
  public int sourceEnd(int index) {
    return sourceEnd[index];
  }

  /** True when {@code phrase} occurs at folded position {@code at}. */
  public boolean matchesAt(int[] phrase, int at) {
    if (phrase.length == 0 || at < 0 || at + phrase.length > length) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (codePoints[at + k] != phrase[k]) {
        return false;
      }
    }
    return true;
  }
}
