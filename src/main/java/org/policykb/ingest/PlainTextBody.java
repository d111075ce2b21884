package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown-ish and PDF-extracted text → blocks. {@code #} lines are headings; lines a PDF export
 * broke inside a sentence are joined again (高质量发\n\n展 → 高质量发展), a caption the layout
 * dropped into the middle of a sentence is moved after it, and stray page numbers are dropped.
 * A line is joined to the next when it does not end a sentence and is running prose, or — in a
 * hard-wrapped file — when it fills the wrap width.
 */
final class PlainTextBody {
  private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
  private static final Pattern LABEL_LINE =
      Pattern.compile("^(▶|►|(文章)?来源|作者|编辑|责任编辑|版式设计|记者|通讯员)[\\s:：]?.*");

  /** A non-empty line; {@code blankBefore}: an empty line precedes it. */
  private record Line(String text, boolean heading, boolean blankBefore) {}

  private final List<Line> lines;
  private final boolean hardWrapped;
  private final double wrapWidth;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Block> deferred = new ArrayList<>();
  private StringBuilder current;
  private String currentLast;
  private int currentLines;

  private PlainTextBody(List<Line> lines) {
    this.lines = lines;
    double[] widths =
        lines.stream().filter(l -> !l.heading()).mapToDouble(l -> LineShapes.width(l.text())).sorted().toArray();
    long open = lines.stream().filter(l -> !l.heading() && !LineShapes.endsTerminal(l.text())).count();
    this.hardWrapped =
        widths.length >= 10 && percentile(widths, 0.5) <= 30 && open * 2 >= widths.length;
    this.wrapWidth = widths.length == 0 ? 0 : percentile(widths, 0.9);
  }

  static List<Block> read(String text) {
    List<Line> lines = new ArrayList<>();
    boolean blank = true;
    for (String raw : text.split("\r\n|\r|\n")) {
      String s = TextNormalizer.heading(raw);
      if (s.isEmpty()) {
        blank = true;
        continue;
      }
      Matcher h = MD_HEADING.matcher(s);
      if (h.matches()) {
        lines.add(new Line(LineShapes.stripInlineMarkdown(h.group(2)), true, blank));
      } else {
        lines.add(new Line(LineShapes.stripInlineMarkdown(s), false, blank));
      }
      blank = false;
    }
    return new PlainTextBody(lines).assemble();
  }

  private List<Block> assemble() {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String next = i + 1 < lines.size() ? lines.get(i + 1).text() : null;
      if (line.heading()) {
        flush();
        blocks.add(Block.heading(line.text()));
        continue;
      }
      String text = line.text();
      if (LineShapes.endsWithTrailingPageNumber(text) && (next == null || !startsWithDigit(next))) {
        text = LineShapes.withoutTrailingPageNumber(text);
      }
      if (LineShapes.isPageNumber(text) && (current == null || LineShapes.endsTerminal(currentLast))) {
        continue;
      }
      if (current != null && isBroken() && !isLabel(text) && !isShortLabel(text)) {
        if (isCaption(line) && next != null && lines.get(i + 1).blankBefore()
            && !lines.get(i + 1).heading() && LineShapes.isProse(next)) {
          deferred.add(Block.heading(text));
          continue;
        }
        current.append(glue(currentLast, text)).append(text);
        currentLast = text;
        currentLines++;
        continue;
      }
      flush();
      current = new StringBuilder(text);
      currentLast = text;
      currentLines = 1;
      if (i == 0 && isTitleLike(text)) {
        flush();
      }
    }
    flush();
    return blocks;
  }

  private void flush() {
    if (current != null) {
      String text = current.toString();
      boolean heading =
          currentLines == 1 && (isTitleLike(text) || isShortLabel(text)) && !isLabel(text);
      blocks.add(heading ? Block.heading(text) : Block.paragraph(text));
      current = null;
    }
    blocks.addAll(deferred);
    deferred.clear();
  }

  /**
   * The paragraph so far stops mid-sentence, so the next line continues it: its last line ends
   * without terminal punctuation, and the paragraph is running prose or, in a hard-wrapped file,
   * the last line fills the wrap width.
   */
  private boolean isBroken() {
    if (LineShapes.endsTerminal(currentLast) || isLabel(currentLast)) {
      return false;
    }
    return LineShapes.isProse(current.toString())
        || (hardWrapped && LineShapes.width(currentLast) >= 0.8 * wrapWidth);
  }

  /** {@code 济南高新区：} — a short line introducing what follows; never the end of a sentence. */
  private static boolean isShortLabel(String line) {
    char last = line.charAt(line.length() - 1);
    return (last == '：' || last == ':') && !LineShapes.isProse(line) && LineShapes.width(line) <= 12;
  }

  /** A short line standing between blank lines inside a sentence: a caption the layout dropped there. */
  private boolean isCaption(Line line) {
    return !hardWrapped
        && line.blankBefore()
        && !LineShapes.isProse(line.text())
        && !LineShapes.endsTerminal(line.text())
        && LineShapes.width(line.text()) <= 20;
  }

  private static boolean isTitleLike(String line) {
    return !LineShapes.isProse(line) && !LineShapes.endsTerminal(line) && LineShapes.width(line) <= 40;
  }

  private static boolean isLabel(String line) {
    return !line.isEmpty() && "▶►来文作编责版记通".indexOf(line.charAt(0)) >= 0
        && LABEL_LINE.matcher(line).matches() && LineShapes.width(line) <= 40;
  }

  static String glue(String left, String right) {
    char a = left.charAt(left.length() - 1);
    char b = right.charAt(0);
    return a < 0x80 && b < 0x80 && Character.isLetterOrDigit(b) ? " " : "";
  }

  private static boolean startsWithDigit(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }
}
