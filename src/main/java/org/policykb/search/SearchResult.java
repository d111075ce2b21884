package org.policykb.search;

import java.util.List;

/**
 * A page of hits; {@code total} counts every matching document.
 *
 * @param generation the index generation that answered, so a result can be reproduced and cited
 */
public record SearchResult(
    String query, long total, long tookMs, int page, int size, String sort, String generation, List<SearchHit> hits) {}
