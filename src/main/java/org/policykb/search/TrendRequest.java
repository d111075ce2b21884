package org.policykb.search;

import org.policykb.query.EnumParameter;
import org.policykb.query.Filters;


/** A validated trend request: how {@code q} spreads over the values of {@code by}. */
public record TrendRequest(String q, Filters filters, By by) {
  /** What the buckets are. */
  public enum By {
    YEAR,
    SOURCE;

    public static By parse(String value) {
      return EnumParameter.parse(By.class, "by", value, YEAR);
    }
  }

  public TrendRequest {
    filters = filters == null ? Filters.NONE : filters;
    by = by == null ? By.YEAR : by;
  }
}
