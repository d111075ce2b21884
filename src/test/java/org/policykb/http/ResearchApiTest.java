package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;

/**
 * The research endpoints over real HTTP on the shipped corpus. Expected values are computed here,
 * independently of the search code: occurrences by a regular expression over the texts that
 * {@code /api/documents/{id}} returns, with the soft punctuation a phrase may cross spelled out.
 */
class ResearchApiTest {
  @TempDir static Path indexDir;
  private static LuceneSearchBackend backend;
  private static ApiServer server;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> IDS =
      List.of(TestCorpus.ID_000, TestCorpus.ID_001, TestCorpus.ID_002, TestCorpus.ID_003, TestCorpus.ID_004);
  private static final Map<String, JsonNode> DOCUMENTS = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
    backend = new LuceneSearchBackend(indexDir);
    server = ApiServer.start(backend, "127.0.0.1", 0);
    for (String id : IDS) {
      DOCUMENTS.put(id, get("/api/documents/" + id));
    }
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    backend.close();
  }

  private static HttpResponse<String> send(String pathAndQuery) throws IOException, InterruptedException {
    return LocalApi.send(server.port(), pathAndQuery);
  }

  private static JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
    return LocalApi.get(server.port(), pathAndQuery);
  }

  private static String enc(String s) {
    return LocalApi.enc(s);
  }

  /** The phrase's characters with any soft punctuation or whitespace between them: the reference matcher. */
  private static Pattern reference(String phrase) {
    String soft = "[\\s“”‘’\"'《》〈〉「」『』（）()【】\\[\\]·]*";
    StringBuilder p = new StringBuilder();
    phrase.codePoints().forEach(cp -> {
      if (!p.isEmpty()) {
        p.append(soft);
      }
      p.append(Pattern.quote(new String(Character.toChars(cp))));
    });
    return Pattern.compile(p.toString());
  }

  /** Non-overlapping occurrences per document id, by the reference matcher. */
  private static Map<String, List<int[]>> expected(String phrase) {
    Map<String, List<int[]>> out = new HashMap<>();
    for (String id : IDS) {
      Matcher m = reference(phrase).matcher(DOCUMENTS.get(id).get("text").asText());
      while (m.find()) {
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static int total(Map<String, List<int[]>> found) {
    return found.values().stream().mapToInt(List::size).sum();
  }

  @Test
  void theConcordanceOfShuangGaoXieTongHasItsSevenLinesAtTheirTrueOffsets() throws Exception {
    JsonNode c = get("/api/concordance?q=" + enc("双高协同"));
    Map<String, List<int[]>> expected = expected("双高协同");
    assertEquals(7, total(expected), "the reference finds 7");
    assertEquals(7, c.get("total_occurrences").asInt());
    assertEquals(2, c.get("total_documents").asInt());
    assertEquals(7, c.get("lines").size());
    // document order: 000 states its year (2025), 004 nothing, so 000 first; within a document by offset
    List<String> expectedOrder = new ArrayList<>();
    List<int[]> expectedSpans = new ArrayList<>();
    for (String id : List.of(TestCorpus.ID_000, TestCorpus.ID_004)) {
      for (int[] span : expected.get(id)) {
        expectedOrder.add(id);
        expectedSpans.add(span);
      }
    }
    for (int i = 0; i < 7; i++) {
      JsonNode line = c.get("lines").get(i);
      String id = line.get("id").asText();
      String text = DOCUMENTS.get(id).get("text").asText();
      int start = line.get("start").asInt();
      int end = line.get("end").asInt();
      assertEquals(expectedOrder.get(i), id);
      assertEquals(expectedSpans.get(i)[0], start);
      assertEquals(expectedSpans.get(i)[1], end);
      assertEquals(text.substring(start, end), line.get("match").asText());
      assertEquals(text.substring(Math.max(0, start - 30), start), line.get("left").asText());
      assertEquals(text.substring(end, Math.min(text.length(), end + 30)), line.get("right").asText());
      assertEquals(DOCUMENTS.get(id).get("title").asText(), line.get("title").asText());
      assertEquals(DOCUMENTS.get(id).get("year"), line.get("year"));
    }
  }

  @ParameterizedTest
  @CsvSource({"国家高新区", "高质量发展", "新质生产力", "人工智能", "协同创新"})
  void concordanceTotalsMatchTheReferenceAndPagesDoNotChangeThem(String phrase) throws Exception {
    int expected = total(expected(phrase));
    JsonNode all = get("/api/concordance?limit=10000&q=" + enc(phrase));
    assertEquals(expected, all.get("total_occurrences").asInt(), phrase);
    assertEquals(expected, all.get("lines").size());
    JsonNode page = get("/api/concordance?offset=3&limit=2&q=" + enc(phrase));
    assertEquals(expected, page.get("total_occurrences").asInt());
    assertEquals(all.get("total_documents"), page.get("total_documents"));
    assertEquals(all.get("lines").get(3), page.get("lines").get(0));
    assertEquals(all.get("lines").get(4), page.get("lines").get(1));
  }

  @Test
  void theCsvExportHoldsEveryLineWithABomAHeaderAndTheSameFields() throws Exception {
    HttpResponse<String> r = send("/api/concordance?format=csv&q=" + enc("双高协同"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
    assertTrue(r.headers().firstValue("content-disposition").orElse("").contains("attachment"));
    assertTrue(r.body().startsWith("\uFEFF"), "UTF-8 byte-order mark for Excel");
    JsonNode json = get("/api/concordance?q=" + enc("双高协同"));
    try (CSVParser csv = CSVParser.parse(new StringReader(r.body().substring(1)),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertEquals(List.of("id", "title", "date", "year", "source", "start", "end", "left", "match", "right", "page", "ocr_confidence"),
          csv.getHeaderNames());
      List<CSVRecord> rows = csv.getRecords();
      assertEquals(7, rows.size());
      for (int i = 0; i < rows.size(); i++) {
        JsonNode line = json.get("lines").get(i);
        for (String field : List.of("id", "title", "start", "end", "left", "match", "right")) {
          assertEquals(line.get(field).asText(), rows.get(i).get(field), field + " of row " + i);
        }
        assertEquals(line.get("year").isNull() ? "" : line.get("year").asText(), rows.get(i).get("year"));
        assertEquals(line.get("page").isNull() ? "" : line.get("page").asText(), rows.get(i).get("page"));
        assertEquals(line.get("ocr_confidence").isNull() ? "" : line.get("ocr_confidence").asText(), rows.get(i).get("ocr_confidence"));
      }
    }
    HttpResponse<String> tsv = send("/api/concordance?format=tsv&q=" + enc("双高协同"));
    assertTrue(tsv.headers().firstValue("content-type").orElse("").startsWith("text/tab-separated-values"));
    assertTrue(tsv.body().startsWith("\uFEFFid\ttitle\tdate"));
  }

  @Test
  void contextSortsOrderByTheContextReadOutwardFromTheMatch() throws Exception {
    String q = enc("国家高新区");
    JsonNode doc = get("/api/concordance?limit=10000&q=" + q);
    List<JsonNode> lines = new ArrayList<>();
    doc.get("lines").forEach(lines::add);
    // the README's key: the folded characters read outward from the match (NearReference's reading)
    List<JsonNode> byLeft = new ArrayList<>(lines);
    byLeft.sort(Comparator.comparing((JsonNode l) -> key(l, true), org.policykb.NearReference::compareKeys));
    List<JsonNode> byRight = new ArrayList<>(lines);
    byRight.sort(Comparator.comparing((JsonNode l) -> key(l, false), org.policykb.NearReference::compareKeys));
    JsonNode left = get("/api/concordance?sort=left&limit=10000&q=" + q);
    JsonNode right = get("/api/concordance?sort=right&limit=10000&q=" + q);
    assertEquals(byLeft, toList(left.get("lines")));
    assertEquals(byRight, toList(right.get("lines")));
    assertEquals(doc.get("total_occurrences"), left.get("total_occurrences"));
    assertNotEquals(toList(left.get("lines")), toList(right.get("lines")));
  }

  private static List<Integer> key(JsonNode line, boolean left) {
    String text = DOCUMENTS.get(line.get("id").asText()).get("text").asText();
    return org.policykb.NearReference.contextKey(
        org.policykb.NearReference.fold(text), line.get("start").asInt(), line.get("end").asInt(), left);
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  @Test
  void facetCountsAreExactAndEachSingleValuedFacetSumsToTheTotal() throws Exception {
    JsonNode r = get("/api/search?facets=year,source,park,cites&q=" + enc("国家高新区"));
    assertEquals(5, r.get("total").asInt());
    for (String facet : List.of("year", "source")) {
      int sum = 0;
      for (JsonNode v : r.get("facets").get(facet)) {
        sum += v.get("count").asInt();
      }
      assertEquals(5, sum, facet);
    }
    // by the documents' own metadata: 000 has year 2025, 001 the date 2022-03-09, the others none
    Map<String, Integer> years = new HashMap<>();
    r.get("facets").get("year").forEach(v -> years.put(v.get("value").asText(), v.get("count").asInt()));
    assertEquals(Map.of("2025", 1, "2022", 1, "null", 3), years);
    // parks and cited policies as the documents state them (by reading the five files)
    Map<String, Integer> parks = new HashMap<>();
    r.get("facets").get("park").forEach(v -> parks.put(v.get("value").asText(), v.get("count").asInt()));
    assertEquals(2, parks.get("无锡高新区"));
    assertEquals(3, parks.get("苏南自创区"));
    assertEquals(1, parks.get("惠州仲恺高新区"));
    assertEquals(0, parks.get("null"), "every seed names a park");
    assertFalse(parks.containsKey("国家高新区"), "a zone word without its place is no park");
    Map<String, Integer> cites = new HashMap<>();
    r.get("facets").get("cites").forEach(v -> cites.put(v.get("value").asText(), v.get("count").asInt()));
    assertEquals(1, cites.get("中共中央关于进一步全面深化改革、推进中国式现代化的决定"));
    assertEquals(2, cites.get("null"), "000 and 001 cite no policy (《群众》 is a magazine)");
    assertFalse(cites.containsKey("意见"));
    JsonNode last = r.get("facets").get("source").get(r.get("facets").get("source").size() - 1);
    assertTrue(last.get("value").isNull(), "documents without a source under an explicit null");
    assertEquals(3, last.get("count").asInt());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "from=2022&to=2022|001_5704cabe01a8569a",
    "from=2025|000_2866834a70edf2cd",
    "from=2025-06&to=2025-07|000_2866834a70edf2cd",
    "to=2022-03-08|",
    "from=2022-03-09&to=2022-03-09|001_5704cabe01a8569a",
    "undated=only|002_e7936e1d48ffe19d,003_b8ec8fbca2cc3228,004_2717864dc0e4d134",
    "undated=exclude|000_2866834a70edf2cd,001_5704cabe01a8569a",
    "from=2025&undated=include|000_2866834a70edf2cd,002_e7936e1d48ffe19d,003_b8ec8fbca2cc3228,004_2717864dc0e4d134",
    "source=群众|000_2866834a70edf2cd",
    "source=群众&source=新华日报|000_2866834a70edf2cd,001_5704cabe01a8569a",
    "source=群众&from=2022&to=2022|",
    "park=无锡高新区|001_5704cabe01a8569a,004_2717864dc0e4d134",
    "park=无锡国家高新技术产业开发区|001_5704cabe01a8569a,004_2717864dc0e4d134",
    "park=苏南自创区&park=成都高新区|000_2866834a70edf2cd,001_5704cabe01a8569a,002_e7936e1d48ffe19d,003_b8ec8fbca2cc3228,004_2717864dc0e4d134",
    "park=无锡高新区&source=新华日报|001_5704cabe01a8569a",
    "cites=《关于推进高新区和高等院校协同创新发展的实施意见》|004_2717864dc0e4d134",
    "cites=国家高新区新赛道培育行动方案|004_2717864dc0e4d134",
    "cites=群众|",
  })
  void filtersKeepExactlyTheDocumentsTheyDescribe(String filters, String ids) throws Exception {
    StringBuilder encoded = new StringBuilder();
    for (String pair : filters.split("&")) {
      String[] kv = pair.split("=", 2);
      encoded.append(encoded.isEmpty() ? "" : "&").append(kv[0]).append('=').append(enc(kv[1]));
    }
    String query = encoded.toString();
    JsonNode r = get("/api/search?size=10&q=" + enc("国家高新区") + "&" + query);
    List<String> expected = ids == null ? List.of() : List.of(ids.split(","));
    List<String> got = new ArrayList<>();
    r.get("hits").forEach(h -> got.add(h.get("id").asText()));
    got.sort(null);
    assertEquals(expected, got, filters);
    assertEquals(expected.size(), r.get("total").asInt());
    // the same filters narrow the concordance and the trend to the same documents
    JsonNode c = get("/api/concordance?limit=0&q=" + enc("国家高新区") + "&" + query);
    assertEquals(expected.size(), c.get("total_documents").asInt(), filters);
    int lines = expected.stream().mapToInt(id -> expected("国家高新区").getOrDefault(id, List.of()).size()).sum();
    assertEquals(lines, c.get("total_occurrences").asInt(), filters);
  }

  @Test
  void theTrendAddsUpToTheConcordanceAndListsEveryBucketWithDocuments() throws Exception {
    for (String q : List.of("双高协同", "国家高新区", "揭榜挂帅")) {
      JsonNode t = get("/api/trend?by=year&q=" + enc(q));
      JsonNode c = get("/api/concordance?limit=0&q=" + enc(q));
      long occurrences = 0;
      long all = 0;
      for (JsonNode b : t.get("buckets")) {
        occurrences += b.get("occurrences").asLong();
        all += b.get("all_documents").asLong();
        long characters = b.get("characters").asLong();
        double expected = characters == 0 ? 0 : b.get("occurrences").asLong() * 1e6 / characters;
        assertEquals(expected, b.get("per_million_characters").asDouble(), 1e-9);
      }
      assertEquals(c.get("total_occurrences").asLong(), occurrences, q);
      assertEquals(total(expected(q)), occurrences, q);
      assertEquals(5, all, "every document falls in one bucket, matching or not");
      // buckets: 2022, 2025 and the undated (null) last
      assertEquals(3, t.get("buckets").size());
      assertEquals(2022, t.get("buckets").get(0).get("value").asInt());
      assertTrue(t.get("buckets").get(2).get("value").isNull());
    }
    JsonNode year2022 = get("/api/trend?by=year&q=" + enc("国家高新区")).get("buckets").get(0);
    String text001 = DOCUMENTS.get(TestCorpus.ID_001).get("text").asText();
    assertEquals(text001.codePointCount(0, text001.length()), year2022.get("characters").asLong());
    JsonNode bySource = get("/api/trend?by=source&q=" + enc("国家高新区"));
    long sum = 0;
    for (JsonNode b : bySource.get("buckets")) {
      sum += b.get("occurrences").asLong();
    }
    assertEquals(total(expected("国家高新区")), sum);
  }

  @Test
  void collocatesCountTheWordsAroundEveryOccurrence() throws Exception {
    JsonNode r = get("/api/collocates?span=3&min=2&size=20&q=" + enc("国家高新区"));
    assertEquals(total(expected("国家高新区")), r.get("occurrences").asInt());
    assertTrue(r.get("collocates").size() > 0);
    double previous = Double.MAX_VALUE;
    for (JsonNode c : r.get("collocates")) {
      String word = c.get("word").asText();
      assertTrue(word.codePoints().anyMatch(Character::isLetterOrDigit), "no punctuation: " + word);
      assertEquals(c.get("count").asInt(), c.get("left").asInt() + c.get("right").asInt());
      assertTrue(c.get("count").asInt() >= 2);
      assertTrue(c.get("corpus_frequency").asInt() >= c.get("count").asInt());
      assertTrue(c.get("score").asDouble() <= previous, "ranked by score");
      previous = c.get("score").asDouble();
    }
    // at most span words on each side of each occurrence
    assertTrue(r.get("window_words").asInt() <= 2 * 3 * r.get("occurrences").asInt());
    JsonNode left = get("/api/collocates?span=3&min=1&size=1000&side=left&q=" + enc("国家高新区"));
    left.get("collocates").forEach(c -> assertEquals(0, c.get("right").asInt()));
  }

  @Test
  void nearFindsBothPhrasesWithinTheDistanceInEitherOrder() throws Exception {
    JsonNode s = get("/api/search?q=" + enc("高新区 NEAR/5 高等院校"));
    assertEquals(2, s.get("total").asInt());
    JsonNode c = get("/api/concordance?q=" + enc("高新区 NEAR/5 高等院校"));
    assertEquals(s.get("hits").get(0).get("occurrences").asInt() + s.get("hits").get(1).get("occurrences").asInt(),
        c.get("total_occurrences").asInt());
    for (JsonNode line : c.get("lines")) {
      String match = line.get("match").asText();
      boolean forward = match.startsWith("高新区") && match.endsWith("高等院校");
      boolean backward = match.startsWith("高等院校") && match.endsWith("高新区");
      assertTrue(forward || backward, match);
      String between = forward ? match.substring(3, match.length() - 4) : match.substring(4, match.length() - 3);
      assertTrue(between.codePointCount(0, between.length()) <= 5, match);
      assertFalse(between.contains("\n\n"));
    }
    // either order: the reversed query finds the same
    assertEquals(c.get("total_occurrences"),
        get("/api/concordance?q=" + enc("高等院校 NEAR/5 高新区")).get("total_occurrences"));
    assertEquals(0, get("/api/search?q=" + enc("双高协同 NEAR/0 人工智能")).get("total").asInt());
  }

  @Test
  void relatedDocumentsNeverIncludeTheDocumentItself() throws Exception {
    for (String id : IDS) {
      JsonNode r = get("/api/documents/" + id + "/related?size=3");
      assertTrue(r.get("related").size() > 0, id);
      assertTrue(r.get("related").size() <= 3);
      r.get("related").forEach(d -> assertNotEquals(id, d.get("id").asText()));
    }
    assertEquals(404, send("/api/documents/nope/related").statusCode());
  }

  @Test
  void suggestionsCompleteAPrefixWithWordsAndPhrasesCountedLikeSearch() throws Exception {
    JsonNode r = get("/api/suggest?prefix=" + enc("新质"));
    JsonNode first = r.get("suggestions").get(0);
    assertEquals("新质生产力", first.get("text").asText());
    assertEquals(get("/api/search?q=" + enc("新质生产力")).get("total").asLong(), first.get("documents").asLong());
    r.get("suggestions").forEach(s -> assertTrue(s.get("text").asText().startsWith("新质")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "/api/concordance?q=x&window=abc|window",
    "/api/concordance?q=x&window=9999|window",
    "/api/concordance?q=x&sort=middle|sort",
    "/api/concordance?q=x&format=xml|format",
    "/api/concordance?q=x&offset=-1|offset",
    "/api/concordance?q=x&from=2020-13|from",
    "/api/concordance?q=x&from=2021&to=2020|from",
    "/api/search?q=x&undated=maybe|undated",
    "/api/search?q=x&facets=colour|facets",
    "/api/search?q=x&facet_size=0|facet_size",
    "/api/trend?q=x&by=month|by",
    "/api/collocates?q=x&span=0|span",
    "/api/collocates?q=x&side=up|side",
    "/api/collocates?q=x&min=zero|min",
    "/api/suggest?prefix=|prefix",
    "/api/suggest?prefix=x&size=1000|size",
    "/api/documents/x/related?size=0|size",
    "/api/search?q=a+NEAR%2F5|NEAR",
    "/api/concordance?q=a+NEAR%2F5+b+OR+c|OR",
    "/api/search?q=a+NEAR%2F+b|NEAR/n in capitals",
    "/api/search?q=a+NEAR%2Fabc+b|NEAR/abc",
    "/api/concordance?q=a+near%2F10+b|near/10",
    "/api/search?q=a+NEAR%2F1001+b|0..1000",
    "/api/concordance?q=x&format=csv&from=bad|from",
  })
  void badParametersAreA400ThatNamesThem(String pathAndQuery, String named) throws Exception {
    HttpResponse<String> r = send(pathAndQuery);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonNode body = JSON.readTree(r.body());
    assertTrue(body.get("message").asText().contains(named), body.toString());
  }
}
