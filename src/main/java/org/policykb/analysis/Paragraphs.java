package org.policykb.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph break is a boundary for phrases and NEAR pairs: two line feeds in a row (the blank
 * line ingestion puts between blocks) among the characters between two indexed ones.
 *
 * <p>The rules are stated on positions that leave {@link #GAP} positions empty at a break, more than
 * any NEAR distance can bridge: the text scans count so ({@link #breakBetween}), and so does
 * OpenSearch's exact field (its paragraphs are values that far apart). The embedded exact field
 * leaves only {@link #INDEXED_GAP} there, which is enough that no phrase spans a break, and keeps
 * where each paragraph starts ({@link #indexedStarts}) beside it, from which
 * {@link #toRulePositions} gives the rules' positions back: a wide gap would widen the delta of
 * nearly every position in the postings (9 % more index at 100 MB).
 */
public final class Paragraphs {
  /** Positions left empty at a paragraph break, in the positions the rules are stated on. */
  public static final int GAP = 1024;

  /** Positions the embedded exact field leaves empty at a paragraph break. */
  public static final int INDEXED_GAP = 1;

  private Paragraphs() {}

  /**
   * True when a paragraph break lies in {@code text[from, to)}: the characters between two indexed
   * ones (from the end of one to the start of the next) hold two line feeds in a row.
   */
  public static boolean breakBetween(CharSequence text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (text.charAt(i) == '\n' && text.charAt(i - 1) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Where each paragraph after the first starts, in the embedded exact field's positions; ascending. */
  public static int[] indexedStarts(String text) {
    FoldedStream s = FoldedStream.of(text);
    int[] out = new int[8];
    int n = 0;
    int position = -1;
    int previousEnd = -1;
    while (s.next()) {
      if (previousEnd >= 0 && s.start() > previousEnd && breakBetween(text, previousEnd, s.start())) {
        position += 1 + INDEXED_GAP;
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = position;
      } else {
        position++;
      }
      previousEnd = s.end();
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * Positions of the embedded exact field (ascending) turned into the rules' positions, in place:
   * each moves on by the wider gap of every paragraph start at or before it.
   */
  public static void toRulePositions(int[] positions, int count, int[] starts, int startCount) {
    int k = 0;
    for (int i = 0; i < count; i++) {
      while (k < startCount && starts[k] <= positions[i]) {
        k++;
      }
      positions[i] += k * (GAP - INDEXED_GAP);
    }
  }

  /**
   * The inverse of {@link #toRulePositions}, in place: rules' positions (ascending) back to the
   * embedded field's. A position in a break's gap (the end of a span that ends a paragraph) becomes
   * the one after the paragraph's last code point.
   */
  public static void toIndexedPositions(int[] positions, int count, int[] starts, int startCount) {
    int k = 0;
    for (int i = 0; i < count; i++) {
      // the k-th paragraph start (0-based) lies at starts[k] + (k + 1) * (GAP - INDEXED_GAP) in the rules' positions
      while (k < startCount && starts[k] + (long) (k + 1) * (GAP - INDEXED_GAP) <= positions[i]) {
        k++;
      }
      positions[i] -= k * (GAP - INDEXED_GAP);
    }
  }

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
