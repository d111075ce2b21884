package org.policykb.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A paged document's lines laid out as its text, the same for PDF and OFD. Page furniture goes —
 * page numbers in their official forms ({@code － 3 －}, {@code — 3 —}, {@code - 3 -},
 * {@code 第3页 共10页}, a bare number at a page's foot) and running heads and feet that repeat from page
 * to page. Lines are joined into paragraphs where the layout continues one — a full line followed by
 * a line at the margin, also across a page break — and a new paragraph starts where the layout shows
 * one: an indented first line, a line after a short one, a change of type size, a wide gap; in
 * unindented text, after a line that ends a sentence a character or more short of the column, or at
 * a list item (一、 （一） 1. 第一条) after a sentence's end; centred lines of one size in a row (a title
 * set on two lines) stay one block. Type well above the body's size is a heading.
 */
final class PageLayout {
  private PageLayout() {}

  /** The page numbers printed in a page's head or foot. */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[－—–\\-~～]\\s*\\d{1,4}\\s*[－—–\\-~～]|第\\s*\\d{1,4}\\s*页(\\s*[,，/／]?\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|共\\s*\\d{1,4}\\s*页\\s*[,，/／]?\\s*第\\s*\\d{1,4}\\s*页|\\d{1,4}\\s*[/／]\\s*\\d{1,4}"
          + "|(?i:page)\\s*\\d{1,4}(\\s*(?i:of)\\s*\\d{1,4})?");
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
  private static final Pattern LIST_MARK = Pattern.compile("^([0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)");

  /** A PDF's text: its blocks, and the lines kept from each page in order (to find each page in the cleaned text). */
  record Read(List<Block> blocks, List<List<String>> pageLines) {}

  /** One printed line: its text and where it stands on its page (points, y growing downwards). */
  record Line(int page, String text, float left, float right, float baseline, float size, float pageHeight) {}

  /** Furniture removed, lines joined into blocks. */
  static Read lay(List<List<Line>> pages) {
    List<List<Line>> kept = withoutFurniture(pages.stream().map(StackedLines::sideBySide).toList());
    List<Line> all = kept.stream().flatMap(List::stream).toList();
    List<List<String>> pageLines = kept.stream().map(p -> p.stream().map(Line::text).toList()).toList();
    if (all.isEmpty()) {
      return new Read(List.of(), pageLines);
    }
    Layout layout = Layout.of(all);
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean heading = false;
    Line previous = null;
    for (Line line : all) {
      if (previous == null || layout.startsBlock(previous, line)) {
        flush(blocks, current, heading);
        heading = line.size() >= layout.bodySize * 1.25f;
      } else {
        current.append(PlainTextBody.glue(current.toString(), line.text()));
      }
      current.append(line.text());
      previous = line;
    }
    flush(blocks, current, heading);
    return new Read(blocks, pageLines);
  }

  private static void flush(List<Block> blocks, StringBuilder text, boolean heading) {
    String s = text.toString().strip();
    if (!s.isEmpty()) {
      blocks.add(heading ? Block.heading(s) : Block.paragraph(s));
    }
    text.setLength(0);
  }

