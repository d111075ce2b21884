package org.policykb.tools.ocr;

/**
 * The share of a text's characters that a reading of it got right: 1 − the edit distance between the
 * two, whitespace ignored, divided by the text's length (1 − CER), never below 0.
 */
public final class CharacterAccuracy {
  private CharacterAccuracy() {}

  public static double of(String truth, String read) {
    int[] a = withoutSpace(truth);
    int[] b = withoutSpace(read);
    if (a.length == 0) {
      return b.length == 0 ? 1 : 0;
    }
    return Math.max(0, 1 - distance(a, b) / (double) a.length);
  }

  /** The Levenshtein distance of two code point sequences, in two rows. */
  public static int distance(int[] a, int[] b) {
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length];
  }

  static int[] withoutSpace(String s) {
    return s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).toArray();
  }
}
