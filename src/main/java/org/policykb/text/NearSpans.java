package org.policykb.text;

import java.util.Arrays;

/**
 * The one definition of a NEAR pair's occurrences, over positions of the exact field (folded code
 * points, paragraphs {@link org.policykb.analysis.Paragraphs#GAP} apart): the index counts them from
 * its postings and the text scans from the text's positions, with this same code.
 *
 * <p>{@code A NEAR/n B} occurs where an occurrence of A and one of B (two occurrences, when A and B
 * are the same phrase) do not overlap and at most n positions lie between the end of the first and
 * the start of the second. Its occurrences are the shortest such spans (those holding no other),
 * taken from the left, each after the one before ends — the most spans that do not overlap.
 *
 * <p>Spans are packed into longs: the start position in the high half, the end (exclusive) in the
 * low half, both non-negative.
 */
public final class NearSpans {
  private NearSpans() {}

  public static long span(int start, int end) {
    return ((long) start << 32) | end;
  }

  public static int start(long span) {
    return (int) (span >>> 32);
  }

  public static int end(long span) {
    return (int) span;
  }

  /**
   * The pair's spans, left to right.
   *
   * @param a the start positions of A, ascending (overlapping occurrences included)
   * @param b the start positions of B, ascending; ignored when {@code same}
   */
  public static long[] find(int[] a, int na, int lenA, int[] b, int nb, int lenB, boolean same, int distance) {
    if (same) {
      b = a;
      nb = na;
      lenB = lenA;
    }
    long[] candidates = new long[same ? na : na + nb];
    int n = nearest(a, na, lenA, b, nb, lenB, distance, candidates, 0);
    if (!same) {
      n = nearest(b, nb, lenB, a, na, lenA, distance, candidates, n);
    }
    // the earliest end first, the shortest at one end: then each pick is a shortest span
    return select(candidates, n, true);
  }

  /** True when the pair occurs at least once. */
  public static boolean exists(int[] a, int na, int lenA, int[] b, int nb, int lenB, boolean same, int distance) {
    if (same) {
      return nearest(a, na, lenA, a, na, lenA, distance, null, 0) > 0;
    }
    return nearest(a, na, lenA, b, nb, lenB, distance, null, 0) > 0
        || nearest(b, nb, lenB, a, na, lenA, distance, null, 0) > 0;
  }

  /**
   * One occurrence of the pair: the first span {@link #exists} finds, or -1 when there is none. On
   * positions that are closer together than the rules' (the embedded field's, with a narrower gap at
   * a paragraph break), no witness means no occurrence in the rules' positions either: the map
   * between them keeps the order and only widens distances.
   */
  public static long witness(int[] a, int na, int lenA, int[] b, int nb, int lenB, boolean same, int distance) {
    long[] one = new long[1];
    if (same) {
      return nearest(a, na, lenA, a, na, lenA, distance, one, 0, true) > 0 ? one[0] : -1;
    }
    if (nearest(a, na, lenA, b, nb, lenB, distance, one, 0, true) > 0
        || nearest(b, nb, lenB, a, na, lenA, distance, one, 0, true) > 0) {
      return one[0];
    }
    return -1;
  }

  /**
   * For each occurrence x of the left phrase, the nearest occurrence of the right one starting at
   * or after x's end, when at most {@code distance} positions lie between: the span of the pair.
   * Written into {@code out} from {@code n} (or, with no {@code out} or with {@code first}, stops at
   * the first); returns the new count.
   */
  private static int nearest(
      int[] left, int nl, int lenL, int[] right, int nr, int lenR, int distance, long[] out, int n) {
    return nearest(left, nl, lenL, right, nr, lenR, distance, out, n, false);
  }

  private static int nearest(
      int[] left, int nl, int lenL, int[] right, int nr, int lenR, int distance, long[] out, int n, boolean first) {
    int r = 0;
    for (int i = 0; i < nl; i++) {
      int end = left[i] + lenL;
      while (r < nr && right[r] < end) {
        r++;
      }
      if (r == nr) {
        break;
      }
      if (right[r] - end <= distance) {
        if (out == null) {
          return n + 1;
        }
        out[n++] = span(left[i], right[r] + lenR);
        if (first) {
          return n;
        }
      }
    }
    return n;
  }

  /**
   * Occurrences of several kinds together (packed spans), as every occurrence list is finished:
   * left to right, the longest at each start, none overlapping the one kept before.
   */
  public static long[] leftmostLongest(long[] spans, int n) {
    return select(spans, n, false);
  }

  /**
   * The spans taken in one order, each kept when it starts after the one kept before ends: by end
   * (the later start first at one end) or by start (the later end first at one start).
   */
  private static long[] select(long[] spans, int n, boolean byEnd) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      int first = byEnd ? end(spans[i]) : start(spans[i]);
      int second = byEnd ? start(spans[i]) : end(spans[i]);
      keys[i] = ((long) first << 32) | (0xFFFFFFFFL & ~second);
    }
    Arrays.sort(keys);
    long[] out = new long[n];
    int kept = 0;
    int free = Integer.MIN_VALUE;
    for (long key : keys) {
      int first = (int) (key >>> 32);
      int second = ~(int) key;
      int start = byEnd ? second : first;
      int end = byEnd ? first : second;
      if (start >= free) {
        out[kept++] = span(start, end);
        free = end;
      }
    }
    return Arrays.copyOf(out, kept);
  }
}
