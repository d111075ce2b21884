package org.policykb.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits; {@code total} counts every matching document.
 *
 * @param generation the index generation that answered, so a result can be reproduced and cited
 * @param facets per asked facet, the matching documents counted by value (see {@link FacetValue})
 */
public record SearchResult(
    String query,
    long total,
    long tookMs,
    int page,
    int size,
    String sort,
    String generation,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets) {}
