package org.policykb.search;

import java.util.ArrayList;
import java.util.List;

/** Cuts context windows around occurrences: raw ones for the snippets API, marked ones for hits. */
public final class SnippetFormatter {
  public static final String MARK_OPEN = "<mark>";
  public static final String MARK_CLOSE = "</mark>";
  private static final String ELLIPSIS = "…";

  private SnippetFormatter() {}

  public static Snippet snippet(String text, Occurrence o, int window) {
    int from = safeStart(text, Math.max(0, o.start() - window));
    int to = safeEnd(text, Math.min(text.length(), o.end() + window));
    return new Snippet(
        o.start(), o.end(), text.substring(from, o.start()), text.substring(o.start(), o.end()),
        text.substring(o.end(), to));
  }

  /**
   * Short HTML snippets: each window holds one or more occurrences marked with {@code <mark>};
   * everything else is HTML-escaped, line breaks become spaces, and cut ends get an ellipsis.
   */
  public static List<String> marked(String text, List<Occurrence> occurrences, int window, int max) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < occurrences.size() && out.size() < max) {
      int from = safeStart(text, Math.max(0, occurrences.get(i).start() - window));
      int j = i;
      while (j + 1 < occurrences.size() && occurrences.get(j + 1).start() - occurrences.get(j).end() <= window) {
        j++;
      }
      int to = safeEnd(text, Math.min(text.length(), occurrences.get(j).end() + window));
      StringBuilder s = new StringBuilder();
      if (from > 0) {
        s.append(ELLIPSIS);
      }
      int at = from;
      for (int k = i; k <= j; k++) {
        Occurrence o = occurrences.get(k);
        s.append(escape(text.substring(at, o.start())))
            .append(MARK_OPEN)
            .append(escape(text.substring(o.start(), o.end())))
            .append(MARK_CLOSE);
        at = o.end();
      }
      s.append(escape(text.substring(at, to)));
      if (to < text.length()) {
        s.append(ELLIPSIS);
      }
      out.add(s.toString());
      i = j + 1;
    }
    return out;
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
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
    return out.toString();
  }

  private static int safeStart(String text, int index) {
    return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
  }

  private static int safeEnd(String text, int index) {
    return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index + 1 : index;
  }
}
