package org.policykb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.DocumentMapper;
import org.policykb.lucene.IndexLayout;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.model.PolicyDocument;
import org.policykb.query.Facet;
import org.policykb.query.Filters;

/**
 * Facet counts over an index of several segments (the seeds, then the real-world documents added by
 * an incremental build) equal counts made from the stored documents' own metadata.
 */
class FacetCountsTest {
  @TempDir Path work;

  @Test
  void facetCountsEqualTheStoredMetadataAcrossSegments() throws IOException {
    Path realworld = Path.of("..", "shared", "realworld");
    assumeTrue(Files.isDirectory(realworld), "../shared/realworld is not here");
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    TestCorpus.copySeeds(corpus);
    Path index = work.resolve("index");
    TestCorpus.buildIndex(corpus, index);
    for (Path f : Files.list(realworld).filter(p -> !p.toString().endsWith(".md") && !p.toString().endsWith(".tsv")).toList()) {
      Files.copy(f, corpus.resolve(f.getFileName()));
    }
    TestCorpus.buildIndex(corpus, index);
    IndexLayout layout = new IndexLayout(index);
    List<PolicyDocument> all = new java.util.ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(layout.dir(layout.current().orElseThrow())))) {
      assertTrue(reader.leaves().size() >= 2, "several segments: " + reader.leaves().size());
      var stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        all.add(DocumentMapper.fromLucene(stored.document(doc)));
      }
    }
    try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
      for (String q : List.of("发展", "社会主义", "高新区", "的")) {
        SearchResult r = backend.search(
            new SearchRequest(q, 1, 10, SearchRequest.Sort.RELEVANCE, Filters.NONE, EnumSet.allOf(Facet.class), 1000));
        List<PolicyDocument> matching = all.stream()
            .filter(d -> org.policykb.ReferenceSearch.matches(d.title(), d.text(), q))
            .toList();
        assertEquals(matching.size(), r.total(), q);
        assertEquals(expected(matching, d -> d.year() == null ? List.of() : List.of(d.year())), counted(r, "year"), q);
        assertEquals(expected(matching, d -> d.source() == null ? List.of() : List.of(d.source())), counted(r, "source"), q);
        assertEquals(expected(matching, PolicyDocument::parks), counted(r, "park"), q);
        assertEquals(expected(matching, PolicyDocument::cites), counted(r, "cites"), q);
        assertEquals(expected(matching, PolicyDocument::categories), counted(r, "category"), q);
      }
      // a category filters as its facet lists it
      String category = "cpc_congress_report";
      long ofCategory = all.stream().filter(d -> d.categories().contains(category))
          .filter(d -> org.policykb.ReferenceSearch.matches(d.title(), d.text(), "发展")).count();
      assertTrue(ofCategory > 0, "the congress reports are records of a type");
      assertEquals(ofCategory, backend.search(new SearchRequest("发展", 1, 10, SearchRequest.Sort.RELEVANCE,
          Filters.of(Map.of("category", List.of(category))), EnumSet.noneOf(Facet.class), 10))
          .total());
      // under filters, each facet is counted under all of them but its own: a chosen source still
      // offers the other sources, a date range every year (and the undated), the rest both filters
      List<PolicyDocument> matching = all.stream()
          .filter(d -> org.policykb.ReferenceSearch.matches(d.title(), d.text(), "发展")).toList();
      String source = matching.stream().filter(d -> d.year() != null).map(PolicyDocument::source).filter(Objects::nonNull)
          .collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting()))
          .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      List<Integer> years = matching.stream().filter(d -> source.equals(d.source()) && d.year() != null)
          .map(PolicyDocument::year).sorted().toList();
      int from = years.get(years.size() / 4);
      int to = years.get(years.size() * 3 / 4);
      java.time.LocalDate first = java.time.LocalDate.of(from, 1, 1);
      java.time.LocalDate last = java.time.LocalDate.of(to, 12, 31);
      java.util.function.Predicate<PolicyDocument> inRange = d -> d.date() != null
          ? !d.date().isBefore(first) && !d.date().isAfter(last) : d.year() != null && d.year() >= from && d.year() <= to;
      java.util.function.Predicate<PolicyDocument> fromSource = d -> source.equals(d.source());
      SearchResult r = backend.search(new SearchRequest("发展", 1, 10, SearchRequest.Sort.RELEVANCE,
          Filters.of(Map.of("from", List.of(String.valueOf(from)), "to", List.of(String.valueOf(to)), "source", List.of(source))), EnumSet.allOf(Facet.class), 1000));
      assertEquals(matching.stream().filter(inRange.and(fromSource)).count(), r.total());
      assertEquals(expected(matching.stream().filter(inRange).toList(), d -> d.source() == null ? List.of() : List.of(d.source())),
          counted(r, "source"), "the sources of the date range, the chosen one among them");
      assertTrue(counted(r, "source").size() > 1, "other sources offered: " + counted(r, "source"));
      assertEquals(expected(matching.stream().filter(fromSource).toList(), d -> d.year() == null ? List.of() : List.of(d.year())),
          counted(r, "year"), "the years of the chosen source, outside the range and undated too");
      assertEquals(expected(matching.stream().filter(inRange.and(fromSource)).toList(), PolicyDocument::parks), counted(r, "park"));
    }
  }

  private static Map<String, Long> expected(List<PolicyDocument> docs, java.util.function.Function<PolicyDocument, List<?>> values) {
    Map<String, Long> out = new HashMap<>();
    for (PolicyDocument d : docs) {
      List<?> vs = values.apply(d);
      if (vs.isEmpty()) {
        out.merge("null", 1L, Long::sum);
      }
      vs.forEach(v -> out.merge(String.valueOf(v), 1L, Long::sum));
    }
    out.putIfAbsent("null", 0L);
    return out;
  }

  private static Map<String, Long> counted(SearchResult r, String facet) {
    Map<String, Long> out = new HashMap<>();
    r.facets().get(facet).forEach(v -> out.put(Objects.toString(v.value()), v.count()));
    return out;
  }
}
