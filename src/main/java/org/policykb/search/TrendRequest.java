package org.policykb.search;

import java.util.Locale;

/** A validated trend request: how {@code q} spreads over the values of {@code by}. */
public record TrendRequest(String q, Filters filters, By by) {
  /** What the buckets are. */
  public enum By {
    YEAR,
    SOURCE;

    public static By parse(String value) {
      if (value == null || value.isBlank()) {
        return YEAR;
      }
      try {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException("by must be year or source, was '" + value + "'");
      }
    }
  }

  public TrendRequest {
    filters = filters == null ? Filters.NONE : filters;
    by = by == null ? By.YEAR : by;
  }
}
