package org.policykb.search;

import java.util.Comparator;
import org.policykb.query.Facet;
import org.policykb.text.CodePoints;

/**
 * How many matching documents have one value of a facet.
 *
 * @param value the value (a year is a number), or null for the documents that have none
 */
public record FacetValue(Object value, long count) {
  /**
   * The order a facet's values are listed in, on every engine: years newest first; bands of citing works
   * from none up; other values by count, ties in code point order. (The documents without a value are listed after them.)
   */
  public static Comparator<FacetValue> order(Facet facet) {
    if (facet == Facet.CITED_BY) {
      return Comparator.comparing((FacetValue v) -> org.policykb.query.CitationBand.parse((String) v.value()));
    }
    return facet == Facet.YEAR
        ? Comparator.comparing((FacetValue v) -> (Integer) v.value()).reversed()
        : Comparator.comparingLong(FacetValue::count).reversed()
            .thenComparing(v -> (String) v.value(), CodePoints::compare);
  }
}
