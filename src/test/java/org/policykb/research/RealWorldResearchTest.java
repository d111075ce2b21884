package org.policykb.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.search.CollocateFilter;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.CollocatesResult;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.ConcordanceResult;
import org.policykb.search.FacetValue;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.search.TrendRequest;
import org.policykb.search.TrendResult;

/** The research features on the 184 real documents of ../shared/realworld (skipped when absent). */
class RealWorldResearchTest {
  static final Path REALWORLD = Path.of("..", "shared", "realworld");
  @TempDir static Path indexDir;
  private static LuceneSearchBackend backend;

  @BeforeAll
  static void build() throws IOException {
    if (Files.isDirectory(REALWORLD)) {
      TestCorpus.buildIndex(REALWORLD, indexDir);
      backend = new LuceneSearchBackend(indexDir);
    }
  }

  @AfterAll
  static void close() throws IOException {
    if (backend != null) {
      backend.close();
    }
  }

  private static List<SearchHit> allHits(String q, SearchRequest.Sort sort) {
    List<SearchHit> hits = new ArrayList<>();
    for (int page = 1; ; page++) {
      SearchResult r = backend.search(new SearchRequest(q, page, 100, sort));
      hits.addAll(r.hits());
      if (hits.size() >= r.total() || r.hits().isEmpty()) {
        return hits;
      }
    }
  }

  @Test
  void sortByDatePlacesYearOnlyReportsByTheirYearAndUndatedOnesLast() {
    assumeTrue(backend != null, "../shared/realworld is not here");
    List<SearchHit> hits = allHits("政府工作报告", SearchRequest.Sort.DATE);
    long yearOnly = hits.stream().filter(h -> h.date() == null && h.year() != null).count();
    // most work reports state only their year (in the record); those with a dateline under the title have their day
    assertTrue(yearOnly >= 40, "the work reports state a year, not a day: " + yearOnly);
    int previousYear = Integer.MAX_VALUE;
    boolean previousDated = true;
    boolean undatedSeen = false;
    for (SearchHit h : hits) {
      if (h.year() == null) {
        undatedSeen = true;
        continue;
      }
      assertTrue(!undatedSeen, "a dated document after an undated one: " + h.id());
      assertTrue(h.year() <= previousYear, "newest first: " + h.id());
      if (h.year() == previousYear) {
        assertTrue(previousDated || h.date() == null, "within a year, full dates before the year-only: " + h.id());
      }
      previousYear = h.year();
      previousDated = h.date() != null;
    }
  }

  @Test
  void trendConcordanceAndSearchCountTheSameOccurrences() {
    assumeTrue(backend != null, "../shared/realworld is not here");
    for (String q : List.of("政府工作报告", "社会主义", "新质生产力", "改革 OR 開放", "人民 -新华社")) {
      long fromHits = allHits(q, SearchRequest.Sort.RELEVANCE).stream().mapToLong(SearchHit::occurrences).sum();
      ConcordanceResult c = backend.concordance(
          new ConcordanceRequest(q, Filters.NONE, 10, ConcordanceRequest.Order.DOC, 0, ConcordanceRequest.all()), l -> {});
      ConcordanceResult page = backend.concordance(
          new ConcordanceRequest(q, Filters.NONE, 10, ConcordanceRequest.Order.DOC, 0, 5));
      TrendResult byYear = backend.trend(new TrendRequest(q, Filters.NONE, org.policykb.query.Facet.YEAR));
      TrendResult bySource = backend.trend(new TrendRequest(q, Filters.NONE, org.policykb.query.Facet.SOURCE));
      assertEquals(fromHits, c.totalOccurrences(), q);
      assertEquals(c.totalOccurrences(), page.totalOccurrences(), q);
      assertEquals(c.totalOccurrences(), byYear.totalOccurrences(), q);
      assertEquals(c.totalOccurrences(), byYear.buckets().stream().mapToLong(TrendResult.Bucket::occurrences).sum(), q);
      assertEquals(c.totalOccurrences(), bySource.buckets().stream().mapToLong(TrendResult.Bucket::occurrences).sum(), q);
      assertEquals(c.totalDocuments(), byYear.buckets().stream().mapToLong(TrendResult.Bucket::documents).sum(), q);
    }
  }

