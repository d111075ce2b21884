package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown-ish and PDF-extracted text → blocks. {@code #} lines are headings; lines a PDF export
 * broke inside a sentence are joined again (高质量发\n\n展 → 高质量发展), a caption the layout
 * dropped into the middle of a sentence is moved after it, and stray page numbers are dropped.
 * A line is joined to the next when it does not end a sentence and is running prose; in a
 * hard-wrapped stretch the line widths and sentence punctuation decide ({@link LineWraps}).
 */
final class PlainTextBody {
  private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
  /** A Markdown blockquote's marker ({@code > （2020年12月30日…}); a line of it alone is an empty line. */
  private static final Pattern BLOCKQUOTE = Pattern.compile("^\\s{0,3}>(?:\\s|$)");
  private static final Pattern LABEL_LINE =
      Pattern.compile("^(▶|►|(文章)?来源|作者|编辑|责任编辑|版式设计|记者|通讯员)[\\s:：]?.*");

  /** A non-empty line; {@code blankBefore}: an empty line precedes it; {@code indent}: the display width of its leading spaces. */
  private record Line(String text, boolean heading, boolean blankBefore, double indent) {}

  private final List<Line> lines;
  /** Each line's wrap width when it stands in a hard-wrapped stretch ({@link LineWraps}), else 0. */
  private final double[] wrapWidths;
  /** Each line's display width with its indent, two more for a paragraph's first line whose indent was lost. */
  private final double[] measured;
  /** Each line's display width with its indent. */
  private final double[] plain;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Block> deferred = new ArrayList<>();
  private StringBuilder current;
  private String currentLast;
  private int currentLastIndex;
  private int currentLines;

  private PlainTextBody(List<Line> lines) {
    this.lines = lines;
    double[] widths = new double[lines.size()];
    this.plain = widths;
    boolean[] open = new boolean[lines.size()];
    boolean[] punctuated = new boolean[lines.size()];
    this.measured = new double[lines.size()];
    for (int i = 0; i < widths.length; i++) {
      Line l = lines.get(i);
      widths[i] = l.heading() ? -1 : l.indent() + LineShapes.width(l.text());
      open[i] = !l.heading() && !LineShapes.endsTerminal(l.text());
      punctuated[i] = LineShapes.hasClausePunctuation(l.text());
      measured[i] = widths[i] + (startsParagraph(i, widths, open, widths[i] * 0.6) ? 2 : 0);
    }
    this.wrapWidths = LineWraps.widths(measured, open, punctuated);
    for (int i = 0; i < widths.length; i++) {
      double full = wrapWidths[i] - LineWraps.slack(wrapWidths[i]);
      measured[i] = widths[i] + (wrapWidths[i] > 0 && startsParagraph(i, measured, open, full) ? 2 : 0);
    }
  }

  static List<Block> read(String text) {
    List<Line> lines = new ArrayList<>();
    boolean blank = true;
    for (String line : text.split("\r\n|\r|\n")) {
      String raw = BLOCKQUOTE.matcher(line).replaceFirst("");
      String s = TextNormalizer.heading(raw);
      double indent = LineShapes.width(raw.substring(0, leadingSpaces(raw)));
      if (s.isEmpty()) {
        blank = true;
        continue;
      }
      Matcher h = MD_HEADING.matcher(s);
      if (h.matches()) {
        lines.add(new Line(LineShapes.stripInlineMarkdown(h.group(2)), true, blank, 0));
      } else {
        lines.add(new Line(LineShapes.stripInlineMarkdown(s), false, blank, indent));
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
      if (current != null && continues(i, text)) {
        if (isCaption(line, i) && next != null && lines.get(i + 1).blankBefore()
            && !lines.get(i + 1).heading() && LineShapes.isProse(next)) {
          deferred.add(Block.heading(text));
          continue;
        }
        current.append(glue(currentLast, text)).append(text);
        currentLast = text;
        currentLastIndex = i;
        currentLines++;
        continue;
      }
      flush();
      current = new StringBuilder(text);
      currentLast = text;
      currentLastIndex = i;
      currentLines = 1;
      if (i == 0 && isTitleLike(text) && !titleWraps()) {
        flush();
      }
    }
    flush();
    return blocks;
  }

  private void flush() {
    if (current != null) {
      String text = current.toString();
      boolean title = blocks.isEmpty() && currentLastIndex == 1 && isTitleLike(text);
      boolean heading =
          title || currentLines == 1 && (isTitleLike(text) || isShortLabel(text)) && !isLabel(text);
      blocks.add(heading ? Block.heading(text) : Block.paragraph(text));
      current = null;
    }
    blocks.addAll(deferred);
    deferred.clear();
  }

  /**
   * Whether {@code next} (the text of line {@code at}) continues the paragraph so far. In a hard-wrapped
   * stretch the line widths decide ({@link LineWraps#continues}): a full line ending mid-sentence is a
   * wrap whatever follows it. Elsewhere the paragraph continues when its last line ends without
   * terminal punctuation and the paragraph is running prose; a label line starts a block of its own.
   */
  private boolean continues(int at, String next) {
    Line line = lines.get(at);
    if (PromulgationNote.stepBeforeStep(currentLast, next) || PromulgationNote.endsWithNote(currentLast)
        || PromulgationNote.opensNote(next)) {
      return false; // a law's 题注 printed one step a line: 通过 on one, 施行 on the next
    }
    double width = wrapWidths[currentLastIndex];
    boolean label = isLabel(next) || isShortLabel(next);
    // a line running on far past the width (a table row, a paragraph left unwrapped) is no wrapped line
    if (width > 0 && plain[currentLastIndex] <= width + 3) {
      String after = at + 1 < lines.size() ? lines.get(at + 1).text() : null;
      boolean wraps = LineWraps.continues(currentLast, measured[currentLastIndex], next,
          line.indent() + LineShapes.width(next), line.indent(), after, width);
      return wraps && (!LineShapes.endsTerminal(currentLast) || !label);
    }
    if (LineShapes.endsTerminal(currentLast) || isLabel(currentLast) || label) {
      return false;
    }
    return LineShapes.isProse(current.toString());
  }

  /** {@code 济南高新区：} — a short line introducing what follows; never the end of a sentence. */
  private static boolean isShortLabel(String line) {
    char last = line.charAt(line.length() - 1);
    return (last == '：' || last == ':') && !LineShapes.isProse(line) && LineShapes.width(line) <= 12;
  }

  /** A short line standing between blank lines inside a sentence: a caption the layout dropped there. */
  private boolean isCaption(Line line, int i) {
    return wrapWidths[i] == 0
        && line.blankBefore()
        && !LineShapes.isProse(line.text())
        && !LineShapes.endsTerminal(line.text())
        && LineShapes.width(line.text()) <= 20;
  }

  /**
   * The first line, in a hard-wrapped stretch, fills the width and the short line after it ends the
   * title: a title wrapped as the body is (陈独秀在中国共产党第三次全国代 / 表大会上的报告).
   */
  private boolean titleWraps() {
    if (lines.size() < 3 || wrapWidths[0] == 0 || lines.get(1).heading()) {
      return false;
    }
    String second = lines.get(1).text();
    double room = wrapWidths[0] - LineWraps.slack(wrapWidths[0]);
    return plain[0] >= room && plain[1] < room && isTitleLike(lines.get(0).text() + second);
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

  /**
   * A line that follows a sentence's end, a heading, the title or a line shorter than {@code full}
   * ({@code widths}: of the lines before) starts a paragraph: when its indent was lost, it is two characters shorter than the lines it wraps to.
   */
  private boolean startsParagraph(int i, double[] widths, boolean[] open, double full) {
    Line l = lines.get(i);
    if (i == 0 || l.indent() > 0 || l.heading()) {
      return false;
    }
    return !open[i - 1] || widths[i - 1] < full || (i == 1 && isTitleLike(lines.get(0).text()));
  }

  private static int leadingSpaces(String raw) {
    int i = 0;
    while (i < raw.length() && Whitespace.isSpace(raw.charAt(i))) {
      i++;
    }
    return i;
  }
}
