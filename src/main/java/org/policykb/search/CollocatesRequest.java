package org.policykb.search;

import org.policykb.query.EnumParameter;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;


/**
 * A validated collocates request.
 *
 * @param span words on each side of an occurrence, 1..{@value #MAX_SPAN}
 * @param min the fewest co-occurrences a word needs to be listed
 * @param size words listed at most
 */
public record CollocatesRequest(String q, Filters filters, int span, int min, int size, Side side) {
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

  public CollocatesRequest {
    filters = filters == null ? Filters.NONE : filters;
    side = side == null ? Side.BOTH : side;
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
}
