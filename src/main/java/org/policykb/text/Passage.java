package org.policykb.text;

import java.util.List;

/**
 * A piece of a document's text around one or more occurrences: {@code text} is
 * {@code document.substring(start, end)}, and each match's offsets are the document's own.
 * How the matches are shown (HTML marks, terminal brackets) is up to the caller.
 *
 * @param cutBefore true when the document goes on before {@code start}
 * @param cutAfter true when the document goes on after {@code end}
 */
public record Passage(int start, int end, boolean cutBefore, boolean cutAfter, String text, List<Occurrence> matches) {
  public Passage {
    matches = List.copyOf(matches);
  }
}
