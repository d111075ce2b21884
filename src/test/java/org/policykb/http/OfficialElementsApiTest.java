package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.OfficialTexts;
import org.policykb.OfficialTexts.Official;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;

/**
 * The elements of an official document through the API: facets for issuer, 文种, 机关代字 and the
 * number's year, the same as filters on search, concordance, trend and collocates, and the lookup by
 * 发文字号 in any bracket form. Expected values come from the documents' own statement of their
 * elements ({@link OfficialTexts}) and from counting in their texts, never from the code under test.
 */
class OfficialElementsApiTest {
  @TempDir static Path dir;
  private static LuceneSearchBackend backend;
  private static ApiServer server;
  private static LocalApi api;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Every document's text by id, as the API returns it. */
  private static final Map<String, String> TEXTS = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    TestCorpus.copySeeds(corpus);
    OfficialTexts.write(corpus);
    TestCorpus.buildIndex(corpus, dir.resolve("index"));
    backend = new LuceneSearchBackend(dir.resolve("index"));
    server = ApiServer.start(backend, "127.0.0.1", 0);
    api = new LocalApi(server.port());
    for (String id : List.of(TestCorpus.ID_000, TestCorpus.ID_001, TestCorpus.ID_002, TestCorpus.ID_003, TestCorpus.ID_004)) {
      TEXTS.put(id, api.get("/api/documents/" + id).get("text").asText());
    }
    for (Official o : OfficialTexts.ALL) {
      TEXTS.put(o.id(), api.get("/api/documents/" + o.id()).get("text").asText());
    }
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    backend.close();
  }


  /** The official documents a filter keeps, by the oracle. */
  private static List<Official> kept(Predicate<Official> filter) {
    return OfficialTexts.ALL.stream().filter(filter).toList();
  }

  @Test
  void facetsCountEachElementOverEveryMatchingDocument() throws Exception {
    String phrase = "新质生产力";
    JsonNode r = api.get("/api/search?q=" + LocalApi.enc(phrase) + "&facets=issuer,doc_type,agency_code,doc_year");
    long matching = TEXTS.values().stream().filter(t -> t.contains(phrase)).count();
    assertEquals(matching, r.get("total").asLong());
    List<Official> official = kept(o -> o.text().contains(phrase));
    Map<String, java.util.function.Function<Official, List<String>>> elements = Map.of(
        "issuer", Official::issuers, "doc_type", o -> List.of(o.docType()),
        "agency_code", o -> List.of(o.agencyCode()), "doc_year", o -> List.of(o.docYear()));
    for (var e : elements.entrySet()) {
      Map<String, Long> expected = new TreeMap<>();
      for (Official o : official) {
        e.getValue().apply(o).forEach(v -> expected.merge(v, 1L, Long::sum));
      }
      Map<String, Long> found = new TreeMap<>();
      long none = -1;
      for (JsonNode v : r.get("facets").get(e.getKey())) {
        if (v.get("value").isNull()) {
          none = v.get("count").asLong();
        } else {
          found.put(v.get("value").asText(), v.get("count").asLong());
        }
      }
      assertEquals(expected, found, e.getKey());
      assertEquals(matching - official.size(), none, e.getKey() + ": documents without one");
    }
  }

  @Test
  void eachElementFiltersSearchConcordanceTrendAndCollocates() throws Exception {
    String phrase = "新质生产力";
    Map<String, Predicate<Official>> filters = new java.util.LinkedHashMap<>();
    filters.put("issuer=" + LocalApi.enc("科技部"), o -> o.issuers().contains("科技部"));
    filters.put("doc_type=" + LocalApi.enc("通知"), o -> o.docType().equals("通知"));
    filters.put("agency_code=" + LocalApi.enc("国办发"), o -> o.agencyCode().equals("国办发"));
    filters.put("doc_year=2023", o -> o.docYear().equals("2023"));
    filters.put("doc_year=2020&doc_year=2023", o -> true);
    filters.put("issuer=" + LocalApi.enc("国务院") + "&doc_type=" + LocalApi.enc("意见"), o -> false);
    filters.put("issuer=" + LocalApi.enc("国务院") + "&issuer=" + LocalApi.enc("科技部") + "&doc_type=" + LocalApi.enc("意见"), o -> o.id().equals("official_b"));
    for (var f : filters.entrySet()) {
      List<Official> kept = kept(f.getValue().and(o -> o.text().contains(phrase)));
      int occurrences = kept.stream().mapToInt(o -> OfficialTexts.count(o, phrase)).sum();
      String q = "q=" + LocalApi.enc(phrase) + "&" + f.getKey();
      JsonNode search = api.get("/api/search?size=100&" + q);
      List<String> ids = new ArrayList<>();
      search.get("hits").forEach(h -> ids.add(h.get("id").asText()));
      assertEquals(kept.stream().map(Official::id).sorted().toList(), ids.stream().sorted().toList(), f.getKey());
      JsonNode concordance = api.get("/api/concordance?" + q);
      assertEquals(occurrences, concordance.get("total_occurrences").asInt(), f.getKey());
      assertEquals(kept.size(), concordance.get("total_documents").asInt(), f.getKey());
      JsonNode trend = api.get("/api/trend?" + q);
      int inTrend = 0;
      for (JsonNode b : trend.get("buckets")) {
        inTrend += b.get("occurrences").asInt();
      }
      assertEquals(occurrences, inTrend + trend.path("undated").path("occurrences").asInt(0), f.getKey() + ": " + trend);
      JsonNode collocates = api.get("/api/collocates?" + q);
      assertEquals(occurrences, collocates.get("occurrences").asInt(), f.getKey());
    }
  }

  @Test
  void aDocumentIsFoundByItsNumberInAnyBracketForm() throws Exception {
    for (String written : List.of("国办发〔2023〕15号", "国办发[2023]15号", "国办发【2023】15号", "国办发［2023］15号",
        "国办发（2023）15号", "国办发(2023)15号", "国办发〔２０２３〕１５号", " 国办发 〔2023〕 15 号 ")) {
      JsonNode r = api.get("/api/documents?doc_number=" + LocalApi.enc(written));
      assertEquals(1, r.get("total").asInt(), written);
      assertEquals("official_c", r.get("documents").get(0).get("id").asText(), written);
      assertEquals("国办发〔2023〕15号", r.get("doc_number_normalized").asText(), written);
      assertEquals(List.of("国务院办公厅"), JSON.convertValue(r.get("documents").get(0).get("issuers"), List.class));
    }
    assertEquals(0, api.get("/api/documents?doc_number=" + LocalApi.enc("国办发〔2023〕16号")).get("total").asInt());
    assertEquals("official_b", api.get("/api/documents?doc_number=" + LocalApi.enc("工信部联科[2023]12号")).get("documents").get(0).get("id").asText());
  }

  @Test
  void badValuesAreA400ThatSaysWhy() throws Exception {
    Map<String, String> bad = Map.of(
        "/api/documents", "doc_number is required",
        "/api/documents?doc_number=" + LocalApi.enc("第十二条"), "doc_number is not a 发文字号",
        "/api/documents?doc_number=", "doc_number must not be empty",
        "/api/search?q=" + LocalApi.enc("双高协同") + "&doc_year=23", "doc_year must be a year of four digits",
        "/api/concordance?q=" + LocalApi.enc("双高协同") + "&issuer=", "issuer must not be empty",
        "/api/documents?doc_number=" + LocalApi.enc("国发〔2020〕7号") + "&id=x", "id");
    for (var e : bad.entrySet()) {
      HttpResponse<String> r = api.send(e.getKey());
      assertEquals(400, r.statusCode(), e.getKey() + " → " + r.body());
      JsonNode body = JSON.readTree(r.body());
      assertTrue(body.get("message").asText().contains(e.getValue()), e.getKey() + " → " + r.body());
    }
  }
}
