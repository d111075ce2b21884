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

  record Doc(String id, JsonNode meta, Map<String, Long> words, long size, Units wordUnits, Units charUnits) {}

  /**
   * A text's units in order, as the oracle reads them: its words (or its characters), {@code runStarts[i]} where a run
   * of them begins after punctuation, an empty position or a paragraph break, which no n-gram spans.
   */
  record Units(List<String> units, boolean[] runStarts) {}

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    LinkedTexts.write(corpus);
    TestCorpus.copySeeds(corpus);
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
        String text = meta.get("text").asText();
        DOCS.put(id, new Doc(id, meta, words, size, wordUnits(analyzer, text), charUnits(text)));
      }
    }
  }

  /**
   * The analyzer's words in order: a run ends at a term that is no word, at an empty position (punctuation its stop
   * list drops) and at a paragraph break (an empty line between two words).
   */
  private static Units wordUnits(Analyzer analyzer, String text) throws IOException {
    List<String> units = new ArrayList<>();
    List<Boolean> starts = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("words", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      var increment = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      boolean broken = true;
      int previousEnd = 0;
      while (ts.incrementToken()) {
        String w = term.toString();
        boolean paragraph = text.substring(previousEnd, offset.startOffset()).contains("\n\n");
        previousEnd = offset.endOffset();
        if (!w.codePoints().anyMatch(Character::isLetterOrDigit)) {
          broken = true;
          continue;
        }
        units.add(w);
        starts.add(broken || increment.getPositionIncrement() > 1 || paragraph);
        broken = false;
      }
      ts.end();
    }
    return units(units, starts);
  }

  /**
   * The characters as the exact field's analyzer gives them, one position each (a bigram's first character): a run
   * ends at a character that is no letter or digit and where positions skip (a paragraph break).
   */
  private static Units charUnits(String text) throws IOException {
    List<String> units = new ArrayList<>();
    List<Boolean> starts = new ArrayList<>();
    try (Analyzer exact = Analyzers.exact(); TokenStream ts = exact.tokenStream("exact", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      var increment = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      boolean broken = true;
      while (ts.incrementToken()) {
        String t = term.toString();
        String c = t.substring(0, t.offsetByCodePoints(0, 1));
        if (!Character.isLetterOrDigit(c.codePointAt(0))) {
          broken = true;
          continue;
        }
        units.add(c);
        starts.add(broken || increment.getPositionIncrement() > 1);
        broken = false;
      }
      ts.end();
    }
    return units(units, starts);
  }

  private static Units units(List<String> units, List<Boolean> starts) {
    boolean[] s = new boolean[starts.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = starts.get(i);
    }
    return new Units(units, s);
  }

  /** A text's n-grams, each at the index of its first unit, written as the API writes them. */
  private static List<Map.Entry<String, Integer>> ngrams(Units u, int n, String separator) {
    List<Map.Entry<String, Integer>> out = new ArrayList<>();
    for (int i = 0; i + n <= u.units().size(); i++) {
      boolean whole = true;
      for (int k = 1; k < n; k++) {
        whole &= !u.runStarts()[i + k];
      }
      if (whole) {
        out.add(Map.entry(String.join(separator, u.units().subList(i, i + n)), i));
      }
    }
    return out;
  }

  /** N-grams' figures over documents, by the textbook: frequency, range, DP and, the documents in id order, ARF. */
  record Gram(long frequency, long range, double dp, double arf) {}

  private static Map<String, Gram> expectedGrams(List<Doc> docs, boolean words, int n) {
    List<Doc> inIdOrder = new ArrayList<>(docs);
    inIdOrder.sort((a, b) -> java.util.Arrays.compare(a.id().codePoints().toArray(), b.id().codePoints().toArray()));
    long total = 0;
    Map<String, List<Long>> positions = new TreeMap<>();
    Map<String, Map<String, Long>> perDoc = new TreeMap<>();
    Map<String, Long> sizes = new HashMap<>();
    for (Doc d : inIdOrder) {
      Units u = words ? d.wordUnits() : d.charUnits();
      for (Map.Entry<String, Integer> g : ngrams(u, n, words ? " " : "")) {
        positions.computeIfAbsent(g.getKey(), k -> new ArrayList<>()).add(total + g.getValue());
        perDoc.computeIfAbsent(g.getKey(), k -> new HashMap<>()).merge(d.id(), 1L, Long::sum);
      }
      sizes.put(d.id(), (long) u.units().size());
      total += u.units().size();
    }
    Map<String, Gram> out = new TreeMap<>();
    for (Map.Entry<String, List<Long>> e : positions.entrySet()) {
      List<Long> at = e.getValue();
      long f = at.size();
      double dp = 0;
      for (Doc d : docs) {
        dp += Math.abs((double) perDoc.get(e.getKey()).getOrDefault(d.id(), 0L) / f - (double) sizes.get(d.id()) / total);
      }
      double v = (double) total / f;
      double sum = Math.min(at.get(0) + total - at.get(at.size() - 1), v);
      for (int i = 1; i < at.size(); i++) {
        sum += Math.min(at.get(i) - at.get(i - 1), v);
      }
      out.put(e.getKey(), new Gram(f, perDoc.get(e.getKey()).size(), dp / 2, sum / v));
    }
    return out;
  }

  private static void assertGrams(Map<String, Gram> expected, JsonNode r, long tokens, boolean arf, String what) {
    assertEquals(tokens, r.get("tokens").asLong(), what + ": units");
    Map<String, JsonNode> listed = new TreeMap<>();
    all(r.get("items")).forEach(i -> listed.put(i.get("word").asText(), i));
    assertEquals(expected.keySet(), listed.keySet(), what + ": the n-grams");
    expected.forEach((g, e) -> {
      JsonNode i = listed.get(g);
      assertEquals(e.frequency(), i.get("frequency").asLong(), what + " " + g);
      assertEquals(e.range(), i.get("range").asLong(), what + " " + g + " range");
      assertEquals(e.dp(), i.get("dp").asDouble(), 1e-9, what + " " + g + " dp");
      if (arf) {
        assertEquals(e.arf(), i.get("arf").asDouble(), 1e-6, what + " " + g + " arf");
      } else {
        assertTrue(i.get("arf").isNull(), what + " " + g + ": no ARF unless asked");
      }
    });
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
    Map<String, Long> a = new TreeMap<>();
    expected(focus).forEach((w, e) -> a.put(w, e.frequency()));
    Map<String, Long> b = new TreeMap<>();
    expected(reference).forEach((w, e) -> b.put(w, e.frequency()));
    assertKeyness(a, b, focus.stream().mapToLong(Doc::size).sum(), reference.stream().mapToLong(Doc::size).sum(), r, min);
  }

  /**
   * Keyness by its formulas, over items seen {@code a} times in {@code n1} units and {@code b} times in {@code n2}:
   * every item whose relative frequencies differ, whose G² reaches the answer's critical value, with {@code min}
   * occurrences on the side it is key to.
   */
  private static void assertKeyness(Map<String, Long> a, Map<String, Long> b, long n1, long n2, JsonNode r, long min) {
    assertEquals(n1, r.get("focus").get("tokens").asLong());
    assertEquals(n2, r.get("reference").get("tokens").asLong());
    double critical = r.get("critical").asDouble();
    Set<String> items = new TreeSet<>(a.keySet());
    items.addAll(b.keySet());
    Map<String, double[]> positive = new TreeMap<>();
    Map<String, double[]> negative = new TreeMap<>();
    for (String w : items) {
      long fa = a.getOrDefault(w, 0L);
      long fb = b.getOrDefault(w, 0L);
      double ea = (double) n1 * (fa + fb) / (n1 + n2);
      double eb = (double) n2 * (fa + fb) / (n1 + n2);
      double ll = 2 * ((fa > 0 ? fa * Math.log(fa / ea) : 0) + (fb > 0 ? fb * Math.log(fb / eb) : 0));
      double ratio = Math.log(((fa == 0 ? 0.5 : fa) / n1) / ((fb == 0 ? 0.5 : fb) / n2)) / Math.log(2);
      if (ll < critical) {
        continue;
      }
      if ((double) fa / n1 > (double) fb / n2 && fa >= min) {
        positive.put(w, new double[] {ll, ratio, fa, fb});
      } else if ((double) fa / n1 < (double) fb / n2 && fb >= min) {
        negative.put(w, new double[] {ll, ratio, fa, fb});
      }
    }
    assertTrue(!positive.isEmpty() && !negative.isEmpty(), "both directions have keywords");
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
  void nGramsOfWordsAndOfCharactersAreTheAnalyzersRunsCounted() throws Exception {
    List<Doc> docs = List.copyOf(DOCS.values());
    long words = docs.stream().mapToLong(d -> d.wordUnits().units().size()).sum();
    long chars = docs.stream().mapToLong(d -> d.charUnits().units().size()).sum();
    assertEquals(docs.stream().mapToLong(Doc::size).sum(), words, "the oracle's words are the words counted above");
    for (int n : new int[] {2, 3}) {
      JsonNode r = api.get("/api/frequencies?count=files&limit=10000&unit=word&n=" + n + "&min=2");
      assertEquals("word", r.get("unit").asText());
      assertEquals(n, r.get("n").asInt());
      Map<String, Gram> expected = new TreeMap<>(expectedGrams(docs, true, n));
      expected.values().removeIf(g -> g.frequency() < 2);
      assertTrue(expected.size() > 20 && expected.size() < 10000, n + "-grams of words: " + expected.size());
      assertGrams(expected, r, words, false, "words, n=" + n);
    }
    for (int n : new int[] {2, 4, 6}) {
      JsonNode r = api.get("/api/frequencies?count=files&limit=10000&unit=char&n=" + n + "&min=3");
      Map<String, Gram> expected = new TreeMap<>(expectedGrams(docs, false, n));
      expected.values().removeIf(g -> g.frequency() < 3);
      assertTrue(expected.size() > 20 && expected.size() < 10000, n + "-grams of characters: " + expected.size());
      assertGrams(expected, r, chars, false, "characters, n=" + n);
    }
    // a subcorpus's, with ARF over its documents in id order
    List<Doc> provinces = where(m -> "省".equals(m.path("level").asText(null)));
    JsonNode r = api.get("/api/frequencies?count=files&limit=10000&unit=char&n=3&arf=true&level=" + LocalApi.enc("省"));
    assertGrams(expectedGrams(provinces, false, 3), r, provinces.stream().mapToLong(d -> d.charUnits().units().size()).sum(),
        true, "level=省, characters, n=3");
    JsonNode w = api.get("/api/frequencies?count=files&limit=10000&unit=word&n=2&sort=arf&level=" + LocalApi.enc("省"));
    assertGrams(expectedGrams(provinces, true, 2), w, provinces.stream().mapToLong(Doc::size).sum(), true,
        "level=省, words, n=2");
    List<JsonNode> items = all(w.get("items"));
    for (int i = 1; i < items.size(); i++) {
      assertTrue(items.get(i - 1).get("arf").asDouble() >= items.get(i).get("arf").asDouble(), "sort=arf: the largest first");
    }
    // single words with ARF are read from the sequences: the same figures as from the postings
    JsonNode single = api.get("/api/frequencies?count=files&limit=10000&arf=true&level=" + LocalApi.enc("省"));
    assertGrams(expectedGrams(provinces, true, 1), single, provinces.stream().mapToLong(Doc::size).sum(), true,
        "level=省, words with ARF");
    assertList(expected(provinces), single, provinces.stream().mapToLong(Doc::size).sum(), "level=省, words with ARF");

    // a character n-gram is a phrase: its frequency is the phrase's occurrences the concordance finds
    JsonNode top = all(api.get("/api/frequencies?count=files&unit=char&n=4&limit=3").get("items")).get(2);
    JsonNode concordance = api.get("/api/concordance?count=files&limit=1&q=" + LocalApi.enc("\"" + top.get("word").asText() + "\""));
    assertEquals(top.get("frequency").asLong(), concordance.get("total_occurrences").asLong(), top.toString());

    // a stop list leaves out the n-grams it begins or ends
    for (JsonNode i : api.get("/api/frequencies?count=files&unit=word&n=2&stop=true&limit=10000").get("items")) {
      String[] parts = i.get("word").asText().split(" ");
      assertTrue(!org.policykb.research.StopWords.contains(parts[0]) && !org.policykb.research.StopWords.contains(parts[1]),
          i.toString());
    }
    for (String bad : List.of("unit=word&n=7", "unit=char&n=7", "n=0", "unit=syllable", "sort=frequent")) {
      var answer = api.send("/api/frequencies?" + bad);
      assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
    }
  }

  @Test
  void keywordsOfNGramsByTheirFormulas() throws Exception {
    List<Doc> focus = where(m -> "省".equals(m.path("level").asText(null)));
    List<Doc> rest = DOCS.values().stream().filter(d -> !focus.contains(d)).toList();
    JsonNode r = api.get("/api/keywords?count=files&unit=word&n=2&level=" + LocalApi.enc("省") + "&p=0.05&min=2&stop=false&size=1000");
    assertEquals(2, r.get("n").asInt());
    assertGramKeywords(expectedGrams(focus, true, 2), expectedGrams(rest, true, 2),
        focus.stream().mapToLong(d -> d.wordUnits().units().size()).sum(),
        rest.stream().mapToLong(d -> d.wordUnits().units().size()).sum(), r, 2);
    List<Doc> national = where(m -> "国家".equals(m.path("level").asText(null)));
    JsonNode c = api.get("/api/keywords?count=files&unit=char&n=3&level=" + LocalApi.enc("省") + "&ref_level="
        + LocalApi.enc("国家") + "&ref_count=files&p=0.05&min=2&stop=false&size=1000");
    assertEquals("char", c.get("unit").asText());
    assertGramKeywords(expectedGrams(focus, false, 3), expectedGrams(national, false, 3),
        focus.stream().mapToLong(d -> d.charUnits().units().size()).sum(),
        national.stream().mapToLong(d -> d.charUnits().units().size()).sum(), c, 2);
  }

  /** Keyness over n-grams: the formulas of {@link #assertKeyness} over the oracle's n-gram counts. */
  private static void assertGramKeywords(Map<String, Gram> a, Map<String, Gram> b, long n1, long n2, JsonNode r, long min) {
    Map<String, Long> fa = new TreeMap<>();
    a.forEach((g, e) -> fa.put(g, e.frequency()));
    Map<String, Long> fb = new TreeMap<>();
    b.forEach((g, e) -> fb.put(g, e.frequency()));
    assertKeyness(fa, fb, n1, n2, r, min);
  }

  /**
   * A text as the exact field's analyzer reads it: each position's first character and where it starts in the text,
   * an absent position being a paragraph break.
   */
  private static Map<Integer, int[]> positions(String text) throws IOException {
    Map<Integer, int[]> out = new HashMap<>();
    try (Analyzer exact = Analyzers.exact(); TokenStream ts = exact.tokenStream("exact", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      var increment = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.put(position, new int[] {term.toString().codePointAt(0), offset.startOffset()});
      }
      ts.end();
    }
    return out;
  }

  /** The oracle's context of a hit at positions {@code [start, end)}: up to 16 characters on one side, nearest first. */
  private static List<Integer> context(Map<Integer, int[]> positions, int start, int end, boolean left) {
    List<Integer> out = new ArrayList<>();
    for (int p = left ? start - 1 : end; positions.containsKey(p) && out.size() < 16; p += left ? -1 : 1) {
      out.add(positions.get(p)[0]);
    }
    return out;
  }

  private static String group(List<Integer> nearestFirst, boolean left, int characters) throws IOException {
    List<Integer> inOrder = new ArrayList<>(nearestFirst);
    if (characters > 0) {
      inOrder = new ArrayList<>(inOrder.subList(0, Math.min(characters, inOrder.size())));
      if (left) {
        java.util.Collections.reverse(inOrder);
      }
      return codePoints(inOrder);
    }
    if (inOrder.isEmpty()) {
      return "";
    }
    if (!Character.isLetterOrDigit(inOrder.get(0))) {
      return Character.toString(inOrder.get(0));
    }
    List<Integer> run = new ArrayList<>();
    for (int cp : inOrder) {
      if (!Character.isLetterOrDigit(cp)) {
        break;
      }
      run.add(cp);
    }
    if (left) {
      java.util.Collections.reverse(run);
    }
    String r = codePoints(run);
    List<int[]> words = new ArrayList<>();
    try (Analyzer analyzer = Analyzers.words(); TokenStream ts = analyzer.tokenStream("words", r)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.toString().codePoints().anyMatch(Character::isLetterOrDigit)) {
          words.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      ts.end();
    }
    if (words.isEmpty()) {
      return r;
    }
    int[] w = left ? words.get(words.size() - 1) : words.get(0);
    return r.substring(w[0], w[1]);
  }

  private static String codePoints(List<Integer> cps) {
    StringBuilder b = new StringBuilder();
    cps.forEach(b::appendCodePoint);
    return b.toString();
  }

  @Test
  void hitsGroupedByTheWordOrTheCharactersBeforeAndAfterThem() throws Exception {
    String phrase = "创新";
    for (String by : List.of("left", "right")) {
      for (int characters : new int[] {0, 1, 3}) {
        Map<String, long[]> expected = new TreeMap<>(); // group → occurrences, documents, characters
        long total = 0;
        for (Doc d : DOCS.values()) {
          String text = d.meta().get("text").asText();
          Map<Integer, int[]> positions = positions(text);
          Map<Integer, Integer> positionAt = new HashMap<>();
          positions.forEach((p, t) -> positionAt.put(t[1], p));
          Set<String> inDocument = new TreeSet<>();
          for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            int start = positionAt.get(at);
            String g = group(context(positions, start, start + phrase.length(), by.equals("left")), by.equals("left"), characters);
            long[] e = expected.computeIfAbsent(g, k -> new long[3]);
            e[0]++;
            total++;
            if (inDocument.add(g)) {
              e[1]++;
              e[2] += text.codePointCount(0, text.length());
            }
          }
        }
        String context = characters == 0 ? "word" : Integer.toString(characters);
        JsonNode r = api.get("/api/trend?count=files&by=" + by + "&context=" + context + "&q=" + LocalApi.enc(phrase));
        assertEquals(by, r.get("by").asText());
        assertEquals(context, r.get("context").asText());
        assertEquals(total, r.get("total_occurrences").asLong());
        Map<String, long[]> got = new TreeMap<>();
        List<JsonNode> buckets = all(r.get("buckets"));
        for (JsonNode b : buckets) {
          got.put(b.get("value").asText(), new long[] {b.get("occurrences").asLong(), b.get("documents").asLong(),
              b.get("characters").asLong()});
          assertEquals(b.get("occurrences").asLong() * 1e6 / b.get("characters").asLong(),
              b.get("per_million_characters").asDouble(), 1e-6);
        }
        String what = by + " " + context;
        assertEquals(expected.keySet(), got.keySet(), what);
        expected.forEach((g, e) -> assertEquals(java.util.Arrays.toString(e), java.util.Arrays.toString(got.get(g)),
            what + " '" + g + "': occurrences, documents, characters"));
        assertTrue(got.size() >= 5, what + ": several groups " + got.keySet());
        for (int i = 1; i < buckets.size(); i++) {
          assertTrue(buckets.get(i - 1).get("occurrences").asLong() >= buckets.get(i).get("occurrences").asLong(),
              what + ": the most hits first");
        }
      }
    }
    for (String bad : List.of("by=right&context=17", "by=left&context=sentence", "by=year&context=word", "by=up")) {
      var answer = api.send("/api/trend?q=" + LocalApi.enc(phrase) + "&" + bad);
      assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
    }
  }

  @Test
  void aDispersionPlotPlacesEachHitInItsText() throws Exception {
    String phrase = "创新";
    Map<String, int[]> expected = new TreeMap<>(); // id → length, then each hit's position
    long total = 0;
    for (Doc d : DOCS.values()) {
      String text = d.meta().get("text").asText();
      Map<Integer, int[]> positions = positions(text);
      Map<Integer, Integer> positionAt = new HashMap<>();
      positions.forEach((p, t) -> positionAt.put(t[1], p));
      List<Integer> hits = new ArrayList<>();
      for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
        hits.add(positionAt.get(at));
      }
      if (!hits.isEmpty()) {
        int length = positions.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        int[] e = new int[hits.size() + 1];
        e[0] = length;
        for (int i = 0; i < hits.size(); i++) {
          e[i + 1] = hits.get(i);
        }
        expected.put(d.id(), e);
        total += hits.size();
      }
    }
    JsonNode r = api.get("/api/dispersion?count=files&limit=1000&q=" + LocalApi.enc(phrase));
    assertEquals(total, r.get("total_occurrences").asLong());
    assertEquals(expected.size(), r.get("total_documents").asLong());
    Map<String, int[]> got = new TreeMap<>();
    List<String> order = new ArrayList<>();
    for (JsonNode d : r.get("documents")) {
      int[] g = new int[d.get("positions").size() + 1];
      g[0] = d.get("length").asInt();
      for (int i = 0; i < d.get("positions").size(); i++) {
        g[i + 1] = d.get("positions").get(i).asInt();
      }
      assertEquals(d.get("positions").size(), d.get("occurrences").asInt());
      assertEquals(DOCS.get(d.get("id").asText()).meta().get("title").asText(null), d.get("title").asText(null));
      got.put(d.get("id").asText(), g);
      order.add(d.get("id").asText());
    }
    assertEquals(expected.keySet(), got.keySet());
    expected.forEach((id, e) -> assertEquals(java.util.Arrays.toString(e), java.util.Arrays.toString(got.get(id)),
        id + ": length, then the hits' positions"));
    // the concordance's order of documents, and a page of the most hits first
    List<String> concordance = new ArrayList<>();
    api.get("/api/concordance?count=files&limit=10000&q=" + LocalApi.enc(phrase)).get("lines").forEach(l -> {
      String id = l.get("id").asText();
      if (concordance.isEmpty() || !concordance.get(concordance.size() - 1).equals(id)) {
        concordance.add(id);
      }
    });
    assertEquals(concordance, order);
    JsonNode most = api.get("/api/dispersion?count=files&sort=occurrences&offset=1&limit=3&q=" + LocalApi.enc(phrase));
    List<String> byHits = new ArrayList<>(order);
    byHits.sort((a, b) -> Integer.compare(got.get(b).length, got.get(a).length)); // stable: ties in the concordance's order
    List<String> page = new ArrayList<>();
    most.get("documents").forEach(d -> page.add(d.get("id").asText()));
    assertEquals(byHits.subList(1, 4), page);
    for (String bad : List.of("limit=1001", "sort=length", "offset=-1")) {
      var answer = api.send("/api/dispersion?q=" + LocalApi.enc(phrase) + "&" + bad);
      assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
    }
    assertEquals(400, api.send("/api/dispersion").statusCode(), "a query is needed");
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
    var arf = api.send("/api/frequencies?count=files&format=csv&unit=char&n=2&arf=true&limit=5");
    assertEquals(200, arf.statusCode());
    assertTrue(arf.body().startsWith("\uFEFFword,frequency,per_million,range,dp,arf\r\n"), arf.body().substring(0, 60));
    assertEquals(6, arf.body().lines().count());
  }
}
