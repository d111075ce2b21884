package org.policykb.analysis;

/**
 * A text read through {@link CharFolding}, one folded code point at a time, each with the span of
 * the original text it came from and its position in the exact field. Nothing is materialised, so
 * scanning a long text needs no memory beyond the caller's own window.
 *
 * <p>Positions follow {@link Paragraphs}: one per folded code point, and {@link Paragraphs#GAP}
 * more across a paragraph break — exactly the positions {@link ExactBigramTokenizer} indexes.
 */
public final class FoldedStream {
  private final String text;
  private int next;
  private String pending = "";
  private int pendingIndex;
  private int codePoint;
  private int start;
  private int end;
  private int position = -1;
  private boolean lineFeedBefore; // the character read last was a line feed
  private boolean breakPending; // a paragraph break lies between the last code point and the next

  private FoldedStream(String text) {
    this.text = text;
  }

  public static FoldedStream of(String text) {
    return new FoldedStream(text);
  }

  /** Folds a phrase into the code points it must match. */
  public static int[] foldPhrase(String phrase) {
    return CharFolding.fold(phrase).codePoints().toArray();
  }

  /** Moves to the next folded code point; false at the end of the text. */
  public boolean next() {
    if (pendingIndex < pending.length()) {
      codePoint = pending.codePointAt(pendingIndex);
      pendingIndex += Character.charCount(codePoint);
      position++;
      return true;
    }
    while (next < text.length()) {
      char c = text.charAt(next);
      if (!Character.isSurrogate(c)) {
        // the common case: one char that folds to one code point, or to nothing
        int single = CharFolding.foldSingle(c);
        if (single >= 0) {
          start = next;
          end = ++next;
          codePoint = single;
          advancePosition();
          lineFeedBefore = false;
          return true;
        }
        if (single == CharFolding.EMPTY) {
          next++;
          if (c == '\n') {
            breakPending |= lineFeedBefore;
            lineFeedBefore = true;
          } else {
            lineFeedBefore = false;
          }
          continue;
        }
      }
      lineFeedBefore = false;
      int cp = text.codePointAt(next);
      start = next;
      end = next + Character.charCount(cp);
      next = end;
      pending = CharFolding.fold(cp);
      pendingIndex = 0;
      if (!pending.isEmpty()) {
        codePoint = pending.codePointAt(0);
        pendingIndex = Character.charCount(codePoint);
        advancePosition();
        return true;
      }
    }
    return false;
  }

  private void advancePosition() {
    position += breakPending && position >= 0 ? 1 + Paragraphs.GAP : 1;
    breakPending = false;
  }

  public int codePoint() {
    return codePoint;
  }

  /** Index in the original text where the current code point's source character starts. */
  public int start() {
    return start;
  }

  /** Index in the original text just after the current code point's source character. */
  public int end() {
    return end;
  }

  /**
   * The current code point's position in the exact field: its index among the folded code points,
   * plus {@link Paragraphs#GAP} for every paragraph break before it.
   */
  public int position() {
    return position;
  }
}
