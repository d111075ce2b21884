package org.policykb.query;

import java.util.ArrayList;
import java.util.List;

/**
 * How a folded phrase is looked up in an exact field, for every engine: the field holds the text's
 * code-point bigrams at their positions, and every other bigram plus the last one cover every code
 * point, which is all a substring match needs. A phrase of one code point is a prefix of the
 * bigrams instead.
 *
 * @param prefix the one code point, for a phrase of one; otherwise null
 * @param bigrams the bigrams to find at their positions, for a longer phrase; otherwise empty
 * @param length the positions the bigrams span, gaps included
 */
public record ExactPhrase(String prefix, List<Bigram> bigrams, int length) {
  /** A bigram of the phrase and its position, counted from the phrase's first. */
  public record Bigram(String text, int position) {}

  public ExactPhrase {
    bigrams = List.copyOf(bigrams);
  }

  public static ExactPhrase of(int[] cps) {
    if (cps.length == 1) {
      return new ExactPhrase(new String(cps, 0, 1), List.of(), 0);
    }
    List<Bigram> bigrams = new ArrayList<>();
    int last = cps.length - 2;
    for (int i = 0; i <= last; i += 2) {
      bigrams.add(new Bigram(new String(cps, i, 2), i));
    }
    if (last % 2 == 1) {
      bigrams.add(new Bigram(new String(cps, last, 2), last));
    }
    return new ExactPhrase(null, bigrams, last + 1);
  }

  public boolean isPrefix() {
    return prefix != null;
  }
}
