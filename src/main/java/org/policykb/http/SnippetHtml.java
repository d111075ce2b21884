package org.policykb.http;

import org.policykb.text.Occurrence;
import org.policykb.text.Passage;

/**
 * A passage as the HTML the API answers in a hit's {@code snippets}: matches in {@code <mark>},
 * everything else escaped, line breaks as one space, an ellipsis where the text was cut.
 */
final class SnippetHtml {
  static final String MARK_OPEN = "<mark>";
  static final String MARK_CLOSE = "</mark>";
  private static final String ELLIPSIS = "…";

  private SnippetHtml() {}

  static String render(Passage p) {
    StringBuilder s = new StringBuilder(p.text().length() + 32);
    if (p.cutBefore()) {
      s.append(ELLIPSIS);
    }
    int at = p.start();
    for (Occurrence o : p.matches()) {
      escape(s, p.text(), at - p.start(), o.start() - p.start());
      s.append(MARK_OPEN);
      escape(s, p.text(), o.start() - p.start(), o.end() - p.start());
      s.append(MARK_CLOSE);
      at = o.end();
    }
    escape(s, p.text(), at - p.start(), p.text().length());
    if (p.cutAfter()) {
      s.append(ELLIPSIS);
    }
    return s.toString();
  }

  private static void escape(StringBuilder out, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\r' -> {
          if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
          }
        }
        default -> out.append(c);
      }
    }
  }
}
