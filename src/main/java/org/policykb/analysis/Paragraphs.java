package org.policykb.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph break is a boundary for phrases and NEAR pairs: two line feeds in a row (the blank
 * line ingestion puts between blocks) among the characters between two indexed ones. The exact
 * field leaves {@link #GAP} positions empty there, more than any NEAR distance can bridge, so both
 * rules come from the index; the text scans ({@link FoldedStream}) count positions the same way.
 */
public final class Paragraphs {
  /** Positions left empty at a paragraph break: more than {@code NEAR/1000} plus one can span. */
  public static final int GAP = 1024;

  private Paragraphs() {}

  /**
   * The text's paragraphs, each folded, those that fold to nothing left out: what an engine that
   * indexes paragraphs as separate values with a {@link #GAP} between them (OpenSearch) is given.
   */
  public static List<String> folded(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int at = text.indexOf("\n\n", from);
      int to = at < 0 ? text.length() : at;
      String folded = CharFolding.fold(text.substring(from, to));
      if (!folded.isEmpty()) {
        out.add(folded);
      }
      if (at < 0) {
        break;
      }
      from = at + 1; // "\n\n\n" holds two breaks; the empty part between them folds to nothing
    }
    return out;
  }
}
