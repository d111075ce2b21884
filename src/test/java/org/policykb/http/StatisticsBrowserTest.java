package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.policykb.LinkedTexts;

/**
 * The 比较 and 分组 views in Chromium: the keywords of the provinces' documents against the rest, both lists as the API
 * gives them, each word opening its concordance in the focus; a phrase's hits grouped by level, sorted by a column,
 * each group opening its concordance (StatisticsApiTest holds the API to an independent count).
 */
class StatisticsBrowserTest {
  @TempDir static Path work;
  static LocalServer server;

  @BeforeAll
  static void serve() throws IOException {
    Browser.assumeInstalled();
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    LinkedTexts.write(corpus);
    server = LocalServer.serving(corpus, work.resolve("index"));
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private static List<String> words(Browser b, int table) {
    List<String> out = new ArrayList<>();
    WebElement t = b.driver.findElements(By.cssSelector(".keyword-table")).get(table);
    t.findElements(By.cssSelector("tbody td.word")).forEach(td -> out.add(td.getText().strip()));
    return out;
  }

  @Test
  void theKeywordsOfASubcorpusAgainstTheRestAndTheirConcordance(TestInfo test) throws Exception {
    String level = java.net.URLEncoder.encode("省", StandardCharsets.UTF_8);
    JsonNode api = new LocalApi(server.port()).get("/api/keywords?count=files&level=" + level
        + "&reference=rest&p=1&min=1&sort=ll&size=50");
    List<String> positive = new ArrayList<>();
    api.get("positive").forEach(i -> positive.add(i.get("word").asText()));
    List<String> negative = new ArrayList<>();
    api.get("negative").forEach(i -> negative.add(i.get("word").asText()));
    assertTrue(!positive.isEmpty() && !negative.isEmpty(), api.toString());
    try (Browser browser = new Browser(work, test.getTestMethod().orElseThrow().getName(), 1400, 1000)) {
      browser.driver.get(server.page("view=compare&count=files&level=" + level + "&p=1&kmin=1"));
      browser.waitForStatus("正关键词");
      assertEquals(positive, words(browser, 0));
      assertEquals(negative, words(browser, 1));
      assertTrue(browser.driver.findElement(By.cssSelector(".keyness .meta")).getText()
          .contains(String.format(java.util.Locale.ROOT, "%,d", api.get("focus").get("tokens").asLong())));
      browser.screenshot("keywords");
      browser.driver.findElements(By.cssSelector(".keyword-table")).get(0).findElement(By.cssSelector("td.word a")).click();
      browser.wait.until(d -> d.getCurrentUrl().contains("view=concordance"));
      String url = URLDecoder.decode(browser.driver.getCurrentUrl(), StandardCharsets.UTF_8);
      assertTrue(url.contains("q=" + positive.get(0)) && url.contains("level=省"), url);
    }
  }

  @Test
  void nGramKeywordsAndTheirFrequencyListChosenInTheView(TestInfo test) throws Exception {
    String level = java.net.URLEncoder.encode("省", StandardCharsets.UTF_8);
    LocalApi local = new LocalApi(server.port());
    JsonNode api = local.get("/api/keywords?count=files&level=" + level + "&reference=rest&p=0.05&min=2&sort=ll&size=50"
        + "&unit=word&n=2");
    List<String> positive = new ArrayList<>();
    api.get("positive").forEach(i -> positive.add(i.get("word").asText()));
    assertTrue(!positive.isEmpty() && positive.get(0).contains(" "), api.toString());
    JsonNode chars = local.get("/api/frequencies?count=files&level=" + level + "&unit=char&n=4&min=2&stop=true&limit=100");
    try (Browser browser = new Browser(work, test.getTestMethod().orElseThrow().getName(), 1400, 1000)) {
      browser.driver.get(server.page("view=compare&count=files&level=" + level + "&p=0.05&kmin=2"));
      browser.waitForStatus("正关键词");
      new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("grams"))).selectByValue("word2");
      browser.wait.until(d -> d.getCurrentUrl().contains("grams=word2"));
      browser.waitForStatus("正关键词");
      browser.wait.until(d -> words(browser, 0).equals(positive));
      assertEquals("二词串", browser.driver.findElements(By.cssSelector(".keyword-table thead th")).get(0).getText().strip());
      browser.screenshot("word-bigram-keywords");
      // an n-gram of words opens the concordance of its characters
      browser.driver.findElements(By.cssSelector(".keyword-table")).get(0).findElement(By.cssSelector("td.word a")).click();
      browser.wait.until(d -> d.getCurrentUrl().contains("view=concordance"));
      String url = URLDecoder.decode(browser.driver.getCurrentUrl(), StandardCharsets.UTF_8);
      assertTrue(url.contains("q=" + positive.get(0).replace(" ", "")) && url.contains("level=省"), url);

      browser.driver.get(server.page("view=compare&count=files&level=" + level + "&grams=char4"));
      browser.waitForStatus("正关键词");
      List<String> listed = new ArrayList<>();
      browser.driver.findElements(By.cssSelector(".frequency-table tbody td.word")).forEach(td -> listed.add(td.getText().strip()));
      List<String> expected = new ArrayList<>();
      chars.get("items").forEach(i -> expected.add(i.get("word").asText()));
      assertEquals(expected, listed, "the focus's four-character strings, as the API lists them");
      assertTrue(browser.driver.findElement(By.cssSelector(".frequency-table caption")).getText().contains("四字串"));
      browser.screenshot("char-4gram-list");
    }
  }

  @Test
  void aNamedSubcorpusIsKeptUsedAsTheReferenceAndCarriedByALink(TestInfo test) throws Exception {
    String province = java.net.URLEncoder.encode("省", StandardCharsets.UTF_8);
    String national = java.net.URLEncoder.encode("国家", StandardCharsets.UTF_8);
    JsonNode api = new LocalApi(server.port()).get("/api/keywords?count=files&level=" + national + "&ref_level=" + province
        + "&ref_count=files&reference=subcorpus&p=0.05&min=1&sort=ll&size=50");
    List<String> positive = new ArrayList<>();
    api.get("positive").forEach(i -> positive.add(i.get("word").asText()));
    assertTrue(!positive.isEmpty(), api.toString());
    String link;
    try (Browser browser = new Browser(work, test.getTestMethod().orElseThrow().getName(), 1400, 1000)) {
      browser.driver.get(server.page("view=compare&count=files&kmin=1&level=" + province));
      browser.waitForStatus("正关键词");
      browser.driver.findElement(By.id("sc-name")).sendKeys("省级文件");
      browser.driver.findElement(By.id("sc-save")).click();
      browser.wait.until(d -> URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).contains("sc=省级文件|"));
      browser.waitForStatus("正关键词");
      assertEquals("省级文件", new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("focus")))
          .getFirstSelectedOption().getText(), "the filters in force are the subcorpus just named");
      // another focus, compared with the named one
      browser.driver.get(server.page("view=compare&count=files&kmin=1&level=" + national));
      browser.waitForStatus("正关键词");
      new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("reference"))).selectByValue("sub:省级文件");
      browser.wait.until(d -> URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).contains("reference=sub:省级文件"));
      browser.waitForStatus("正关键词");
      browser.wait.until(d -> words(browser, 0).equals(positive));
      assertTrue(browser.driver.findElement(By.cssSelector(".keyness .meta")).getText().contains("参照：子语料“省级文件”"));
      link = browser.driver.getCurrentUrl();
      String decoded = URLDecoder.decode(link, StandardCharsets.UTF_8);
      assertTrue(decoded.contains("sc=省级文件|") && decoded.contains("gen="), decoded);
      browser.screenshot("named-subcorpus");
    }
    // a browser that never saw it: the link alone names the reference
    try (Browser other = new Browser(work, test.getTestMethod().orElseThrow().getName() + "-elsewhere", 1400, 1000)) {
      other.driver.get(link);
      other.waitForStatus("正关键词");
      other.wait.until(d -> words(other, 0).equals(positive));
      assertTrue(other.driver.findElements(By.cssSelector(".keyness .warning")).isEmpty(), "the same generation: no warning");
      other.driver.get(link.replaceAll("gen=[^&]+", "gen=20000101-000000-000"));
      other.waitForStatus("正关键词");
      assertTrue(other.driver.findElement(By.cssSelector(".keyness .warning")).getText().contains("20000101-000000-000"));
    }
  }

  @Test
  void aPhrasesHitsGroupedByAFacetSortedAndEachGroupsConcordance(TestInfo test) throws Exception {
    String q = java.net.URLEncoder.encode("人民政府", StandardCharsets.UTF_8);
    JsonNode api = new LocalApi(server.port()).get("/api/trend?count=files&by=level&q=" + q);
    List<String> values = new ArrayList<>();
    List<Long> occurrences = new ArrayList<>(); // the groups with a value; the documents without one are listed last
    long[] unvalued = {-1};
    api.get("buckets").forEach(b -> {
      values.add(b.get("value").isNull() ? "未注明" : b.get("value").asText());
      if (b.get("value").isNull()) {
        unvalued[0] = b.get("occurrences").asLong();
      } else {
        occurrences.add(b.get("occurrences").asLong());
      }
    });
    assertTrue(values.size() >= 3, values.toString());
    try (Browser browser = new Browser(work, test.getTestMethod().orElseThrow().getName(), 1200, 900)) {
      browser.driver.get(server.page("view=groups&count=files&gby=level&q=" + q));
      browser.waitForStatus("按发文层级分为");
      assertEquals(values, cells(browser, "td.value"), "the groups in the server's order");
      browser.driver.findElement(By.id("gsort-occurrences")).click();
      browser.wait.until(d -> d.getCurrentUrl().contains("gsort=occurrences"));
      browser.waitForStatus("按发文层级分为");
      List<Long> shown = cells(browser, "td.num:nth-of-type(2)").stream().map(t -> Long.parseLong(t.replace(",", ""))).toList();
      List<Long> expected = new ArrayList<>(occurrences);
      expected.sort(java.util.Comparator.reverseOrder());
      if (unvalued[0] >= 0) {
        expected.add(unvalued[0]);
      }
      assertEquals(expected, shown, "by occurrences, the most first");
      browser.screenshot("groups");
      WebElement first = browser.driver.findElement(By.cssSelector(".group-table td.value a"));
      String value = first.getText();
      first.click();
      browser.wait.until(d -> d.getCurrentUrl().contains("view=concordance"));
      String url = URLDecoder.decode(browser.driver.getCurrentUrl(), StandardCharsets.UTF_8);
      assertTrue(url.contains("level=" + value) && url.contains("q=人民政府"), url);
    }
  }

  @Test
  void aPhrasesHitsGroupedByTheWordAfterThemAndAGroupsConcordance(TestInfo test) throws Exception {
    String q = java.net.URLEncoder.encode("的", StandardCharsets.UTF_8);
    LocalApi local = new LocalApi(server.port());
    JsonNode api = local.get("/api/trend?count=files&by=right&context=word&q=" + q);
    List<String> values = new ArrayList<>();
    api.get("buckets").forEach(b -> values.add(b.get("value").asText().isEmpty() ? "（段末或全文结尾）" : b.get("value").asText()));
    assertTrue(values.size() >= 5, values.toString());
    try (Browser browser = new Browser(work, test.getTestMethod().orElseThrow().getName(), 1200, 900)) {
      browser.driver.get(server.page("view=groups&count=files&gby=right&q=" + q));
      browser.waitForStatus("按右侧相邻的词分为");
      assertEquals(values, cells(browser, "td.value"), "the groups in the server's order");
      assertEquals(4, browser.driver.findElements(By.cssSelector(".group-table thead th.num")).size(),
          "a context group's documents are all matching: no column of all documents");
      browser.screenshot("groups-by-the-word-after");
      // a group opens the concordance of the phrase with its context, whose hits include the group's
      WebElement link = browser.driver.findElements(By.cssSelector(".group-table td.value a")).stream()
          .filter(a -> a.getText().codePoints().allMatch(Character::isLetterOrDigit)).findFirst().orElseThrow();
      String value = link.getText();
      long occurrences = api.get("buckets").valueStream().filter(b -> b.get("value").asText().equals(value)).findFirst()
          .orElseThrow().get("occurrences").asLong();
      link.click();
      browser.wait.until(d -> d.getCurrentUrl().contains("view=concordance"));
      String url = URLDecoder.decode(browser.driver.getCurrentUrl(), StandardCharsets.UTF_8);
      assertTrue(url.contains("q=的" + value), url);
      JsonNode lines = local.get("/api/concordance?count=files&limit=1&q=" + java.net.URLEncoder.encode("的" + value,
          StandardCharsets.UTF_8));
      assertTrue(lines.get("total_occurrences").asLong() >= occurrences, lines.get("total_occurrences") + " ≥ " + occurrences);

      // three characters before
      browser.driver.get(server.page("view=groups&count=files&gby=left&gctx=3&q=" + q));
      browser.waitForStatus("按左侧相邻 3 个字分为");
      List<String> left = new ArrayList<>();
      local.get("/api/trend?count=files&by=left&context=3&q=" + q).get("buckets")
          .forEach(b -> left.add(b.get("value").asText().isEmpty() ? "（段首或全文开头）" : b.get("value").asText()));
      assertEquals(left, cells(browser, "td.value"));
    }
  }

  @Test
  void aDispersionPlotMarksEachHitInItsDocumentsRow(TestInfo test) throws Exception {
    String q = java.net.URLEncoder.encode("创新", StandardCharsets.UTF_8);
    JsonNode api = new LocalApi(server.port()).get("/api/dispersion?count=files&sort=occurrences&limit=50&q=" + q);
    assertTrue(api.get("documents").size() >= 3, api.toString());
    try (Browser browser = new Browser(work, test.getTestMethod().orElseThrow().getName(), 1200, 900)) {
      browser.driver.get(server.page("view=dispersion&count=files&dsort=occurrences&q=" + q));
      browser.waitForStatus("篇文献");
      List<WebElement> rows = browser.driver.findElements(By.cssSelector(".dispersion-table tbody tr"));
      assertEquals(api.get("documents").size(), rows.size());
      for (int i = 0; i < rows.size(); i++) {
        JsonNode d = api.get("documents").get(i);
        WebElement row = rows.get(i);
        assertEquals(d.get("occurrences").asInt(), row.findElements(By.cssSelector("svg.strip rect.hit")).size(),
            d.get("id").asText() + ": a mark per hit");
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", d.get("occurrences").asInt()),
            row.findElement(By.cssSelector("td.num")).getText().strip());
      }
      // the first hit of the first row is where its position says, along the strip
      JsonNode first = api.get("documents").get(0);
      WebElement mark = rows.get(0).findElement(By.cssSelector("svg.strip rect.hit"));
      double x = Double.parseDouble(mark.getAttribute("x"));
      assertEquals(1000.0 * first.get("positions").get(0).asInt() / first.get("length").asInt(), x, 0.1);
      browser.screenshot("dispersion");
      // a mark opens its document at that hit
      if (first.get("occurrences").asInt() >= 2) {
        rows.get(0).findElements(By.cssSelector("svg.strip a")).get(1).click();
        browser.wait.until(d -> d.findElements(By.cssSelector(".counter")).stream()
            .anyMatch(c -> c.getText().strip().equals("2 / " + first.get("occurrences").asInt())));
        String opened = URLDecoder.decode(browser.driver.getCurrentUrl(), StandardCharsets.UTF_8);
        assertTrue(opened.contains("id=" + first.get("id").asText()) && opened.contains("at=") && !opened.contains("hit="),
            opened);
        browser.driver.navigate().back();
        browser.waitForStatus("篇文献");
        rows = browser.driver.findElements(By.cssSelector(".dispersion-table tbody tr"));
      }
      rows.get(0).findElement(By.cssSelector("td.title a")).click();
      browser.wait.until(d -> URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).contains("id=" + first.get("id").asText()));
      String url = URLDecoder.decode(browser.driver.getCurrentUrl(), StandardCharsets.UTF_8);
      assertTrue(url.contains("q=创新"), url);
    }
  }

  private static List<String> cells(Browser b, String css) {
    List<String> out = new ArrayList<>();
    b.driver.findElements(By.cssSelector(".group-table tbody " + css)).forEach(td -> out.add(td.getText().strip()));
    return out;
  }
}
