package org.policykb.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A joint document's 版头 set in large type — two issuers' names stacked closely, 文件 beside them —
 * whose glyphs overlap vertically, so sorting by position reads them as one line, glyph by glyph
 * interleaved (国财家发展政和改革委部员会 文件). The glyphs of such a line stand on several baselines:
 * each baseline's glyphs are read as a line of its own, top first ({@link #unstack}); then a line
 * standing beside another in large type (文件 centred beside the names) ends the nearer of them, the
 * lower of two as near ({@link #sideBySide}) — as the names read when they are set further apart.
 */
final class StackedLines {
  /** One glyph: its text, left and right edges, baseline (y growing downwards) and type size, in points. */
  record Glyph(String text, float left, float right, float baseline, float size) {}

  /** Type of this size or more (points) is a 版头's: the body of an official document is set in 16 pt. */
  private static final float LARGE = 18;
  /** Baselines this close, in characters of the glyph's size, are one row. */
  private static final float SAME = 0.1f;

  private StackedLines() {}

  /** The line's glyphs as the lines they were set on, top first, or null when they stand on one baseline. */
  static List<PageLayout.Line> unstack(List<Glyph> glyphs, int page, float pageHeight) {
    if (glyphs.size() < 4 || !glyphs.stream().allMatch(g -> g.size() >= LARGE)) {
      return null;
    }
    List<List<Glyph>> rows = rows(glyphs);
    if (rows.size() < 2 || rows.stream().anyMatch(r -> r.size() < 2)) {
      return null;
    }
    List<PageLayout.Line> lines = new ArrayList<>();
    for (List<Glyph> row : rows) {
      lines.add(line(row, page, pageHeight));
    }
    return lines;
  }

  /**
   * A page's lines with lines in large type that stand side by side — less than a character apart in
   * height, apart in width (文件 centred beside the stacked names) — read as one line, left to right:
   * the shorter joins the longer, a line beside two joins the nearer, the lower of two as near.
   */
  static List<PageLayout.Line> sideBySide(List<PageLayout.Line> page) {
    List<PageLayout.Line> out = new ArrayList<>(page);
    for (int i = 0; i < out.size(); i++) {
      PageLayout.Line line = out.get(i);
      PageLayout.Line before = i > 0 ? out.get(i - 1) : null;
      PageLayout.Line after = i + 1 < out.size() ? out.get(i + 1) : null;
      // the shorter line (文件) joins the longer one (a name)
      boolean toBefore = beside(before, line) && before.text().length() >= line.text().length();
      boolean toAfter = beside(line, after) && after.text().length() >= line.text().length();
      if (toAfter && (!toBefore
          || Math.abs(after.baseline() - line.baseline()) <= Math.abs(line.baseline() - before.baseline()))) {
        out.set(i + 1, joined(line, after));
        out.remove(i--);
      } else if (toBefore) {
        out.set(i - 1, joined(before, line));
        out.remove(i--);
      }
    }
    return out;
  }

  private static boolean beside(PageLayout.Line a, PageLayout.Line b) {
    return a != null && b != null && a.size() >= LARGE && b.size() >= LARGE
        && Math.abs(a.baseline() - b.baseline()) < Math.max(a.size(), b.size())
        && (a.left() >= b.right() || b.left() >= a.right());
  }

  private static PageLayout.Line joined(PageLayout.Line a, PageLayout.Line b) {
    PageLayout.Line left = a.left() < b.left() ? a : b;
    PageLayout.Line right = left == a ? b : a;
    String gap = right.left() - left.right() > right.size() * 0.5f ? " " : "";
    return new PageLayout.Line(a.page(), left.text() + gap + right.text(), left.left(), right.right(),
        Math.max(a.baseline(), b.baseline()), Math.max(a.size(), b.size()), a.pageHeight());
  }

  /** The glyphs grouped by baseline, top first: glyphs of one row stand on one baseline, give or take a tenth of a character. */
  private static List<List<Glyph>> rows(List<Glyph> glyphs) {
    List<Glyph> byBaseline = new ArrayList<>(glyphs);
    byBaseline.sort(Comparator.comparingDouble(Glyph::baseline));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = new ArrayList<>();
    for (Glyph g : byBaseline) {
      if (!row.isEmpty() && g.baseline() - row.get(0).baseline() > SAME * Math.max(g.size(), 1)) {
        rows.add(row);
        row = new ArrayList<>();
      }
      row.add(g);
    }
    rows.add(row);
    return rows;
  }

  /** One row as a line: its glyphs left to right, a space where they stand half a character or more apart. */
  private static PageLayout.Line line(List<Glyph> row, int page, float pageHeight) {
    row.sort(Comparator.comparingDouble(Glyph::left));
    StringBuilder text = new StringBuilder();
    float size = 0;
    float baseline = 0;
    Glyph before = null;
    for (Glyph g : row) {
      if (before != null && g.left() - before.right() > g.size() * 0.5f) {
        text.append(' ');
      }
      text.append(g.text());
      size = Math.max(size, g.size());
      baseline = Math.max(baseline, g.baseline());
      before = g;
    }
    return new PageLayout.Line(page, text.toString().strip(), row.get(0).left(), row.get(row.size() - 1).right(),
        baseline, size, pageHeight);
  }
}