  /**
   * Each page without its page number and without the heads and feet repeated on most pages: only
   * the first and last two lines of a page are looked at, and only in its top or bottom sixth.
   */
  private static List<List<Line>> withoutFurniture(List<List<Line>> pages) {
    Map<String, Integer> repeated = new HashMap<>();
    for (List<Line> page : pages) {
      Set<String> onPage = new HashSet<>();
      for (Line l : edges(page)) {
        if (inMargin(l)) {
          onPage.add(shape(l.text()));
        }
      }
      onPage.forEach(k -> repeated.merge(k, 1, Integer::sum));
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    List<List<Line>> out = new ArrayList<>();
    for (List<Line> page : pages) {
      Set<Line> furniture = new HashSet<>();
      for (Line l : edges(page)) {
        String t = l.text().strip();
        boolean number = PAGE_NUMBER.matcher(t).matches() || (BARE_NUMBER.matcher(t).matches() && l.baseline() > l.pageHeight() * 0.8f);
        if (inMargin(l) && (number || (pages.size() >= 2 && repeated.getOrDefault(shape(t), 0) >= needed))) {
          furniture.add(l);
        }
      }
      out.add(page.stream().filter(l -> !furniture.contains(l)).toList());
    }
    return out;
  }

  private static List<Line> edges(List<Line> page) {
    if (page.size() <= 4) {
      return page;
    }
    return List.of(page.get(0), page.get(1), page.get(page.size() - 2), page.get(page.size() - 1));
  }

  private static boolean inMargin(Line l) {
    return l.pageHeight() <= 0 || l.baseline() < l.pageHeight() / 6 || l.baseline() > l.pageHeight() * 5 / 6;
  }

  /** A line's text with its digits as # and no spaces: a running head with a changing number is one shape. */
  private static String shape(String s) {
    return s.replaceAll("\\s+", "").replaceAll("[0-9０-９]+", "#");
  }

  /** The body's measures, taken from the lines in the body's type size. */
  private record Layout(float bodySize, float margin, float right, float pitch) {
    static Layout of(List<Line> lines) {
      Map<Integer, Integer> sizes = new HashMap<>();
      for (Line l : lines) {
        sizes.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
      }
      float bodySize = mode(sizes) / 2f;
      Map<Integer, Integer> lefts = new HashMap<>();
      Map<Integer, Integer> rights = new HashMap<>();
      List<Float> steps = new ArrayList<>();
      Line before = null;
      for (Line l : lines) {
        if (Math.abs(l.size() - bodySize) <= bodySize * 0.1f) {
          lefts.merge(Math.round(l.left()), 1, Integer::sum);
          rights.merge(Math.round(l.right() / 2) * 2, 1, Integer::sum);
          if (before != null && before.page() == l.page() && l.baseline() > before.baseline()) {
            steps.add(l.baseline() - before.baseline());
          }
          before = l;
        }
      }
      float margin = lefts.isEmpty() ? 0 : mode(lefts);
      int maxRight = rights.keySet().stream().max(Integer::compare).orElse(0);
      int modeRight = rights.isEmpty() ? 0 : mode(rights);
      float right = rights.getOrDefault(modeRight, 0) >= 3 && modeRight > margin + bodySize * 8 ? modeRight : maxRight;
      float[] sorted = new float[steps.size()];
      for (int i = 0; i < sorted.length; i++) {
        sorted[i] = steps.get(i);
      }
      Arrays.sort(sorted);
      float pitch = sorted.length == 0 ? bodySize * 1.5f : sorted[sorted.length / 2];
      return new Layout(bodySize, margin, right, pitch);
    }

    /** The most frequent value; of equally frequent ones, the smallest. */
    private static int mode(Map<Integer, Integer> counts) {
      int best = 0;
      int bestCount = -1;
      for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
        if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best;
    }

    boolean full(Line l) {
      return l.right() >= right - l.size() * 1.5f;
    }

    float indent(Line l) {
      return l.left() - margin;
    }

    boolean centred(Line l) {
      float leftGap = l.left() - margin;
      float rightGap = right - l.right();
      return leftGap > l.size() && Math.abs(leftGap - rightGap) < l.size() * 1.5f;
    }

    /** Whether {@code line} starts a new block after {@code previous}. */
    boolean startsBlock(Line previous, Line line) {
      boolean sameSize = Math.abs(line.size() - previous.size()) <= bodySize * 0.15f;
      if (!sameSize) {
        return true;
      }
      boolean samePage = previous.page() == line.page();
      float step = line.baseline() - previous.baseline();
      if (samePage && step > Math.max(pitch, line.size() * 1.2f) * 1.8f) {
        return true; // a blank line or more
      }
      if (centred(previous) && centred(line) && !endsSentence(previous.text()) && (!samePage || step < line.size() * 2.5f)) {
        return false; // a centred title or heading set on several lines
      }
      if (!full(previous)) {
        return true;
      }
      // an unindented paragraph: the line before ends a sentence short of the column's edge by a character or more
      if (LineShapes.endsTerminal(previous.text()) && previous.right() < right - previous.size() * 0.75f) {
        return true;
      }
      // a list item at the margin (一、 （一） 1. （1） 第一条) after a sentence's end; a full line ending
      // mid-sentence goes on whatever its next line starts with (…依照本办法 / 第三条规定…)
      if (LineShapes.endsTerminal(previous.text()) && LineWraps.startsItem(line.text().strip())) {
        return true;
      }
      if (indent(line) > line.size() * 0.8f) {
        // a hanging line under a label (附件：1．… continued under its first word) goes on; an indented first line starts a paragraph
        return !(indent(line) > line.size() * 2.5f && samePage && step < pitch * 1.3f
            && !centred(line) && !LIST_MARK.matcher(line.text().strip()).find());
      }
      return false;
    }

    private static boolean endsSentence(String s) {
      String t = s.strip();
      return !t.isEmpty() && "。！？；：".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
  }
}
