package org.policykb.search;

import java.util.List;

/**
 * The words (or runs of words) found near a query's occurrences, ranked by an association measure
 * against their frequency in the whole collection (log-likelihood, MI, logDice or T-score).
 *
 * @param min the fewest co-occurrences a collocate needed
 * @param stat the measure {@code score} is
 * @param stop whether the stop list's function words were left out
 * @param unit {@code word} or {@code ngram}
 * @param occurrences occurrences whose neighbourhoods were read: f_x of the measures
 * @param windowWords all words read in those neighbourhoods (the sample size)
 * @param corpusWords all words of the collection (the population size, N)
 */
public record CollocatesResult(
    String query, int span, String side, int min, String stat, boolean stop, String unit, long occurrences,
    long documents, long windowWords, long corpusWords, String generation, long tookMs, List<Collocate> collocates) {

  /**
   * @param word the word, or with the n-gram unit the run of words
   * @param count co-occurrences within the span, {@code left + right}: O, f_xy of the measures
   * @param lines occurrences of the query with the collocate in their window at least once: the
   *     concordance's total when it is filtered by this collocate with the same span, side and unit
   * @param corpusFrequency its occurrences in the whole collection: f_y
   * @param expected E = f_y × windowWords / corpusWords, the count its share of the collection predicts
   * @param score the request's measure; only collocates found more often than expected are listed
   */
  public record Collocate(
      String word, long count, long left, long right, long lines, long corpusFrequency, double expected, double score) {}
}
