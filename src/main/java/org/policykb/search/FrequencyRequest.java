package org.policykb.search;

import org.policykb.query.EnumParameter;
import org.policykb.query.InvalidRequestException;
import org.policykb.query.Subcorpus;

/**
 * A frequency list of a subcorpus's words or n-grams.
 *
 * @param grams what is counted: words, n-grams of words or of characters
 * @param arf whether each item's average reduced frequency is computed too (always for {@code sort=arf})
 * @param min the fewest occurrences a word needs to be listed
 * @param stop whether the stop list's function words are left out
 * @param limit words listed from {@code offset} on, in {@code sort}'s order
 */
public record FrequencyRequest(
    Subcorpus subcorpus, Grams grams, boolean arf, Sort sort, int min, boolean stop, int offset, int limit) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_PAGE_LIMIT = 10_000;

  /** The orders of a list: most frequent, widest range, most evenly spread (DP, ARF) first, or by the word. */
  public enum Sort {
    FREQUENCY,
    RANGE,
    DP,
    ARF,
    WORD;

    public static Sort parse(String value) {
      return EnumParameter.parse(Sort.class, "sort", value, FREQUENCY);
    }
  }

  public FrequencyRequest {
    arf = arf || sort == Sort.ARF; // an order by ARF computes it
    if (min < 1) {
      throw new InvalidRequestException("min must be 1 or more, was " + min);
    }
    if (offset < 0 || limit < 0) {
      throw new InvalidRequestException("offset and limit must be 0 or more, were " + offset + " and " + limit);
    }
  }
}
