package org.policykb.text;

import java.util.ArrayList;
import java.util.List;
import org.policykb.model.PolicyDocument;

/** Cuts context windows around occurrences: one per occurrence for the snippets API, merged passages for hits. */
public final class SnippetFormatter {
  private SnippetFormatter() {}

  /** An occurrence of a document in context, with the page it starts on when the document has pages. */
  public static Snippet snippet(PolicyDocument d, Occurrence o, int window) {
    return snippet(d.text(), o, window, d.pageAt(o.start()));
  }

  public static Snippet snippet(String text, Occurrence o, int window, Integer page) {
    int from = safeStart(text, Math.max(0, o.start() - window));
    int to = safeEnd(text, Math.min(text.length(), o.end() + window));
    return new Snippet(
        o.start(), o.end(), text.substring(from, o.start()), text.substring(o.start(), o.end()),
        text.substring(o.end(), to), page);
  }

  /**
   * Short passages: each window holds one or more occurrences (occurrences closer than the window
   * share one), at most {@code max} passages, in text order.
   */
  public static List<Passage> passages(String text, List<Occurrence> occurrences, int window, int max) {
    List<Passage> out = new ArrayList<>();
    int i = 0;
    while (i < occurrences.size() && out.size() < max) {
      int from = safeStart(text, Math.max(0, occurrences.get(i).start() - window));
      int j = i;
      while (j + 1 < occurrences.size() && occurrences.get(j + 1).start() - occurrences.get(j).end() <= window) {
        j++;
      }
      int to = safeEnd(text, Math.min(text.length(), occurrences.get(j).end() + window));
      out.add(new Passage(from, to, from > 0, to < text.length(), text.substring(from, to),
          occurrences.subList(i, j + 1)));
      i = j + 1;
    }
    return out;
  }

  private static int safeStart(String text, int index) {
    return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
  }

  private static int safeEnd(String text, int index) {
    return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index + 1 : index;
  }
}
