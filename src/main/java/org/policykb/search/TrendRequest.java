package org.policykb.search;

import org.policykb.query.EnumParameter;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;

/**
 * A validated trend request: how {@code q} spreads over the values of {@code by}, any facet: the years (a trend),
 * or the hits grouped by issuer, 文种, source, region, … A document with several values of a facet (a joint
 * document's issuers) counts under each. Or, with a {@code context}, the hits grouped by what stands next to them.
 *
 * @param by the facet; null when the hits are grouped by {@code context}
 * @param context null when they are grouped by a facet
 */
public record TrendRequest(String q, Filters filters, Facet by, HitContext context) {
  /** The {@code by} parameter: a facet's name; absent is the year. */
  public static Facet parseBy(String value) {
    return EnumParameter.parse(Facet.class, "by", value, Facet.YEAR);
  }

  /** The {@code by} and {@code context} parameters: a facet, or {@code left} or {@code right} with the context's unit. */
  public static TrendRequest of(String q, Filters filters, String by, String context) {
    if (by != null && (by.strip().equalsIgnoreCase("left") || by.strip().equalsIgnoreCase("right"))) {
      return new TrendRequest(q, filters, null, HitContext.parse(by, context));
    }
    if (context != null && !context.isBlank()) {
      throw new InvalidRequestException("context goes with by=left or by=right");
    }
    return new TrendRequest(q, filters, parseBy(by), null);
  }

  public TrendRequest {
    filters = filters == null ? Filters.NONE : filters;
    by = by == null && context == null ? Facet.YEAR : by;
    if (by != null && context != null) {
      throw new IllegalArgumentException("hits are grouped by a facet or by their context, not both");
    }
  }

  /** Grouped by a facet. */
  public TrendRequest(String q, Filters filters, Facet by) {
    this(q, filters, by, null);
  }

  /** What the buckets are, as the answer names it: the facet, or the context's side. */
  public String byName() {
    return context != null ? context.side() : by.apiName();
  }
}
