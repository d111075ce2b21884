package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykb.LiveWords;

/**
 * Collocates and the concordance lines of a collocate over real HTTP on the real-data-shaped fixture
 * ({@link WorkbenchFixture}): counts from {@link CollocateOracle}, frequencies from the texts as written,
 * each statistic from its formula over the answer's figures.
 */
class CollocatesApiTest {
  private static final String PHRASE = WorkbenchFixture.PHRASE;
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path work;
  private static LocalServer server;
  private static LocalApi api;

  @BeforeAll
  static void start() throws IOException {
    server = WorkbenchFixture.serve(work);
    api = new LocalApi(server.port());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static JsonNode collocates(String params) throws Exception {
    return api.get("/api/collocates?q=" + LocalApi.enc(PHRASE) + "&size=1000&" + params);
  }

  private static List<String> words(JsonNode r) {
    List<String> out = new ArrayList<>();
    r.get("collocates").forEach(c -> out.add(c.get("word").asText()));
    return out;
  }

  @Test
  void everyWordIsCountedAsTheOracleSegmentsTheWindows() throws Exception {
    for (String side : List.of("both", "left", "right")) {
      for (int span : List.of(2, 5)) {
        JsonNode r = collocates("min=1&stop=false&span=" + span + "&side=" + side);
        assertEquals(WorkbenchFixture.total(PHRASE), r.get("occurrences").asLong());
        Map<String, CollocateOracle.Counts> expected = CollocateOracle.of(PHRASE, span, side, false);
        assertFalse(r.get("collocates").isEmpty());
        for (JsonNode c : r.get("collocates")) {
          CollocateOracle.Counts e = expected.get(c.get("word").asText());
          String where = c.get("word").asText() + " span " + span + " " + side;
          assertEquals(e.left, c.get("left").asLong(), where);
          assertEquals(e.right, c.get("right").asLong(), where);
          assertEquals(e.count(), c.get("count").asLong(), where);
          assertEquals(e.lines, c.get("lines").asLong(), where);
        }
        long windowWords = expected.values().stream().mapToLong(CollocateOracle.Counts::count).sum();
        assertEquals(windowWords, r.get("window_words").asLong(), "every word of every window, span " + span + " " + side);
      }
    }
  }

  @Test
  void theStopListLeavesOutFunctionWordsAndChangesNothingElse() throws Exception {
    JsonNode off = collocates("min=2&stop=false");
    JsonNode on = collocates("min=2");
    assertTrue(on.get("stop").asBoolean(), "the stop list is on by default");
    assertTrue(words(off).containsAll(List.of("和", "是")), "function words near the phrase: " + words(off));
    Map<String, CollocateOracle.Counts> expected = CollocateOracle.of(PHRASE, 5, "both", false);
    assertEquals(expected.get("和").count(), off.get("collocates").get(words(off).indexOf("和")).get("count").asLong());
    // the function words near the phrase: particles 的 and 了, the conjunction 和, the copula 是, the prepositions
    // 以 and 向; 要, a modal verb, is not on the list
    assertEquals(words(off).contains("要"), words(on).contains("要"), "要 is not on the stop list");
    List<String> expectedOn = new ArrayList<>(words(off));
    expectedOn.removeAll(List.of("的", "了", "和", "是", "以", "向"));
    assertEquals(expectedOn, words(on), "the same words in the same order, less the function words");
    for (int i = 0; i < on.get("collocates").size(); i++) {
      JsonNode c = on.get("collocates").get(i);
      JsonNode same = off.get("collocates").get(words(off).indexOf(c.get("word").asText()));
      assertEquals(same, c, "a word's figures do not depend on the stop list");
    }
  }

  @Test
  void nGramsShowSetPhrasesWholeAndLeaveOutTheFragmentsOnlyFoundInsideThem() throws Exception {
    JsonNode r = collocates("unit=ngram&min=2");
    assertEquals("ngram", r.get("unit").asText());
    List<String> listed = words(r);
    assertTrue(listed.contains("四项基本原则"), listed.toString());
    assertTrue(listed.contains("供给侧"), listed.toString());
    Map<String, CollocateOracle.Counts> expected = CollocateOracle.of(PHRASE, 5, "both", true);
    JsonNode whole = r.get("collocates").get(listed.indexOf("四项基本原则"));
    assertEquals(expected.get("四项基本原则").count(), whole.get("count").asLong());
    assertEquals(expected.get("四项基本原则").lines, whole.get("lines").asLong());
    assertEquals(WorkbenchFixture.total("四项基本原则"), whole.get("corpus_frequency").asLong(),
        "an n-gram's frequency is its occurrences in the whole collection");
    assertEquals(expected.get("供给侧").count(), r.get("collocates").get(listed.indexOf("供给侧")).get("count").asLong());
    // fragments found near the phrase only inside the whole are left out; 供给侧 also stands in 供给侧改革
    for (String fragment : List.of("四项", "四项基本", "基本原则", "项基本原则", "四项基本原")) {
      assertFalse(listed.contains(fragment), fragment + " in " + listed);
      if (expected.containsKey(fragment)) {
        assertEquals(expected.get("四项基本原则").count(), expected.get(fragment).count(), fragment + " only inside the whole");
      }
    }
    assertTrue(expected.get("供给侧").count() > expected.get("供给侧结构性").count());
    // an n-gram is as near as its nearest word: two words left of the phrase (原则, 坚持) reach 四项基本原则 whole
    List<String> near = words(collocates("unit=ngram&min=2&span=2&side=left"));
    assertTrue(near.contains("四项基本原则"), near.toString());
    assertFalse(near.contains("基本原则") || near.contains("项基本原则"), near.toString());
    assertEquals(expected.get("四项基本原则").count(), CollocateOracle.of(PHRASE, 2, "left", true).get("四项基本原则").count());
    listed.forEach(w -> assertTrue(w.codePointCount(0, w.length()) >= 2 && w.codePointCount(0, w.length()) <= 6, w));
    // with the stop list on, no n-gram begins or ends with a function word
    Map<String, CollocateOracle.Counts> all = CollocateOracle.of(PHRASE, 5, "both", true);
    for (String edged : List.of("和社会主义", "建设是", "以供给侧", "以供给侧改革", "取得的")) {
      assertTrue(all.get(edged).count() >= 2, edged + " is near the phrase");
      assertFalse(listed.contains(edged), edged + " in " + listed);
    }
    JsonNode off = collocates("unit=ngram&min=2&stop=false");
    assertTrue(words(off).contains("和社会主义"), "without the stop list: " + words(off));
  }

  @ParameterizedTest
  @CsvSource({"ll", "mi", "logdice", "t"})
  void eachStatisticIsItsFormulaOverTheAnswersFigures(String stat) throws Exception {
    JsonNode r = collocates("stat=" + stat + "&min=2&stop=false");
    assertEquals(stat, r.get("stat").asText());
    double n = r.get("corpus_words").asDouble();
    double w = r.get("window_words").asDouble();
    double fx = r.get("occurrences").asDouble();
    LiveWords live = LiveWords.of(texts());
    assertEquals(live.total(), r.get("corpus_words").asLong(), "N: every word of the collection");
    double previous = Double.MAX_VALUE;
    for (JsonNode c : r.get("collocates")) {
      double o = c.get("count").asDouble();
      double fy = c.get("corpus_frequency").asDouble();
      assertEquals(Math.max(o, live.of(c.get("word").asText())), fy, c.toString());
      double e = fy * w / n;
      assertEquals(e, c.get("expected").asDouble(), 1e-9 * e);
      double expected = switch (stat) {
        case "mi" -> Math.log(o / e) / Math.log(2);
        case "logdice" -> 14 + Math.log(2 * o / (fx + fy)) / Math.log(2);
        case "t" -> (o - e) / Math.sqrt(o);
        default -> g2(o, w - o, fy - o, n - w - (fy - o));
      };
      assertEquals(expected, c.get("score").asDouble(), 1e-9 * Math.max(1, Math.abs(expected)), stat + " of " + c);
      assertTrue(o > e, "only words found more often than expected");
      assertTrue(c.get("score").asDouble() <= previous, "ranked by " + stat);
      previous = c.get("score").asDouble();
    }
  }

  /** The cleaned texts the server serves (every fixture document holds the phrase), as the index's words are read from. */
  private static List<String> texts() throws Exception {
    JsonNode hits = api.get("/api/search?size=100&q=" + LocalApi.enc(PHRASE)).get("hits");
    assertEquals(WorkbenchFixture.DOCS.size(), hits.size());
    List<String> out = new ArrayList<>();
    for (JsonNode h : hits) {
      out.add(api.get("/api/documents/" + LocalApi.enc(h.get("id").asText())).get("text").asText());
    }
    return out;
  }

  /** Dunning's G² over a 2×2 table, written out cell by cell: 2 Σ O ln(O/E). */
  private static double g2(double k11, double k12, double k21, double k22) {
    double total = k11 + k12 + k21 + k22;
    double[][] o = {{k11, k12}, {k21, k22}};
    double sum = 0;
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        double e = (o[i][0] + o[i][1]) * (o[0][j] + o[1][j]) / total;
        sum += o[i][j] == 0 ? 0 : o[i][j] * Math.log(o[i][j] / e);
      }
    }
    return 2 * sum;
  }

  @Test
  void aCollocatesLinesAreTheTotalOfItsConcordanceInPagesAndExports() throws Exception {
    for (String params : List.of("span=5&side=both&unit=word", "span=2&side=left&unit=word", "span=3&side=right&unit=word",
        "span=5&side=both&unit=ngram", "span=2&side=left&unit=ngram", "span=1&side=right&unit=ngram")) {
      JsonNode r = collocates("min=2&stop=false&" + params);
      boolean ngrams = params.endsWith("ngram");
      String side = params.split("side=")[1].split("&")[0];
      int span = Integer.parseInt(params.split("span=")[1].split("&")[0]);
      Map<String, CollocateOracle.Counts> expected = CollocateOracle.of(PHRASE, span, side, ngrams);
      for (JsonNode c : r.get("collocates")) {
        String word = c.get("word").asText();
        String query = "/api/concordance?q=" + LocalApi.enc(PHRASE) + "&collocate=" + LocalApi.enc(word) + "&" + params;
        JsonNode lines = api.get(query + "&limit=1000");
        assertEquals(c.get("lines").asLong(), lines.get("total_occurrences").asLong(), word + " " + params);
        assertEquals(expected.get(word).lines, lines.get("total_occurrences").asLong(), word + " " + params + " (oracle)");
        assertEquals(word, lines.get("collocate").get("word").asText());
        assertEquals(lines.get("total_occurrences").asInt(), lines.get("lines").size());
        for (JsonNode line : lines.get("lines")) {
          String context = (side.equals("right") ? "" : line.get("left").asText())
              + (side.equals("left") ? "" : line.get("right").asText());
          assertTrue(context.contains(word), word + " near every line: " + line);
        }
        assertEquals(lines.get("total_occurrences"), api.get(query + "&sort=left").get("total_occurrences"));
        HttpResponse<String> csv = api.send(query + "&format=csv");
        assertEquals(200, csv.statusCode());
        try (CSVParser records = CSVParser.parse(new StringReader(csv.body().substring(1)), CSVFormat.RFC4180)) {
          assertEquals(c.get("lines").asLong() + 1, records.getRecords().size(), word + ": the header and one record per line");
        }
      }
    }
  }

  @Test
  void aCollocateNeverFoundNearThePhraseHasNoLines() throws Exception {
    JsonNode none = api.get("/api/concordance?q=" + LocalApi.enc(PHRASE) + "&collocate=" + LocalApi.enc("民生"));
    assertEquals(0, none.get("total_occurrences").asLong(), "民生 is in the texts, never within 5 words of the phrase");
    assertEquals(0, none.get("total_documents").asLong());
    JsonNode all = api.get("/api/concordance?q=" + LocalApi.enc(PHRASE) + "&span=3&side=left");
    assertEquals(WorkbenchFixture.total(PHRASE), all.get("total_occurrences").asLong(), "span and side alone filter nothing");
    assertTrue(all.get("collocate").isNull());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "/api/collocates?q=x&stat=chi2|stat",
    "/api/collocates?q=x&stop=maybe|stop",
    "/api/collocates?q=x&unit=char|unit",
    "/api/concordance?q=x&collocate=|collocate",
    "/api/concordance?q=x&collocate=y&span=0|span",
    "/api/concordance?q=x&collocate=y&side=up|side",
    "/api/concordance?q=x&collocate=y&unit=char|unit",
  })
  void badCollocateParametersAreA400ThatNamesThem(String pathAndQuery, String named) throws Exception {
    HttpResponse<String> r = api.send(pathAndQuery);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(JSON.readTree(r.body()).get("message").asText().contains(named), r.body());
  }
}
