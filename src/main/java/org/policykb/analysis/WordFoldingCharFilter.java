package org.policykb.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/** Applies {@link CharFolding#foldForWords} to every char; lengths and offsets are unchanged. */
final class WordFoldingCharFilter extends CharFilter {

  WordFoldingCharFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int read = input.read(cbuf, off, len);
    for (int i = off; i < off + read; i++) {
      cbuf[i] = CharFolding.foldForWords(cbuf[i]);
    }
    return read;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
