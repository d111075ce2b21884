package org.policykb.ingest;

/**
 * Removes whole lines that are not article text — Markdown navigation such as
 * {@code [返回首页](…)}, bare URL lines and labelled ones ({@code 原文链接：…}), a legal database's
 * citation code line, a Markdown comment ({@code <!-- INFO END -->}) or rule ({@code ----}) — and keeps the
 * first URL as the document's {@code url}.
 */
final class LineFilter {
  record Filtered(String text, String url) {}

  private static final java.util.regex.Pattern COMMENT_OR_RULE = java.util.regex.Pattern.compile("<!--.*-->|[-=_*—－]{3,}");

  private LineFilter() {}

  static Filtered apply(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    String url = null;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String s = line.strip();
      if (LineShapes.isNavigation(s)) {
        continue;
      }
      if (LineShapes.isDatabaseCode(s) || COMMENT_OR_RULE.matcher(s).matches()) {
        continue;
      }
      String labelled = LineShapes.labelledUrl(s);
      if (LineShapes.isUrl(s) || labelled != null) {
        if (url == null) {
          url = labelled != null ? labelled : LineShapes.url(s);
        }
        continue;
      }
      kept.append(line).append('\n');
    }
    return new Filtered(kept.toString(), url);
  }
}
