package org.policykb.search;

import java.util.List;

/**
 * The words found near a query's occurrences, ranked by how much more often they occur there than
 * their frequency in the whole collection would predict (Dunning's log-likelihood ratio, G²).
 *
 * @param occurrences occurrences whose neighbourhoods were read
 * @param windowWords all words read in those neighbourhoods (the sample size)
 * @param corpusWords all words of the collection (the population size)
 */
public record CollocatesResult(
    String query, int span, String side, long occurrences, long documents, long windowWords, long corpusWords,
    String generation, long tookMs, List<Collocate> collocates) {

  /**
   * @param count co-occurrences within the span, {@code left + right}
   * @param corpusFrequency the word's occurrences in the whole collection
   * @param score log-likelihood ratio G²; only words found more often than expected are listed
   */
  public record Collocate(String word, long count, long left, long right, long corpusFrequency, double score) {}
}
