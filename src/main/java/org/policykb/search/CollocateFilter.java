package org.policykb.search;

import org.policykb.query.InvalidRequestException;

/**
 * Keeps a concordance's lines to the occurrences whose collocates window holds {@code collocate}: the
 * same window as {@link CollocatesRequest}'s (same segmentation, span, side, unit and paragraph
 * limits), so the concordance's total is the collocate's {@code lines} in the table.
 *
 * @param collocate a word, or with {@link CollocatesRequest.Unit#NGRAM} a run of words, as the
 *     collocates answer writes it (folded)
 */
public record CollocateFilter(String collocate, int span, CollocatesRequest.Side side, CollocatesRequest.Unit unit) {
  /** The longest collocate accepted: longer than any word or n-gram a window holds. */
  public static final int MAX_LENGTH = 100;

  public CollocateFilter {
    if (collocate == null || collocate.isBlank()) {
      throw new InvalidRequestException("collocate must not be empty");
    }
    collocate = collocate.strip();
    if (collocate.length() > MAX_LENGTH) {
      throw new InvalidRequestException("collocate must be at most " + MAX_LENGTH + " characters, was " + collocate.length());
    }
    if (span < 1 || span > CollocatesRequest.MAX_SPAN) {
      throw new InvalidRequestException("span must be 1.." + CollocatesRequest.MAX_SPAN + ", was " + span);
    }
    side = side == null ? CollocatesRequest.Side.BOTH : side;
    unit = unit == null ? CollocatesRequest.Unit.WORD : unit;
  }
}
