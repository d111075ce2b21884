package org.policykb.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The policies a text cites: titles in book-title marks 《…》 that name a policy instrument
 * ({@link PolicyTitles}). A title may hold inner titles, in 〈…〉 or (written loosely) in 《…》; the
 * outer title is the citation (《关于印发〈…办法〉的通知》). Values are the title without its outer marks,
 * whitespace removed, full-width letters and digits folded to ASCII and ASCII parentheses to （）;
 * distinct, in order of first appearance.
 *
 * <p>One pass with a stack of open marks: a 《 not closed within {@value #WINDOW} characters is given
 * up (inner titles closed inside it then stand on their own), a stray 》 is ignored, and a title
 * longer than {@value #MAX_TITLE} characters is not a citation. Linear in the text.
 */
public final class CitationFinder {
  /** How far after its 《 a title's 》 may come (raw characters, line breaks included). */
  static final int WINDOW = 300;
  /** The longest title, after normalisation, that counts. */
  static final int MAX_TITLE = 100;

  private final String text;
  private final List<Cited> found = new ArrayList<>();
  /** Positions of 《 not closed yet, outermost first. */
  private final Deque<Integer> open = new ArrayDeque<>();
  /** Inner titles closed while their outer title is still open: start and end, in text order. */
  private final Deque<int[]> inner = new ArrayDeque<>();

  private CitationFinder(String text) {
    this.text = text;
  }

  /**
   * A title where it is cited: {@code text[start, end)} is the title with its outer marks.
   *
   * @param title the title without its outer marks, normalised
   * @param policy whether the title names a policy instrument ({@link PolicyTitles}); the cites facet keeps only those
   */
  public record Cited(int start, int end, String title, boolean policy) {}

  /** The policies {@code text} cites, normalised, distinct, in order of first appearance. */
  public static List<String> find(String text) {
    Set<String> titles = new LinkedHashSet<>();
    occurrences(text).forEach(c -> titles.add(c.title()));
    return List.copyOf(titles);
  }

  /** Every citation of a policy in {@code text}, in text order. */
  public static List<Cited> occurrences(String text) {
    return allTitles(text).stream().filter(Cited::policy).toList();
  }

  /**
   * Every title in {@code text}, in text order, whether it names a policy instrument or not (a 射线装置分类 a 公告
   * publishes): what a sentence does with it may say it is a document.
   */
  static List<Cited> allTitles(String text) {
    CitationFinder f = new CitationFinder(text);
    f.scan();
    f.found.sort(java.util.Comparator.comparingInt(Cited::start));
    return List.copyOf(f.found);
  }

  private void scan() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '《' && c != '》') {
        continue;
      }
      while (!open.isEmpty() && i - open.peekFirst() > WINDOW) {
        abandonOutermost();
      }
      if (c == '《') {
        open.addLast(i);
      } else if (!open.isEmpty()) {
        close(open.removeLast(), i);
      }
    }
    while (!open.isEmpty()) {
      abandonOutermost();
    }
  }

  private void close(int start, int end) {
    if (open.isEmpty()) {
      inner.clear();
      consider(start, end);
      return;
    }
    // an inner title replaces the inner titles it contains
    while (!inner.isEmpty() && inner.peekLast()[0] > start) {
      inner.removeLast();
    }
    inner.addLast(new int[] {start, end});
  }

  /** Gives up the outermost open 《; inner titles before the next open one stand on their own. */
  private void abandonOutermost() {
    open.removeFirst();
    int next = open.isEmpty() ? Integer.MAX_VALUE : open.peekFirst();
    while (!inner.isEmpty() && inner.peekFirst()[0] < next) {
      int[] title = inner.removeFirst();
      consider(title[0], title[1]);
    }
  }

  private void consider(int start, int end) {
    String title = normalise(text, start + 1, end);
    if (!title.isEmpty() && title.length() <= MAX_TITLE) {
      found.add(new Cited(start, end + 1, title, PolicyTitles.isPolicy(title)));
    }
  }

  /** {@code s[from, to)} without whitespace, full-width letters and digits folded, parentheses full-width. */
  static String normalise(String s, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Whitespace.isSpace(c) || c == '\uFEFF') {
        continue;
      }
      if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
        c = (char) (c - 0xFEE0);
      } else if (c == '(') {
        c = '（';
      } else if (c == ')') {
        c = '）';
      }
      out.append(c);
    }
    return out.toString();
  }
}
