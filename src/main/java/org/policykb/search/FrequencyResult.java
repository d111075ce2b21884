package org.policykb.search;

import java.util.List;

/**
 * A subcorpus's words or n-grams, most frequent first (or as asked).
 *
 * @param unit {@code word} or {@code char}: what {@code n} counts and {@code tokens} are
 * @param tokens the subcorpus's words (or letters and digits, for n-grams of characters), every one counted: what
 *     {@code per_million} is of
 * @param documents its documents: what a word's {@code range} is out of
 * @param total the words listed in all, after {@code min} and the stop list
 */
public record FrequencyResult(
    String generation, String unit, int n, long tokens, long documents, long total, int offset, String sort, long tookMs, List<Item> items) {
  /**
   * @param perMillion occurrences per million words of the subcorpus
   * @param range the documents it occurs in
   * @param dp Gries's deviation of proportions over the documents: 0 even, near 1 in one corner
   * @param arf average reduced frequency (Savický and Hlaváčová): its frequency as if its occurrences were evenly
   *     apart, from 1 (all in one place) to the frequency; null when not asked for
   * @param word the word, or the n-gram: words with a space between, or characters
   */
  public record Item(String word, long frequency, double perMillion, long range, double dp, Double arf) {}
}
