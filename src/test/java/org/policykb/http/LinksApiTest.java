package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.LinkedTexts;
import org.policykb.LinkedTexts.Expected;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;

/**
 * A document's links, versions, status and the 文号 registry over HTTP, on documents written for the test whose links
 * were written beside them by reading ({@link LinkedTexts}): every link found with its kind and target, evidence
 * whose offsets point at the reference as printed, counts in, and the gaps of a registry.
 */
class LinksApiTest {
  @TempDir static Path dir;
  private static LuceneSearchBackend backend;
  private static ApiServer server;
  private static LocalApi api;
  private static final Map<String, String> TEXTS = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    LinkedTexts.write(corpus);
    TestCorpus.buildIndex(corpus, dir.resolve("index"));
    backend = new LuceneSearchBackend(dir.resolve("index"));
    server = ApiServer.start(backend, "127.0.0.1", 0);
    api = new LocalApi(server.port());
    for (LinkedTexts.Text t : LinkedTexts.ALL) {
      TEXTS.put(t.id(), api.get("/api/documents/" + t.id()).get("text").asText());
    }
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    backend.close();
  }

  /** kind → target (id, "-" or "?a,b") of every link out of {@code id}, as the API lists them. */
  private static Set<String> linksOut(String id) throws Exception {
    Set<String> out = new TreeSet<>();
    for (JsonNode l : api.get("/api/documents/" + id + "/links?direction=out&limit=500").get("links").get("links")) {
      String to = !l.get("to").isNull() ? l.get("to").get("id").asText()
          : l.get("resolution").asText().equals("ambiguous") ? "?" + String.join(",", strings(l.get("candidates"))) : "-";
      out.add(l.get("kind").asText() + " " + to);
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void everyDocumentLinksExactlyWhatItsTextSaysItDoes() throws Exception {
    for (LinkedTexts.Text t : LinkedTexts.ALL) {
      Set<String> expected = new TreeSet<>();
      LinkedTexts.LINKS.stream().filter(e -> e.from().equals(t.id())).forEach(e -> expected.add(e.kind() + " " + e.to()));
      assertEquals(expected, linksOut(t.id()), t.id());
    }
  }

  @Test
  void evidenceOffsetsPointAtTheReferenceAsPrinted() throws Exception {
    for (Expected e : LinkedTexts.LINKS) {
      JsonNode page = api.get("/api/documents/" + e.from() + "/links?direction=out&kind=" + e.kind()).get("links");
      boolean found = false;
      for (JsonNode l : page.get("links")) {
        JsonNode ev = l.get("evidence");
        String text = ev.get("text").asText();
        String reference = text.substring(ev.get("reference_start").asInt(), ev.get("reference_end").asInt());
        String source = ev.get("in_title").asBoolean() ? api.get("/api/documents/" + e.from()).get("title").asText()
            : TEXTS.get(e.from());
        assertEquals(text, source.substring(ev.get("start").asInt(), ev.get("start").asInt() + text.length()),
            "the evidence is the document's own text at its offset");
        found |= reference.equals(e.printed());
      }
      assertTrue(found, e + " in " + page);
    }
  }

  @Test
  void linksInAreCountedByKindAndYearOfTheCitingDocuments() throws Exception {
    JsonNode in = api.get("/api/documents/link_gx/links?direction=in").get("links");
    Map<String, Long> byKind = new TreeMap<>();
    Map<String, Long> byYear = new TreeMap<>();
    for (Expected e : LinkedTexts.LINKS) {
      if (e.to().equals("link_gx")) {
        byKind.merge(e.kind(), 1L, Long::sum);
        String date = TEXTS.get(e.from()).replaceAll("(?s).*\\n(\\d{4})年\\d+月\\d+日\\s*$", "$1");
        byYear.merge(date, 1L, Long::sum);
      }
    }
    assertEquals(byKind.values().stream().mapToLong(Long::longValue).sum(), in.get("total").asLong());
    Map<String, Long> foundKinds = new TreeMap<>();
    in.get("by_kind").fields().forEachRemaining(f -> {
      if (f.getValue().asLong() > 0) {
        foundKinds.put(f.getKey(), f.getValue().asLong());
      }
    });
    assertEquals(byKind, foundKinds);
    Map<String, Long> foundYears = new TreeMap<>();
    in.get("by_year").fields().forEachRemaining(f -> foundYears.put(f.getKey(), f.getValue().asLong()));
    assertEquals(byYear, foundYears);
    List<String> order = new ArrayList<>();
    in.get("links").forEach(l -> order.add(l.get("from").get("id").asText()));
    assertEquals(List.of("link_js", "link_zj", "link_sz"), order, "first adopter first");
    JsonNode onlyImplements = api.get("/api/documents/link_gx/links?direction=in&kind=implements&limit=1").get("links");
    assertEquals(byKind.get("implements"), onlyImplements.get("total").asLong());
    assertEquals(1, onlyImplements.get("links").size());
  }

  @Test
  void theVersionsOfATitleAndTheStatusOnADayComeFromTheRepealAndTheNewerVersion() throws Exception {
    JsonNode now = api.get("/api/documents/link_old/links").get("validity");
    assertEquals(List.of("link_old", "link_new"), ids(now.get("versions")));
    assertEquals("repealed", now.get("status").asText());
    assertEquals("link_new", now.get("superseded_by").get("id").asText());
    JsonNode before = api.get("/api/documents/link_old/links?as_of=2020").get("validity");
    assertEquals("in_force", before.get("status").asText());
    assertEquals("2020-12-31", before.get("as_of").asText());
    JsonNode newer = api.get("/api/documents/link_new/links").get("validity");
    assertEquals(List.of("link_old", "link_new"), ids(newer.get("versions")));
    assertEquals("in_force", newer.get("status").asText());
  }

  private static List<String> ids(JsonNode parties) {
    List<String> out = new ArrayList<>();
    parties.forEach(p -> out.add(p.get("id").asText()));
    return out;
  }

  @Test
  void theRegistryListsTheSerialsOfACodeAndTheGapsBetweenThem() throws Exception {
    JsonNode r = api.get("/api/registry?agency_code=" + LocalApi.enc("穗府办") + "&year=2021");
    assertEquals(1, r.get("years").size());
    JsonNode y = r.get("years").get(0);
    assertEquals(2021, y.get("year").asInt());
    assertEquals(4, y.get("highest").asInt());
    assertEquals(3, y.get("present").asInt());
    assertEquals(1, y.get("missing").asInt());
    assertEquals("[[2,2]]", y.get("missing_ranges").toString());
    List<String> numbers = new ArrayList<>();
    y.get("numbers").forEach(n -> numbers.add(n.get("number").asText() + " " + n.get("documents").get(0).get("id").asText()));
    assertEquals(List.of("穗府办〔2021〕1号 link_gz1", "穗府办〔2021〕3号 link_gz3", "穗府办〔2021〕4号 link_gz4"), numbers);
    assertEquals(0, api.get("/api/registry?agency_code=" + LocalApi.enc("穗府办") + "&year=2019").get("years").size());
  }

  @Test
  void searchSortsByTheWorksThatCiteEachDocument() throws Exception {
    Map<String, Set<String>> citing = new HashMap<>();
    for (Expected e : LinkedTexts.LINKS) {
      if (!e.to().startsWith("-") && !e.to().startsWith("?")) {
        citing.computeIfAbsent(e.to(), k -> new TreeSet<>()).add(e.from());
      }
    }
    JsonNode hits = api.get("/api/search?q=" + LocalApi.enc("人民政府") + "&sort=cited_by&size=50").get("hits");
    assertEquals(LinkedTexts.ALL.size(), hits.size(), "every text names a 人民政府");
    List<Integer> counts = new ArrayList<>();
    hits.forEach(h -> counts.add(citing.getOrDefault(h.get("id").asText(), Set.of()).size()));
    List<Integer> sorted = new ArrayList<>(counts);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, counts, "most cited first: " + hits.findValuesAsText("id"));
    assertEquals("link_gx", hits.get(0).get("id").asText());
    List<Integer> told = new ArrayList<>();
    hits.forEach(h -> told.add(h.get("cited_by").asInt()));
    assertEquals(counts, told, "each hit says how many works cite it");
  }

  @Test
  void theCitedByFacetAndFilterCountTheCitingWorksInBands() throws Exception {
    Map<String, Set<String>> citing = new HashMap<>();
    for (Expected e : LinkedTexts.LINKS) {
      if (!e.to().startsWith("-") && !e.to().startsWith("?")) {
        citing.computeIfAbsent(e.to(), k -> new TreeSet<>()).add(e.from());
      }
    }
    // the bands as the API documents them: 0, 1, 2-4, 5-9, 10-49, 50+
    java.util.function.IntFunction<String> band = n -> n == 0 ? "0" : n == 1 ? "1" : n <= 4 ? "2-4" : n <= 9 ? "5-9"
        : n <= 49 ? "10-49" : "50+";
    Map<String, Long> expected = new java.util.TreeMap<>();
    Map<String, Set<String>> ofBand = new HashMap<>();
    for (String id : LinkedTexts.ALL.stream().map(LinkedTexts.Text::id).toList()) {
      String b = band.apply(citing.getOrDefault(id, Set.of()).size());
      expected.merge(b, 1L, Long::sum);
      ofBand.computeIfAbsent(b, k -> new TreeSet<>()).add(id);
    }
    assertTrue(expected.size() >= 3, "the texts fall in several bands: " + expected);
    JsonNode facet = api.get("/api/search?q=" + LocalApi.enc("人民政府") + "&facets=cited_by&size=1").get("facets").get("cited_by");
    Map<String, Long> counted = new java.util.TreeMap<>();
    List<String> order = new ArrayList<>();
    facet.forEach(v -> {
      if (!v.get("value").isNull()) {
        counted.put(v.get("value").asText(), v.get("count").asLong());
        order.add(v.get("value").asText());
      } else {
        assertEquals(0, v.get("count").asLong(), "every document has a count of citing works");
      }
    });
    assertEquals(expected, counted);
    List<String> bandOrder = List.of("0", "1", "2-4", "5-9", "10-49", "50+");
    assertEquals(order.stream().sorted(java.util.Comparator.comparingInt(bandOrder::indexOf)).toList(), order, "from none up");
    for (String b : expected.keySet()) {
      JsonNode r = api.get("/api/search?q=" + LocalApi.enc("人民政府") + "&cited_by=" + LocalApi.enc(b) + "&size=50");
      Set<String> ids = new TreeSet<>(r.get("hits").findValuesAsText("id"));
      assertEquals(ofBand.get(b), ids, "cited_by=" + b);
    }
    String[] two = expected.keySet().stream().filter(b -> !b.equals("0")).limit(2).toArray(String[]::new);
    JsonNode both = api.get("/api/search?q=" + LocalApi.enc("人民政府") + "&cited_by=" + LocalApi.enc(two[0]) + "&cited_by="
        + LocalApi.enc(two[1]) + "&size=50");
    assertEquals(ofBand.get(two[0]).size() + ofBand.get(two[1]).size(), both.get("total").asInt(), "bands combine with OR");
    assertEquals(400, api.send("/api/search?q=x&cited_by=3").statusCode(), "3 is no band");
  }

  @Test
  void badRequestsAreRefusedWithTheReasonAndAnUnknownDocumentIsNotFound() throws Exception {
    for (String bad : List.of("/api/documents/link_gx/links?direction=sideways", "/api/documents/link_gx/links?kind=quotes",
        "/api/documents/link_gx/links?limit=100000", "/api/documents/link_gx/links?as_of=yesterday",
        "/api/documents/link_gx/links?q=x", "/api/registry", "/api/registry?agency_code=" + LocalApi.enc("国发") + "&year=21")) {
      var r = api.send(bad);
      assertEquals(400, r.statusCode(), bad + " → " + r.body());
      assertTrue(r.body().contains("\"error\"") && r.body().contains("\"message\""), r.body());
    }
    assertEquals(404, api.send("/api/documents/no_such_document/links").statusCode());
  }
}
