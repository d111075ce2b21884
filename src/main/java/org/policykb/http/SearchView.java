package org.policykb.http;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.policykb.search.FacetValue;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchResult;
import org.policykb.search.WorkMember;

/** A search answer as the API shows it: each hit's passages rendered as HTML snippets. */
record SearchView(
    String query,
    long total,
    long tookMs,
    int page,
    int size,
    String sort,
    String generation,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets) {

  record Hit(
      String id,
      String title,
      LocalDate date,
      Integer year,
      String source,
      String author,
      String url,
      float score,
      int occurrences,
      List<String> snippets,
      String docNumber,
      List<String> issuers,
      String docType,
      LocalDate dateSigned,
      int citedBy,
      String workId,
      List<WorkMember> members) {}

  static SearchView of(SearchResult r) {
    List<Hit> hits = r.hits().stream().map(SearchView::hit).toList();
    return new SearchView(r.query(), r.total(), r.tookMs(), r.page(), r.size(), r.sort(), r.generation(), hits,
        r.facets());
  }

  private static Hit hit(SearchHit h) {
    return new Hit(h.id(), h.title(), h.date(), h.year(), h.source(), h.author(), h.url(), h.score(), h.occurrences(),
        h.passages().stream().map(SnippetHtml::render).toList(), h.docNumber(), h.issuers(), h.docType(), h.dateSigned(),
        h.citedBy(), h.work() == null ? h.id() : h.work().id(), h.work() == null ? List.of() : h.work().members());
  }
}
