package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import org.policykb.model.Page;

/**
 * Finds each page of a paged file in the document's cleaned text. The cleaning joins lines, drops
 * spaces and furniture and may move or drop a title, so a page is not located by counting
 * characters: its first kept lines are looked up, whitespace ignored, after the page before it.
 * A page that cannot be found (its lines were all dropped) is an empty page where the next one starts.
 */
final class PageSpans {
  /** How many characters of a page's opening (without whitespace) must match: enough to be unique in a document. */
  private static final int KEY = 24;

  private PageSpans() {}

  static List<Page> locate(String text, List<List<String>> pageLines) {
    int n = pageLines.size();
    if (n == 0) {
      return List.of();
    }
    StringBuilder skeleton = new StringBuilder(text.length());
    int[] offsets = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Whitespace.isSpace(c) && !Whitespace.isInvisible(c)) {
        offsets[skeleton.length()] = i;
        skeleton.append(c);
      }
    }
    String skel = skeleton.toString();
    int[] starts = new int[n];
    int cursor = 0;
    int behind = 0; // the characters of the pages since the last one found: how far ahead the next one may be
    for (int k = 0; k < n; k++) {
      String page = skeleton(pageLines.get(k));
      int found = find(skel, page, lineStarts(pageLines.get(k)), cursor, 2 * behind + 2_000);
      starts[k] = found < 0 ? -1 : offsets[found];
      behind = found < 0 ? behind + page.length() : page.length();
      if (found >= 0) {
        cursor = found + 1;
      }
    }
    boolean[] empty = new boolean[n];
    int next = text.length();
    for (int k = n - 1; k >= 0; k--) {
      if (starts[k] < 0 || starts[k] > next) {
        starts[k] = next;
        empty[k] = true;
      }
      next = starts[k];
    }
    for (int k = 0; k < n; k++) {
      if (!empty[k]) {
        starts[k] = 0; // what comes before the first page found (a title moved to the top) was printed on it
        break;
      }
    }
    List<Page> pages = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int end = starts[k];
      if (!empty[k]) {
        end = k + 1 < n ? starts[k + 1] : text.length();
        while (end > starts[k] && Whitespace.isSpace(text.charAt(end - 1))) {
          end--;
        }
      }
      pages.add(new Page(k + 1, starts[k], end));
    }
    return pages;
  }

  /**
   * Where in {@code skeleton}, from {@code from} and within {@code window} characters, the page's
   * opening is: tried from each of its lines in turn.
   */
  private static int find(String skeleton, String page, List<Integer> lineStarts, int from, int window) {
    String region = skeleton.substring(from, Math.min(skeleton.length(), from + window));
    for (int start : lineStarts) {
      if (start >= page.length()) {
        continue;
      }
      int at = region.indexOf(page.substring(start, Math.min(page.length(), start + KEY)));
      if (at >= 0) {
        return from + at;
      }
    }
    return -1;
  }

  private static String skeleton(List<String> lines) {
    return skeleton(String.join("", lines));
  }

  private static String skeleton(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Whitespace.isSpace(c) && !Whitespace.isInvisible(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Where each line starts in the page's skeleton. */
  private static List<Integer> lineStarts(List<String> lines) {
    List<Integer> out = new ArrayList<>();
    int at = 0;
    for (String line : lines) {
      out.add(at);
      at += skeleton(line).length();
    }
    return out;
  }
}
