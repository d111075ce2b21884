package org.policykb.lucene;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Terms an analyzer has already given, indexed as they are: a text's words are segmented once, both indexed and
 * counted ({@link org.policykb.index.Fields#WORD_COUNT}), rather than segmented again by the index writer.
 */
final class TermListTokenStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final List<String> terms;
  private int next;

  TermListTokenStream(List<String> terms) {
    this.terms = terms;
  }

  @Override
  public boolean incrementToken() {
    if (next == terms.size()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(terms.get(next++));
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }
}
