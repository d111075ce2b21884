package org.policykb.research;

import org.policykb.search.CollocatesRequest.Statistic;

/**
 * The association measures that rank collocates, over one candidate's figures:
 *
 * <ul>
 *   <li>O = f_xy, the candidate's count in the windows of the query's occurrences;
 *   <li>f_x, the query's occurrences read (under the request's filters);
 *   <li>f_y, the candidate's occurrences in the whole collection;
 *   <li>W, the words in all windows (the sample), and N, the words of the whole collection;
 *   <li>E = f_y · W / N, the count the candidate's share of the collection predicts for the windows.
 * </ul>
 *
 * <p>{@code LL}: Dunning's log-likelihood G² over the 2×2 table (the candidate in the windows / elsewhere ×
 * all words in the windows / elsewhere). {@code MI}: log2(O / E). {@code LOGDICE}: 14 + log2(2·O / (f_x + f_y)),
 * Rychlý's logDice. {@code T}: (O − E) / √O.
 */
public final class Association {
  private Association() {}

  /** One candidate's figures: O, f_x, f_y, W and N as the class states them. */
  public record Figures(long observed, long node, long frequency, long windowWords, long corpusWords) {
    /** E = f_y · W / N. */
    public double expected() {
      return corpusWords == 0 ? 0 : (double) frequency * windowWords / corpusWords;
    }
  }

  public static double score(Statistic stat, Figures f) {
    return switch (stat) {
      case LL -> logLikelihood(f.observed(), f.windowWords(), f.frequency(), f.corpusWords());
      case MI -> log2(f.observed() / f.expected());
      case LOGDICE -> 14 + log2(2.0 * f.observed() / (f.node() + f.frequency()));
      case T -> (f.observed() - f.expected()) / Math.sqrt(f.observed());
    };
  }

  /**
   * Dunning's G² for a 2×2 table: the word in the windows ({@code k11}), other words in the windows,
   * the word elsewhere, other words elsewhere.
   */
  public static double logLikelihood(long k11, long windowWords, long frequency, long corpusWords) {
    long k12 = windowWords - k11;
    long k21 = Math.max(0, frequency - k11);
    long k22 = Math.max(0, corpusWords - windowWords - k21);
    return 2 * (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22)
        - xlogx(k11 + k12) - xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22)
        + xlogx(k11 + k12 + k21 + k22));
  }

  private static double xlogx(long x) {
    return x == 0 ? 0 : x * Math.log(x);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
