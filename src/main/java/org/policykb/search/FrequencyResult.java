package org.policykb.search;

import java.util.List;

/**
 * A subcorpus's words, most frequent first (or as asked).
 *
 * @param tokens the subcorpus's words, every one counted: what {@code per_million} is of
 * @param documents its documents: what a word's {@code range} is out of
 * @param total the words listed in all, after {@code min} and the stop list
 */
public record FrequencyResult(
    String generation, long tokens, long documents, long total, int offset, String sort, long tookMs, List<Item> items) {
  /**
   * @param perMillion occurrences per million words of the subcorpus
   * @param range the documents it occurs in
   * @param dp Gries's deviation of proportions over the documents: 0 even, near 1 in one corner
   */
  public record Item(String word, long frequency, double perMillion, long range, double dp) {}
}
