package org.policykb.ingest;

import java.util.regex.Pattern;

/**
 * Clean-up shared by every reader, applied to one paragraph or heading at a time: whitespace runs
 * become one space; in paragraphs, spaces between Chinese characters (and between Chinese and
 * digits) are removed, since PDF extraction and typesetting insert them (规 模 以 上 → 规模以上).
 */
final class TextNormalizer {
  private static final String CJK =
      "\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2014\\u2018-\\u201F\\u2026\\u00B7";
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF\\u200B]+");
  private static final Pattern CJK_GAP =
      Pattern.compile("(?<=[" + CJK + "]) (?=[" + CJK + "0-9])|(?<=[" + CJK + "0-9]) (?=[" + CJK + "])");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\uFFFD\\uFEFF]");

  private TextNormalizer() {}

  /** Collapses whitespace; keeps spaces a heading uses as separators. */
  static String heading(String s) {
    return SPACES.matcher(CONTROL.matcher(s).replaceAll("")).replaceAll(" ").strip();
  }

  /** Collapses whitespace and removes the spaces typesetting puts between Chinese characters. */
  static String paragraph(String s) {
    return CJK_GAP.matcher(heading(s)).replaceAll("");
  }

  static String block(Block b) {
    return b.isHeading() ? heading(b.text()) : paragraph(b.text());
  }
}