  @Test
  void yearFiltersKeepYearOnlyDocumentsOfThoseYears() {
    assumeTrue(backend != null, "../shared/realworld is not here");
    Filters fifties = Filters.of(Map.of("from", List.of("1954"), "to", List.of("1959-06")));
    List<SearchHit> hits = new ArrayList<>();
    SearchResult r = backend.search(new SearchRequest("报告", 1, 100, SearchRequest.Sort.DATE, fifties, Set.of(Facet.YEAR), 100));
    hits.addAll(r.hits());
    assertTrue(r.total() > 0);
    for (SearchHit h : hits) {
      assertTrue(h.year() >= 1954 && h.year() <= 1959, h.id() + " " + h.year());
      if (h.date() != null) {
        assertTrue(!h.date().isAfter(java.time.LocalDate.of(1959, 6, 30)), h.id());
      }
    }
    // the year facet is counted without the date range (a range offers every year): the range's
    // documents are those of 1954–58 and some of 1959, and other years are listed too
    long through1958 = r.facets().get("year").stream().filter(v -> v.value() != null && (Integer) v.value() <= 1958
        && (Integer) v.value() >= 1954).mapToLong(FacetValue::count).sum();
    long of1959 = r.facets().get("year").stream().filter(v -> Integer.valueOf(1959).equals(v.value()))
        .mapToLong(FacetValue::count).sum();
    assertTrue(through1958 <= r.total() && r.total() <= through1958 + of1959, through1958 + " " + of1959 + " " + r.total());
    assertTrue(r.facets().get("year").stream().anyMatch(v -> v.value() != null && (Integer) v.value() > 1959),
        "years outside the range are offered: " + r.facets().get("year"));
  }

  /**
   * What researchers reported on these reports (和 3rd and 是 11th among the collocates of 改革开放,
   * 四项基本原则 in fragments, a collocate's concordance counting something else) is gone: the stop list
   * takes the function words out, n-grams show the set phrase whole, and each collocate's lines are
   * its concordance's total.
   */
  @Test
  void collocatesOfReformAndOpeningAreUsableByALinguist() {
    assumeTrue(backend != null, "../shared/realworld is not here");
    String q = "改革开放";
    List<String> withFunctionWords = words(new CollocatesRequest(q, Filters.NONE, 5, 3, 15, CollocatesRequest.Side.BOTH,
        CollocatesRequest.Statistic.LL, false, CollocatesRequest.Unit.WORD));
    assertTrue(withFunctionWords.contains("和"), withFunctionWords.toString());
    CollocatesResult words = backend.collocates(new CollocatesRequest(q, Filters.NONE, 5, 3, 50, CollocatesRequest.Side.BOTH));
    List<String> listed = words.collocates().stream().map(CollocatesResult.Collocate::word).toList();
    for (String functionWord : List.of("和", "是", "的", "在", "与")) {
      assertFalse(listed.contains(functionWord), functionWord + " in " + listed);
    }
    List<String> ngrams = words(new CollocatesRequest(q, Filters.NONE, 5, 3, 50, CollocatesRequest.Side.BOTH,
        CollocatesRequest.Statistic.LL, true, CollocatesRequest.Unit.NGRAM));
    assertTrue(ngrams.contains("四项基本原则"), ngrams.toString());
    assertFalse(ngrams.contains("项基本原则") || ngrams.contains("基本原则"), ngrams.toString());
    for (CollocatesResult.Collocate c : words.collocates().subList(0, 10)) {
      ConcordanceResult lines = backend.concordance(new ConcordanceRequest(q, Filters.NONE, 10, ConcordanceRequest.Order.DOC, 0, 0,
          new CollocateFilter(c.word(), 5, CollocatesRequest.Side.BOTH, CollocatesRequest.Unit.WORD)));
      assertEquals(c.lines(), lines.totalOccurrences(), c.word());
    }
  }

  private static List<String> words(CollocatesRequest r) {
    return backend.collocates(r).collocates().stream().map(CollocatesResult.Collocate::word).toList();
  }
}
