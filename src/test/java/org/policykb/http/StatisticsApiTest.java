package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.LinkedTexts;
import org.policykb.TestCorpus;
import org.policykb.analysis.Analyzers;

/**
 * Frequency lists and keyness over subcorpora, against an oracle written here: each document's text (as the API
 * returns it) segmented by the analyzer alone, its words counted, and frequency, range, DP, G² and Log Ratio computed
 * by their textbook formulas, for subcorpora chosen by the documents' metadata.
 */
class StatisticsApiTest {
  @TempDir static Path dir;
  private static LocalServer server;
  private static LocalApi api;
  /** Every document: its metadata as the API gives it and its words as the analyzer counts them. */
  private static final Map<String, Doc> DOCS = new LinkedHashMap<>();

  record Doc(String id, JsonNode meta, Map<String, Long> words, long size) {}

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    LinkedTexts.write(corpus);
    try (Stream<Path> seeds = Files.list(TestCorpus.SEEDS)) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, corpus.resolve(seed.getFileName()));
      }
    }
    server = LocalServer.serving(corpus, dir.resolve("index"));
    api = new LocalApi(server.port());
    try (Analyzer analyzer = Analyzers.words(); Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        JsonNode meta = api.get("/api/documents/" + LocalApi.enc(id));
        Map<String, Long> words = new HashMap<>();
        long size = 0;
        try (TokenStream ts = analyzer.tokenStream("words", meta.get("text").asText())) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            String w = term.toString();
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
              words.merge(w, 1L, Long::sum);
              size++;
            }
          }
          ts.end();
        }
        DOCS.put(id, new Doc(id, meta, words, size));
      }
    }
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  /** A word's figures in a set of documents, by the textbook. */
  record Expected(long frequency, long range, double dp) {}

  private static Map<String, Expected> expected(List<Doc> docs) {
    long total = docs.stream().mapToLong(Doc::size).sum();
    Map<String, Expected> out = new TreeMap<>();
    Set<String> words = new TreeSet<>();
    docs.forEach(d -> words.addAll(d.words().keySet()));
    for (String w : words) {
      long f = docs.stream().mapToLong(d -> d.words().getOrDefault(w, 0L)).sum();
      long range = docs.stream().filter(d -> d.words().containsKey(w)).count();
      double dp = 0;
      for (Doc d : docs) {
        dp += Math.abs((double) d.words().getOrDefault(w, 0L) / f - (double) d.size() / total);
      }
      out.put(w, new Expected(f, range, dp / 2));
    }
    return out;
  }

  private static List<Doc> where(Predicate<JsonNode> keep) {
    return DOCS.values().stream().filter(d -> keep.test(d.meta())).toList();
  }

  private static List<JsonNode> all(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static void assertList(Map<String, Expected> expected, JsonNode r, long tokens, String what) {
    assertEquals(tokens, r.get("tokens").asLong(), what + ": words");
    Map<String, JsonNode> listed = new TreeMap<>();
    all(r.get("items")).forEach(i -> listed.put(i.get("word").asText(), i));
    assertEquals(expected.keySet(), listed.keySet(), what + ": the words");
    expected.forEach((w, e) -> {
      JsonNode i = listed.get(w);
      assertEquals(e.frequency(), i.get("frequency").asLong(), what + " " + w);
      assertEquals(e.range(), i.get("range").asLong(), what + " " + w + " range");
      assertEquals(e.dp(), i.get("dp").asDouble(), 1e-9, what + " " + w + " dp");
      assertEquals(e.frequency() * 1e6 / tokens, i.get("per_million").asDouble(), 1e-6, what + " " + w + " per million");
    });
  }

  @Test
  void theWholeCollectionsFrequencyListIsTheAnalyzersCount() throws Exception {
    List<Doc> docs = List.copyOf(DOCS.values());
    JsonNode r = api.get("/api/frequencies?count=files&limit=10000");
    assertEquals(docs.size(), r.get("documents").asLong());
    assertList(expected(docs), r, docs.stream().mapToLong(Doc::size).sum(), "all");
    // most frequent first, ties in code point order
    List<JsonNode> items = all(r.get("items"));
    for (int i = 1; i < items.size(); i++) {
      long a = items.get(i - 1).get("frequency").asLong();
      long b = items.get(i).get("frequency").asLong();
      assertTrue(a > b || a == b && items.get(i - 1).get("word").asText().compareTo(items.get(i).get("word").asText()) < 0,
          items.get(i - 1) + " before " + items.get(i));
    }
  }

  @Test
  void aSubcorpusByMetadataOrByQueryCountsOnlyItsDocuments() throws Exception {
    List<Doc> provinces = where(m -> "省".equals(m.path("level").asText(null)));
    assertTrue(provinces.size() >= 2 && provinces.size() < DOCS.size(), "some documents are of provinces: " + provinces.size());
    JsonNode r = api.get("/api/frequencies?count=files&limit=10000&level=" + LocalApi.enc("省"));
    assertEquals(provinces.size(), r.get("documents").asLong());
    assertList(expected(provinces), r, provinces.stream().mapToLong(Doc::size).sum(), "level=省");

    // a paging of the same list, and min
    JsonNode page = api.get("/api/frequencies?count=files&level=" + LocalApi.enc("省") + "&offset=3&limit=5&min=2");
    List<String> full = all(r.get("items")).stream().filter(i -> i.get("frequency").asLong() >= 2)
        .map(i -> i.get("word").asText()).toList();
    assertEquals(full.size(), page.get("total").asLong());
    assertEquals(full.subList(3, 8), all(page.get("items")).stream().map(i -> i.get("word").asText()).toList());

    // the documents a query matches: 高新区 written as it is in each text the oracle keeps
    List<Doc> matching = DOCS.values().stream().filter(d -> d.meta().get("text").asText().contains("高新区")).toList();
    assertTrue(matching.size() >= 2, "several texts name a 高新区");
    JsonNode byQuery = api.get("/api/frequencies?count=files&limit=10000&q=" + LocalApi.enc("高新区"));
    assertList(expected(matching), byQuery, matching.stream().mapToLong(Doc::size).sum(), "q=高新区");
  }

  @Test
  void keywordsOfASubcorpusAgainstTheRestAndAgainstAnotherByTheirFormulas() throws Exception {
    List<Doc> focus = where(m -> "省".equals(m.path("level").asText(null)));
    List<Doc> rest = DOCS.values().stream().filter(d -> !focus.contains(d)).toList();
    JsonNode r = api.get("/api/keywords?count=files&level=" + LocalApi.enc("省") + "&p=1&min=3&stop=false&size=1000");
    assertEquals("rest", r.get("against").asText());
    assertKeywords(focus, rest, r, 3);

    List<Doc> national = where(m -> "国家".equals(m.path("level").asText(null)));
    assertTrue(!national.isEmpty());
    JsonNode other = api.get("/api/keywords?count=files&level=" + LocalApi.enc("省") + "&ref_level=" + LocalApi.enc("国家")
        + "&ref_count=files&p=1&min=1&stop=false&size=1000");
    assertEquals("subcorpus", other.get("against").asText());
    assertKeywords(focus, national, other, 1);

    // a significance level keeps only what reaches its G², a minimum what occurs that often on its side
    JsonNode strict = api.get("/api/keywords?count=files&level=" + LocalApi.enc("省") + "&p=0.01&min=3&stop=false&size=1000");
    for (JsonNode i : strict.get("positive")) {
      assertTrue(i.get("ll").asDouble() >= 6.63 && i.get("focus_frequency").asLong() >= 3, i.toString());
    }
    for (JsonNode i : strict.get("negative")) {
      assertTrue(i.get("ll").asDouble() >= 6.63 && i.get("reference_frequency").asLong() >= 3, i.toString());
    }
    assertEquals(400, api.send("/api/keywords?reference=rest&ref_level=" + LocalApi.enc("国家")).statusCode());
    assertEquals(400, api.send("/api/keywords?p=0.2").statusCode());
  }

  /** Every word whose relative frequencies differ, with {@code min} occurrences on the side it is key to. */
  private static void assertKeywords(List<Doc> focus, List<Doc> reference, JsonNode r, long min) {
    long n1 = focus.stream().mapToLong(Doc::size).sum();
    long n2 = reference.stream().mapToLong(Doc::size).sum();
    assertEquals(n1, r.get("focus").get("tokens").asLong());
    assertEquals(n2, r.get("reference").get("tokens").asLong());
    Map<String, Expected> a = expected(focus);
    Map<String, Expected> b = expected(reference);
    Set<String> words = new TreeSet<>(a.keySet());
    words.addAll(b.keySet());
    Map<String, double[]> positive = new TreeMap<>();
    Map<String, double[]> negative = new TreeMap<>();
    for (String w : words) {
      long fa = a.containsKey(w) ? a.get(w).frequency() : 0;
      long fb = b.containsKey(w) ? b.get(w).frequency() : 0;
      double ea = (double) n1 * (fa + fb) / (n1 + n2);
      double eb = (double) n2 * (fa + fb) / (n1 + n2);
      double ll = 2 * ((fa > 0 ? fa * Math.log(fa / ea) : 0) + (fb > 0 ? fb * Math.log(fb / eb) : 0));
      double ratio = Math.log(((fa == 0 ? 0.5 : fa) / n1) / ((fb == 0 ? 0.5 : fb) / n2)) / Math.log(2);
      if ((double) fa / n1 > (double) fb / n2 && fa >= min) {
        positive.put(w, new double[] {ll, ratio, fa, fb});
      } else if ((double) fa / n1 < (double) fb / n2 && fb >= min) {
        negative.put(w, new double[] {ll, ratio, fa, fb});
      }
    }
    assertTrue(positive.size() < 1000 && negative.size() < 1000, "the lists are whole: " + positive.size() + ", " + negative.size());
    check(positive, r.get("positive"), "positive");
    check(negative, r.get("negative"), "negative");
  }

  private static void check(Map<String, double[]> expected, JsonNode listed, String what) {
    Map<String, JsonNode> got = new TreeMap<>();
    listed.forEach(i -> got.put(i.get("word").asText(), i));
    assertEquals(expected.keySet(), got.keySet(), what);
    expected.forEach((w, e) -> {
      JsonNode i = got.get(w);
      assertEquals(e[0], i.get("ll").asDouble(), 1e-6, what + " " + w + " ll");
      assertEquals(e[1], i.get("log_ratio").asDouble(), 1e-9, what + " " + w + " log ratio");
      assertEquals((long) e[2], i.get("focus_frequency").asLong(), w);
      assertEquals((long) e[3], i.get("reference_frequency").asLong(), w);
    });
    List<Double> ll = new ArrayList<>();
    listed.forEach(i -> ll.add(i.get("ll").asDouble()));
    List<Double> sorted = new ArrayList<>(ll);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, ll, what + ": by G², the largest first");
  }

  @Test
  void hitsGroupedByAFacetCountEachValuesOccurrencesDocumentsAndSize() throws Exception {
    String phrase = "人民政府";
    for (String by : List.of("level", "issuer")) {
      // the oracle: each document's values of the facet, its occurrences of the phrase (it is written whole in these
      // texts), its characters
      Map<String, long[]> expected = new TreeMap<>(); // value → documents, occurrences, all documents, characters
      long total = 0;
      for (Doc d : DOCS.values()) {
        String text = d.meta().get("text").asText();
        long n = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
          n++;
        }
        total += n;
        List<String> values = new ArrayList<>();
        JsonNode v = d.meta().path(by.equals("issuer") ? "issuers" : by);
        if (v.isArray()) {
          v.forEach(x -> values.add(x.asText()));
        } else if (!v.isNull() && !v.isMissingNode()) {
          values.add(v.asText());
        }
        if (values.isEmpty()) {
          values.add("null");
        }
        for (String value : values) {
          long[] e = expected.computeIfAbsent(value, k -> new long[4]);
          e[0] += n > 0 ? 1 : 0;
          e[1] += n;
          e[2]++;
          e[3] += text.codePointCount(0, text.length());
        }
      }
      JsonNode r = api.get("/api/trend?count=files&by=" + by + "&q=" + LocalApi.enc(phrase));
      assertEquals(by, r.get("by").asText());
      assertEquals(total, r.get("total_occurrences").asLong());
      Map<String, long[]> got = new TreeMap<>();
      for (JsonNode b : r.get("buckets")) {
        got.put(b.get("value").isNull() ? "null" : b.get("value").asText(), new long[] {b.get("documents").asLong(),
            b.get("occurrences").asLong(), b.get("all_documents").asLong(), b.get("characters").asLong()});
        long chars = b.get("characters").asLong();
        assertEquals(chars == 0 ? 0 : b.get("occurrences").asLong() * 1e6 / chars, b.get("per_million_characters").asDouble(), 1e-6);
      }
      assertEquals(expected.keySet(), got.keySet(), by);
      expected.forEach((value, e) -> assertEquals(java.util.Arrays.toString(e), java.util.Arrays.toString(got.get(value)),
          by + "=" + value + ": documents, occurrences, all documents, characters"));
      assertTrue(got.size() >= 3, by + " has several values: " + got.keySet());
    }
  }

  @Test
  void theListsExportAsCsv() throws Exception {
    var r = api.send("/api/frequencies?count=files&format=csv&level=" + LocalApi.enc("省"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
    String body = r.body();
    assertTrue(body.startsWith("\uFEFFword,frequency,per_million,range,dp\r\n"), body.substring(0, 60));
    long rows = body.lines().count() - 1;
    assertEquals(expected(where(m -> "省".equals(m.path("level").asText(null)))).size(), rows, "every word, not a page");
    var k = api.send("/api/keywords?count=files&format=csv&p=1&min=1&level=" + LocalApi.enc("省"));
    assertEquals(200, k.statusCode());
    assertTrue(k.body().startsWith("\uFEFFdirection,word,focus_frequency"), k.body().substring(0, 40));
    assertTrue(k.body().contains("\r\npositive,") && k.body().contains("\r\nnegative,"));
    assertTrue(k.headers().firstValue("content-disposition").orElse("").contains(".csv"));
  }
}
