package org.policykb.analysis;

/**
 * A text read through {@link CharFolding}, one folded code point at a time, each with the span of
 * the original text it came from. Nothing is materialised, so scanning a long text needs no memory
 * beyond the caller's own window.
 */
public final class FoldedStream {
  private final String text;
  private int next;
  private String pending = "";
  private int pendingIndex;
  private int codePoint;
  private int start;
  private int end;

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
          return true;
        }
        if (single == CharFolding.EMPTY) {
          next++;
          continue;
        }
      }
      int cp = text.codePointAt(next);
      start = next;
      end = next + Character.charCount(cp);
      next = end;
      pending = CharFolding.fold(cp);
      pendingIndex = 0;
      if (!pending.isEmpty()) {
        codePoint = pending.codePointAt(0);
        pendingIndex = Character.charCount(codePoint);
        return true;
      }
    }
    return false;
  }

  /**
   * Skips, between code points, every character that folds to nothing or to one code point not in
   * {@code wanted}, stopping before any other (one that folds to {@code wanted}, to several code points, or
   * a surrogate): what a scan for phrases beginning with {@code wanted} does not need to read one by one.
   */
  public void skipUnless(int[] wanted) {
    if (pendingIndex < pending.length()) {
      return; // inside a character that folds to several code points
    }
    while (next < text.length()) {
      char c = text.charAt(next);
      if (Character.isSurrogate(c)) {
        return;
      }
      int single = CharFolding.foldSingle(c);
      if (single == CharFolding.LONGER) {
        return;
      }
      if (single >= 0) {
        for (int w : wanted) {
          if (w == single) {
            return;
          }
        }
      }
      next++;
    }
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
}
