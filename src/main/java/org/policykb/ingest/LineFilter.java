package org.policykb.ingest;

/**
 * Removes whole lines that are not article text — Markdown navigation such as
 * {@code [返回首页](…)}, bare URL lines and labelled ones ({@code 原文链接：…}), a legal database's
 * citation code line, a Markdown comment ({@code <!-- INFO END -->}), rule ({@code ----}), container fence
 * ({@code ::: right}) or a breadcrumb — and keeps the
 * first URL as the document's {@code url}.
 */
final class LineFilter {
  record Filtered(String text, String url) {}

  /** A Markdown heading's underline. */
  private static final java.util.regex.Pattern SETEXT = java.util.regex.Pattern.compile("={3,}|-{3,}");
  /** A site's breadcrumb: a link, then {@code >>} and the page's own name ({@code [大萌法律读本](../) >> 2012-治安管理处罚法}). */
  private static final java.util.regex.Pattern BREADCRUMB = java.util.regex.Pattern.compile("\\[[^\\]]{1,40}\\]\\([^)\\s]*\\)\\s*(>>|>|»|›)\\s*.{0,60}");
  /**
   * A Markdown container's fence as documentation sites write them ({@code ::: right}, {@code ::: warning 原文链接},
   * {@code :::}), a tab's marker inside one ({@code @tab 章节}) and a table of contents' placeholder ({@code [[toc]]}).
   */
  private static final java.util.regex.Pattern FENCE = java.util.regex.Pattern.compile(":::.{0,30}|@tab\\b.{0,30}|\\[\\[toc\\]\\]");
  /**
   * An attribute list a Markdown extension writes at a line's end (kramdown, Pandoc, markdown-it-attrs):
   * {@code 法释〔2016〕29号{style="text-align:center;"}}, {@code {.center}}, {@code {#id}}; not text.
   */
  private static final String ATTRIBUTE = "(?:[.#][\\w-]+|[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s}\"']+))";
  private static final java.util.regex.Pattern ATTRIBUTES = java.util.regex.Pattern.compile(
      "\\s*\\{\\s*" + ATTRIBUTE + "(?:\\s+" + ATTRIBUTE + ")*\\s*\\}\\s*$");
  private static final java.util.regex.Pattern COMMENT_OR_RULE = java.util.regex.Pattern.compile("<!--.*-->|[-=_*—－]{3,}");

  private LineFilter() {}

  static Filtered apply(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    String url = null;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String s = line.strip();
      if (!s.isEmpty() && i + 1 < lines.length && SETEXT.matcher(lines[i + 1].strip()).matches() && !COMMENT_OR_RULE.matcher(s).matches()) {
        // a Markdown heading underlined (=== a title, --- a section) is a heading, not a line and a rule
        kept.append(lines[i + 1].strip().charAt(0) == '=' ? "# " : "## ").append(s).append('\n');
        i++;
        continue;
      }
      if (BREADCRUMB.matcher(s).matches() || FENCE.matcher(s).matches()) {
        continue;
      }
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
      kept.append(ATTRIBUTES.matcher(line).replaceFirst("")).append('\n');
    }
    return new Filtered(kept.toString(), url);
  }
}
