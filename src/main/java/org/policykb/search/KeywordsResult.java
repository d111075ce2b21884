package org.policykb.search;

import java.util.List;

/**
 * The keywords of a focus against a reference: {@code positive} are more frequent in the focus than in the
 * reference, relatively, {@code negative} less; each list as the request sorts it.
 */
public record KeywordsResult(
    String generation, String unit, int n, Side focus, Side reference, String against, String p, double critical, String sort, long tookMs,
    List<Item> positive, List<Item> negative) {
  /** A subcorpus's size. */
  public record Side(long tokens, long documents) {}

  /**
   * @param ll log-likelihood G² of the word's two frequencies (Rayson and Garside 2000)
   * @param logRatio binary log of the ratio of its relative frequencies, a frequency of 0 taken as 0.5 (Hardie 2014)
   */
  public record Item(
      String word, long focusFrequency, double focusPerMillion, long focusRange, long referenceFrequency,
      double referencePerMillion, long referenceRange, double ll, double logRatio) {}
}
