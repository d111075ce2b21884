package org.policykb.research;

/**
 * How evenly a word spreads over the documents of a subcorpus: Gries's DP (deviation of proportions, Gries 2008),
 * the one rule both engines compute it by. Each document is a part, whose expected share of the word is its share of
 * the subcorpus's words; DP is half the sum of the differences between observed and expected shares: 0 when the
 * word is spread exactly as the words are, near 1 when it sits in one small document.
 *
 * <p>It is computed on integers — half of Σ|vᵢ·T − sᵢ·f| plus f·(T − Σsᵢ) for the parts without the word, over
 * f·T — so that its value does not depend on the order the parts are read in, which differs between engines.
 */
public final class Dispersion {
  private Dispersion() {}

  /**
   * One document's part of a word's deviation: |v·T − s·f| for its frequency {@code v} in a document of {@code size}
   * words, the word's frequency {@code f} in the subcorpus and the subcorpus's size {@code total}. Summed over the
   * documents the word occurs in, it makes {@link #dp}.
   */
  public static long deviation(long v, long size, long f, long total) {
    return Math.abs(Math.subtractExact(Math.multiplyExact(v, total), Math.multiplyExact(size, f)));
  }

  /**
   * @param f the word's frequency in the subcorpus
   * @param covered the sizes of the documents it occurs in, summed
   * @param deviations {@link #deviation} summed over those documents
   * @param total the subcorpus's size in words
   * @return DP in [0, 1]; 0 for a word that does not occur
   */
  public static double dp(long f, long covered, long deviations, long total) {
    if (f == 0 || total == 0) {
      return 0;
    }
    long all = Math.addExact(deviations, Math.multiplyExact(f, Math.max(0, total - covered)));
    return 0.5 * all / ((double) f * total);
  }
}
