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

  private static List<String> cells(Browser b, String css) {
    List<String> out = new ArrayList<>();
    b.driver.findElements(By.cssSelector(".group-table tbody " + css)).forEach(td -> out.add(td.getText().strip()));
    return out;
  }
}
