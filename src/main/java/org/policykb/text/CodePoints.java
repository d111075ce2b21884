package org.policykb.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.util.IntroSorter;

/** Strings as sequences of code points: the order and the reversal concordances and facets sort by. */
public final class CodePoints {
  private CodePoints() {}

  /** The left context read from the match outward: its code points in reverse. */
  public static String reversed(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = s.length(); i > 0; ) {
      int cp = s.codePointBefore(i);
      out.appendCodePoint(cp);
      i -= Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Unicode code point order (String's own order is UTF-16's, which differs above U+FFFF): the UTF-16
   * units are compared, and at the first that differ a surrogate is moved above U+FFFF, as the code
   * point it begins is.
   */
  public static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return Integer.compare(inCodePointOrder(x), inCodePointOrder(y));
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  /**
   * The indexes of {@code keys} ordered by their keys in {@link #compare code point order}; equal keys
   * keep their indexes' order. A concordance's keys repeat (a frequent phrase is followed by the same
   * words again and again), so the distinct keys are sorted, then the indexes are placed by their key's
   * rank in one counting pass.
   */
  public static int[] sortedIndexes(String[] keys) {
    int n = keys.length;
    HashMap<String, Integer> ids = new HashMap<>();
    int[] idOf = new int[n];
    List<String> distinct = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Integer id = ids.putIfAbsent(keys[i], distinct.size());
      if (id == null) {
        id = distinct.size();
        distinct.add(keys[i]);
      }
      idOf[i] = id;
    }
    int[] rank = new int[distinct.size()];
    int[] byRank = sortedDistinct(distinct.toArray(String[]::new));
    for (int r = 0; r < byRank.length; r++) {
      rank[byRank[r]] = r;
    }
    int[] start = new int[rank.length + 1];
    for (int i = 0; i < n; i++) {
      start[rank[idOf[i]] + 1]++;
    }
    for (int r = 0; r < rank.length; r++) {
      start[r + 1] += start[r];
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[start[rank[idOf[i]]]++] = i;
    }
    return order;
  }

  /** The indexes of distinct keys in code point order, most comparisons made on the keys' {@link #head heads}. */
  private static int[] sortedDistinct(String[] keys) {
    int n = keys.length;
    long[] heads = new long[n];
    for (int i = 0; i < n; i++) {
      heads[i] = head(keys[i]);
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    new IntroSorter() {
      private int pivot;

      private int compareIndexes(int a, int b) {
        int c = Long.compareUnsigned(heads[a], heads[b]);
        return c != 0 ? c : CodePoints.compare(keys[a], keys[b]);
      }

      @Override
      protected void swap(int i, int j) {
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }

      @Override
      protected void setPivot(int i) {
        pivot = order[i];
      }

      @Override
      protected int comparePivot(int j) {
        return compareIndexes(pivot, order[j]);
      }

      @Override
      protected int compare(int i, int j) {
        return compareIndexes(order[i], order[j]);
      }
    }.sort(0, n);
    return order;
  }

  /**
   * The first four units of a key, 16 bits each, in an order that agrees with {@link #compare}: a unit
   * below U+FFFE maps to itself plus one; a surrogate or U+FFFE/U+FFFF maps to 0xFFFF, above those, and
   * ends the head (zeros after it), since the units after it no longer decide the order alone.
   */
  private static long head(String key) {
    long head = 0;
    boolean ended = false;
    for (int i = 0; i < 4; i++) {
      int unit = 0;
      if (!ended && i < key.length()) {
        char c = key.charAt(i);
        boolean exact = !Character.isSurrogate(c) && c < 0xFFFE;
        unit = exact ? c + 1 : 0xFFFF;
        ended = !exact;
      }
      head = head << 16 | unit;
    }
    return head;
  }

  private static int inCodePointOrder(char c) {
    return Character.isSurrogate(c) ? c + 0x10000 : c;
  }
}
