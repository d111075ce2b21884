package org.policykb.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits the folded text as overlapping code-point bigrams, one position per folded code point; the
 * last code point of each paragraph is emitted alone. A phrase of n ≥ 2 folded code points is then a
 * phrase query of bigrams, and one code point is a prefix query — both independent of word
 * segmentation. No bigram spans a paragraph break ({@link Paragraphs}), and the next paragraph starts
 * {@link Paragraphs#INDEXED_GAP} positions further on, so no phrase crosses it.
 */
public final class ExactBigramTokenizer extends Tokenizer {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc =
      addAttribute(PositionIncrementAttribute.class);

  private final char[] buffer = new char[4096];
  private int bufferLength;
  private int bufferPos;
  private int consumed; // chars consumed from the input before buffer[0]

  // The pending folded string of the current source code point, and where it came from.
  private String pendingFold = "";
  private int pendingIndex;
  private int pendingStart;
  private int pendingEnd;

  private int previous = -1;
  private int previousStart;
  private int previousEnd;
  private boolean finished;

  private boolean lineFeedBefore; // the last source char skipped was a line feed
  private boolean breakPending; // a paragraph break lies before the next source code point read
  private boolean breakBefore; // ... before the code point being taken now
  private int nextIncrement = 1;

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (true) {
      if (pendingIndex >= pendingFold.length() && !readSourceCodePoint()) {
        return emitLast();
      }
      boolean broken = breakBefore && pendingIndex == 0;
      int cp = pendingFold.codePointAt(pendingIndex);
      pendingIndex += Character.charCount(cp);
      if (previous < 0) {
        take(cp);
        continue;
      }
      if (broken) {
        // the paragraph's last code point alone, and the next paragraph INDEXED_GAP positions further on
        setTerm(previous, -1);
        offset.setOffset(correctOffset(previousStart), correctOffset(previousEnd));
        posInc.setPositionIncrement(nextIncrement);
        nextIncrement = 1 + Paragraphs.INDEXED_GAP;
        take(cp);
        return true;
      }
      setTerm(previous, cp);
      offset.setOffset(correctOffset(previousStart), correctOffset(pendingEnd));
      posInc.setPositionIncrement(nextIncrement);
      nextIncrement = 1;
      take(cp);
      return true;
    }
  }

  private void take(int cp) {
    previous = cp;
    previousStart = pendingStart;
    previousEnd = pendingEnd;
  }

  private boolean emitLast() {
    if (previous < 0 || finished) {
      return false;
    }
    finished = true;
    setTerm(previous, -1);
    offset.setOffset(correctOffset(previousStart), correctOffset(previousEnd));
    posInc.setPositionIncrement(nextIncrement);
    return true;
  }

  /** Writes one or two code points into the term without allocating. */
  private void setTerm(int first, int second) {
    char[] chars = term.resizeBuffer(4);
    int length = Character.toChars(first, chars, 0);
    if (second >= 0) {
      length += Character.toChars(second, chars, length);
    }
    term.setLength(length);
  }

  /** Reads the next source code point and folds it; false at end of input. */
  private boolean readSourceCodePoint() throws IOException {
    while (true) {
      if (bufferPos >= bufferLength && !fill()) {
        return false;
      }
      char c = buffer[bufferPos];
      int start = consumed + bufferPos;
      int cp = c;
      int width = 1;
      if (Character.isHighSurrogate(c)) {
        if (bufferPos + 1 >= bufferLength && !fillKeepingLast()) {
          cp = c; // lone high surrogate at end of input
        } else if (Character.isLowSurrogate(buffer[bufferPos + 1])) {
          cp = Character.toCodePoint(c, buffer[bufferPos + 1]);
          width = 2;
        }
        start = consumed + bufferPos;
      }
      bufferPos += width;
      String folded = CharFolding.fold(cp);
      if (!folded.isEmpty()) {
        pendingFold = folded;
        pendingIndex = 0;
        pendingStart = start;
        pendingEnd = start + width;
        breakBefore = breakPending;
        breakPending = false;
        lineFeedBefore = false;
        return true;
      }
      if (cp == '\n') {
        breakPending |= lineFeedBefore;
        lineFeedBefore = true;
      } else {
        lineFeedBefore = false;
      }
    }
  }

  private boolean fill() throws IOException {
    consumed += bufferLength;
    bufferPos = 0;
    bufferLength = 0;
    int read = input.read(buffer, 0, buffer.length);
    if (read <= 0) {
      return false;
    }
    bufferLength = read;
    return true;
  }

  /** Refills so that a high surrogate at the end of the buffer sees its low surrogate. */
  private boolean fillKeepingLast() throws IOException {
    char last = buffer[bufferPos];
    consumed += bufferPos;
    buffer[0] = last;
    bufferPos = 0;
    int read = input.read(buffer, 1, buffer.length - 1);
    bufferLength = 1 + Math.max(read, 0);
    return read > 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(consumed + bufferLength);
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    bufferLength = 0;
    bufferPos = 0;
    consumed = 0;
    pendingFold = "";
    pendingIndex = 0;
    previous = -1;
    finished = false;
    lineFeedBefore = false;
    breakPending = false;
    breakBefore = false;
    nextIncrement = 1;
  }
}
