package org.policykb.research;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.search.FacetValue;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;

/**
 * Where a phrase spread: for each province whose documents use it, the first document that did (the earliest by its
 * date; a document stating only a year comes after the dated ones of its year), with the province's count; the same
 * for the central state. Counted by each engine's search, under any filters.
 *
 * @param q the query
 * @param documents the documents using it under the filters
 * @param provinces one row per province, the earliest first; provinces whose documents state no date last
 * @param national the central state's first use; null when none
 * @param unplaced documents whose issuers name no place the code table knows (or of several provinces)
 */
public record FirstUses(String q, long documents, List<Use> provinces, Use national, long unplaced) {
  /**
   * A province's first use.
   *
   * @param region the province's full name; null for the central state
   * @param documents its documents using the phrase
   * @param id the first one
   * @param date its date; null when it states only a year, or nothing
   * @param year its year; null when it states none
   * @param yearsAfter years from the first use anywhere (of any province or the central state) to this one; null when
   *     either year is unknown
   */
  public record Use(String region, long documents, String id, String title, LocalDate date, Integer year,
      List<String> issuers, String docNumber, Integer yearsAfter) {}

  /** The first uses of {@code q} per province under {@code filters}. */
  public static FirstUses of(SearchBackend backend, String q, Filters filters) {
    Filters all = filters.with(Facet.REGION, List.of()).with(Facet.LEVEL, List.of());
    SearchResult counts = backend.search(new SearchRequest(q, 1, 1, SearchRequest.Sort.DATE_ASC, filters,
        Set.of(Facet.REGION, Facet.LEVEL), Facet.MAX_SIZE));
    List<Use> provinces = new ArrayList<>();
    long placed = 0;
    for (FacetValue v : counts.facets().getOrDefault(Facet.REGION.apiName(), List.of())) {
      if (v.value() == null || v.count() == 0 || !filters.values(Facet.REGION).isEmpty() && !filters.values(Facet.REGION).contains(v.value())) {
        continue;
      }
      String region = v.value().toString();
      placed += v.count();
      provinces.add(first(backend, q, filters.with(Facet.REGION, List.of(region)), region, v.count()));
    }
    Use national = null;
    if (filters.values(Facet.REGION).isEmpty() && (filters.values(Facet.LEVEL).isEmpty() || filters.values(Facet.LEVEL).contains("国家"))) {
      Filters central = all.with(Facet.LEVEL, List.of("国家"));
      long n = count(counts.facets(), Facet.LEVEL, "国家");
      if (n > 0) {
        national = first(backend, q, central, null, n);
      }
    }
    Integer earliest = provinces.stream().map(Use::year).filter(java.util.Objects::nonNull).min(Integer::compare)
        .orElse(null);
    if (national != null && national.year() != null && (earliest == null || national.year() < earliest)) {
      earliest = national.year();
    }
    List<Use> out = new ArrayList<>();
    for (Use u : provinces) {
      out.add(after(u, earliest));
    }
    out.sort(Comparator.comparing((Use u) -> u.date() != null ? u.date() : u.year() != null ? LocalDate.of(u.year(), 12, 31)
        : null, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Use::region));
    long central = national == null ? 0 : national.documents();
    return new FirstUses(q, counts.total(), out, national == null ? null : after(national, earliest),
        counts.total() - placed - central);
  }

  private static Use after(Use u, Integer earliest) {
    return new Use(u.region(), u.documents(), u.id(), u.title(), u.date(), u.year(), u.issuers(), u.docNumber(),
        earliest == null || u.year() == null ? null : u.year() - earliest);
  }

  private static Use first(SearchBackend backend, String q, Filters filters, String region, long documents) {
    SearchResult r = backend.search(new SearchRequest(q, 1, 1, SearchRequest.Sort.DATE_ASC, filters, Set.of(), 1));
    SearchHit h = r.hits().get(0);
    return new Use(region, documents, h.id(), h.title(), h.date(), h.year(), h.issuers(), h.docNumber(), null);
  }

  private static long count(Map<String, List<FacetValue>> facets, Facet facet, String value) {
    return facets.getOrDefault(facet.apiName(), List.of()).stream().filter(v -> value.equals(v.value()))
        .mapToLong(FacetValue::count).sum();
  }
}
