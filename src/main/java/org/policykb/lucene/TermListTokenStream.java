package org.policykb.lucene;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.policykb.text.WordSegmenter;

/**
 * Terms an analyzer has already given, indexed as they are: a text's words are segmented once, both indexed and
 * counted ({@link org.policykb.index.Fields#WORD_COUNT}), rather than segmented again by the index writer; each at
 * the position the analyzer gave it ({@link WordSegmenter#positioned}).
 */
final class TermListTokenStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final List<String> terms;
  private final int[] increments;
  private int next;

  TermListTokenStream(WordSegmenter.Positioned terms) {
    this.terms = terms.terms();
    this.increments = terms.increments();
  }

  @Override
  public boolean incrementToken() {
    if (next == terms.size()) {
      return false;
    }
    clearAttributes();
    increment.setPositionIncrement(increments[next]);
    term.setEmpty().append(terms.get(next++));
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }
}
