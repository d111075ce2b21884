package org.policykb.text;

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

  /** Unicode code point order (String's own order is UTF-16's, which differs above U+FFFF). */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
