package org.policykb.search;

import org.policykb.query.EnumParameter;
import org.policykb.query.Facet;
import org.policykb.query.Filters;

/**
 * A validated trend request: how {@code q} spreads over the values of {@code by}, any facet: the years (a trend),
 * or the hits grouped by issuer, 文种, source, region, … A document with several values of a facet (a joint
 * document's issuers) counts under each.
 */
public record TrendRequest(String q, Filters filters, Facet by) {
  /** The {@code by} parameter: a facet's name; absent is the year. */
  public static Facet parseBy(String value) {
    return EnumParameter.parse(Facet.class, "by", value, Facet.YEAR);
  }

  public TrendRequest {
    filters = filters == null ? Filters.NONE : filters;
    by = by == null ? Facet.YEAR : by;
  }
}
