package org.policykb.search;

import org.policykb.query.EnumParameter;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;


/**
 * A validated collocates request.
 *
 * @param span words on each side of an occurrence, 1..{@value #MAX_SPAN}
 * @param min the fewest co-occurrences a collocate needs to be listed
 * @param size collocates listed at most
 * @param stat the association measure that ranks them
 * @param stop whether the stop list's function words are left out
 * @param unit what is counted in the windows: smartcn words or runs of them 2–6 characters long
 */
public record CollocatesRequest(
    String q, Filters filters, int span, int min, int size, Side side, Statistic stat, boolean stop, Unit unit) {
  public static final int DEFAULT_SPAN = 5;
  public static final int MAX_SPAN = 20;
  public static final int DEFAULT_MIN = 3;
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 1000;

  /** Which side of the occurrence the words are taken from. */
  public enum Side {
    LEFT,
    RIGHT,
    BOTH;

    public static Side parse(String value) {
      return EnumParameter.parse(Side.class, "side", value, BOTH);
    }
  }

  /**
   * The association measures, over O (the count in the windows), f_x (the query's occurrences), f_y
   * (the collocate's occurrences in the collection), W (the windows' words), N (the collection's words)
   * and E = f_y·W/N; the research package computes them.
   */
  public enum Statistic {
    /** Dunning's log-likelihood G². */
    LL,
    /** Mutual information, log2(O/E). */
    MI,
    /** logDice, 14 + log2(2·O/(f_x + f_y)). */
    LOGDICE,
    /** T-score, (O − E)/√O. */
    T;

    public static Statistic parse(String value) {
      return EnumParameter.parse(Statistic.class, "stat", value, LL);
    }
  }

  /** What the windows are read as. */
  public enum Unit {
    /** smartcn words (folded), as the index's word field holds them. */
    WORD,
    /**
     * Runs of consecutive words 2–6 characters long, not across punctuation: fixed
     * expressions smartcn splits (四项基本原则) counted whole.
     */
    NGRAM;

    public static Unit parse(String value) {
      return EnumParameter.parse(Unit.class, "unit", value, WORD);
    }
  }

  public CollocatesRequest {
    filters = filters == null ? Filters.NONE : filters;
    side = side == null ? Side.BOTH : side;
    stat = stat == null ? Statistic.LL : stat;
    unit = unit == null ? Unit.WORD : unit;
    if (span < 1 || span > MAX_SPAN) {
      throw new InvalidRequestException("span must be 1.." + MAX_SPAN + ", was " + span);
    }
    if (min < 1) {
      throw new InvalidRequestException("min must be 1 or more, was " + min);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("size must be 1.." + MAX_SIZE + ", was " + size);
    }
  }

  /** Words ranked by log-likelihood, the stop list on. */
  public CollocatesRequest(String q, Filters filters, int span, int min, int size, Side side) {
    this(q, filters, span, min, size, side, Statistic.LL, true, Unit.WORD);
  }
}
