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

  private static int inCodePointOrder(char c) {
    return Character.isSurrogate(c) ? c + 0x10000 : c;
  }
}
