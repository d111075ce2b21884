package org.policykb.ingest;

/**
 * Removes whole lines that are not article text — Markdown navigation such as
 * {@code [返回首页](…)} and bare URL lines — and keeps the first URL as the document's {@code url}.
 */
final class LineFilter {
  record Filtered(String text, String url) {}

  private LineFilter() {}

  static Filtered apply(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    String url = null;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String s = line.strip();
      if (LineShapes.isNavigation(s)) {
        continue;
      }
      if (LineShapes.isUrl(s)) {
        if (url == null) {
          url = LineShapes.url(s);
        }
        continue;
      }
      kept.append(line).append('\n');
    }
    return new Filtered(kept.toString(), url);
  }
}
