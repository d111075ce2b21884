package org.policykb.ingest;

import java.util.regex.Pattern;

/**
 * Where a hard-wrapped text's lines are wraps and where its paragraphs end. A stretch of lines is
 * hard-wrapped when most of its lines end mid-sentence at about one display width (half-width
 * digits and Latin count half): the stretch's own width, the most frequent width of its open lines
 * among the lines around each line, not a constant for the file. In such a stretch a line that
 * fills the width and ends mid-sentence is always a wrap; a line that ends a sentence ends its
 * paragraph when it is clearly short or when the next line starts a list item or is indented; a
 * short line that ends mid-sentence (a title, a heading, a date) stands alone.
 */
final class LineWraps {
  /** The lines looked at on each side of a line to find its stretch's width. */
  private static final int WINDOW = 12;
  /** The fewest lines a hard-wrapped stretch has. */
  private static final int MIN_LINES = 6;
  /** A list item or heading at the start of a line: 一、 （一） 1. （1） 第一条 第二章. */
  private static final Pattern ITEM = Pattern.compile(
      "^([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[.、．](?!\\d)"
          + "|第[一二三四五六七八九十百零〇\\d]+[条章节编部分]|附件\\d*[:：]?$)");

  private LineWraps() {}

  /**
   * Each line's wrap width when it stands in a hard-wrapped stretch, else 0. {@code widths},
   * {@code open} (ends mid-sentence) and {@code punctuated} (holds clause punctuation) describe the
   * lines; a heading is given a width of -1 and splits stretches.
   */
  static double[] widths(double[] widths, boolean[] open, boolean[] punctuated) {
    int n = widths.length;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      if (widths[i] < 0) {
        continue;
      }
      int from = i;
      while (from > 0 && i - from < WINDOW && widths[from - 1] >= 0) {
        from--;
      }
      int to = i;
      while (to < n - 1 && to - i < WINDOW && widths[to + 1] >= 0) {
        to++;
      }
      out[i] = stretchWidth(widths, open, punctuated, from, to);
    }
    return out;
  }

  /** The wrap width of lines {@code from..to}, or 0 when they are not hard-wrapped. */
  private static double stretchWidth(double[] widths, boolean[] open, boolean[] punctuated, int from, int to) {
    int lines = to - from + 1;
    if (lines < MIN_LINES) {
      return 0;
    }
    int[] counts = new int[128];
    int opened = 0;
    int prose = 0;
    for (int i = from; i <= to; i++) {
      if (open[i]) {
        opened++;
        prose += punctuated[i] ? 1 : 0;
        counts[(int) Math.min(127, Math.round(widths[i]))]++;
      }
    }
    // prose: a list of names or titles, one to a line, is not wrapped text
    if (opened * 3 < lines || prose * 3 < opened) {
      return 0;
    }
    // the three neighbouring widths most open lines have, and the median width among them
    int best = 1;
    for (int w = 1; w < counts.length - 1; w++) {
      if (counts[w - 1] + counts[w] + counts[w + 1] > counts[best - 1] + counts[best] + counts[best + 1]) {
        best = w;
      }
    }
    int near = counts[best - 1] + counts[best] + counts[best + 1];
    int half = (near + 1) / 2;
    int width = best - 1;
    for (int seen = counts[width]; seen < half; seen += counts[width]) {
      width++;
    }
    // most lines of a hard-wrapped stretch stay within its width (a table row or an unwrapped paragraph may not)
    int wide = 0;
    for (int i = from; i <= to; i++) {
      wide += widths[i] > width + 3 ? 1 : 0;
    }
    return width >= 8 && width <= 60 && near >= 4 && near * 3 >= opened && wide * 5 <= lines ? width : 0;
  }

  /**
   * How much shorter than the width a line ending mid-sentence may be and still fill it: typesetting
   * that squeezes punctuation and justifies lines lets a column's full lines differ by a character or two.
   */
  static double slack(double width) {
    return Math.max(2, width * 0.12);
  }

  /**
   * Whether line {@code b} continues the paragraph that line {@code a} ends, in a stretch wrapped at
   * {@code width}. {@code aWidth} is a's display width with its indent, two more when a starts a
   * paragraph and its indent was lost; {@code bWidth} and {@code bIndent}: b's width with its indent
   * and the width of that indent; {@code after}: the line after b, or null.
   */
  static boolean continues(String a, double aWidth, String b, double bWidth, double bIndent, String after, double width) {
    // a word of Latin letters or digits, or an opening mark, is not left at a line's end: the line ends early
    double pushed = pushed(b);
    if (!LineShapes.endsTerminal(a)) {
      // a heading or item set on one line (三、…) followed by the next one (四、…) stands alone
      return aWidth + pushed >= width - slack(width) && !(startsItem(a) && startsItem(b));
    }
    // a line ending a sentence ends its paragraph unless it fills the width to the character
    // an item after a full line ending in ；goes on: items run inline (（一）…；（二）…；)
    if (aWidth + pushed < width - 0.75 || bIndent >= 1 || (startsItem(b) && !endsClause(a))) {
      return false;
    }
    // after a full line ending a sentence, a line that goes on but stops short of the width is a
    // first line that lost its indent (or a title); a full line or a last line continues
    boolean bShort = bWidth + (after == null ? 0 : pushed(after)) <= width - 1.5;
    return LineShapes.endsTerminal(b) || !bShort;
  }

  private static boolean endsClause(String line) {
    return line.endsWith("；") || line.endsWith(";");
  }

  /** A list item or numbered heading at the start of a line. */
  static boolean startsItem(String line) {
    return ITEM.matcher(line).find();
  }

  /** The display width of the Latin letters and digits a line starts with, or of its opening mark. */
  private static double pushed(String line) {
    if (!line.isEmpty() && "“‘《（(「『【〔".indexOf(line.charAt(0)) >= 0) {
      return 1;
    }
    int i = 0;
    while (i < line.length() && line.charAt(i) < 0x80 && Character.isLetterOrDigit(line.charAt(i))) {
      i++;
    }
    return i * 0.5;
  }
}
