package org.policykb.search;

import java.util.List;

/** A page of hits; {@code total} counts every matching document. */
public record SearchResult(
    String query, long total, long tookMs, int page, int size, String sort, List<SearchHit> hits) {}
