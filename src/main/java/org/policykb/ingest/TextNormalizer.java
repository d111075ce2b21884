package org.policykb.ingest;

/**
 * Clean-up shared by every reader, applied to one paragraph or heading at a time: control
 * characters go, whitespace runs become one space; in paragraphs, spaces between Chinese
 * characters (and between Chinese and digits) are removed, since PDF extraction and typesetting
 * insert them (规 模 以 上 → 规模以上). Written as single passes: it runs on every line of every file.
 */
final class TextNormalizer {
  private TextNormalizer() {}

  /** Collapses whitespace and drops control characters; keeps spaces a heading uses as separators. */
  static String heading(String s) {
    StringBuilder out = null;
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Whitespace.isSpace(c);
      boolean dropped = !space && Whitespace.isInvisible(c);
      boolean keep = !space && !dropped;
      if (out == null) {
        // fast path: nothing changed yet as long as only single inner spaces appear
        boolean changes = dropped || (space && (c != ' ' || i == 0 || i == s.length() - 1 || Whitespace.isSpace(s.charAt(i + 1))));
        if (!changes) {
          continue;
        }
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
        if (space) {
          pendingSpace = !out.isEmpty();
        }
        continue;
      }
      if (space) {
        pendingSpace = !out.isEmpty();
      } else if (keep) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    if (out == null) {
      return s;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
  }

  /** Collapses whitespace and removes the spaces typesetting puts between Chinese characters. */
  static String paragraph(String s) {
    String h = heading(s);
    if (h.indexOf(' ') < 0) {
      return h;
    }
    StringBuilder out = new StringBuilder(h.length());
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == ' ' && i > 0 && i + 1 < h.length()) {
        char before = h.charAt(i - 1);
        char after = h.charAt(i + 1);
        if (((isCjk(before) && (isCjk(after) || isDigit(after))) || (isDigit(before) && isCjk(after)))
            && !endsArticleNumber(h, i)) {
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * True when {@code s[0, end)} ends with the number of a law's article, chapter or section
   * ({@code 第十二条}, {@code 第三章}, {@code 第2节}): the space after it separates the number from the
   * text, as laws are typeset (第一条　为了…), and is kept.
   */
  private static boolean endsArticleNumber(String s, int end) {
    char unit = s.charAt(end - 1);
    if (unit != '条' && unit != '章' && unit != '节' && unit != '编' && unit != '款') {
      return false;
    }
    int i = end - 2;
    while (i >= 0 && i >= end - 8 && ("零〇一二三四五六七八九十百千".indexOf(s.charAt(i)) >= 0 || isDigit(s.charAt(i)))) {
      i--;
    }
    return i >= 0 && i < end - 2 && s.charAt(i) == '第' && (i == 0 || s.charAt(i - 1) == ' ' || !isCjk(s.charAt(i - 1))
        || "。；：！？".indexOf(s.charAt(i - 1)) >= 0);
  }

  static String block(Block b) {
    return b.isHeading() ? heading(b.text()) : paragraph(b.text());
  }



  /** Han characters, CJK punctuation, full-width forms, and the quotes, dashes and dots set with them. */
  private static boolean isCjk(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
        || c == '\u2014' || (c >= '\u2018' && c <= '\u201F') || c == '\u2026' || c == '\u00B7';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
