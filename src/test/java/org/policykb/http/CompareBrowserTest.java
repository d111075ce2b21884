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
 * The 比较 view in Chromium: the keywords of the provinces' documents against the rest, both lists as the API gives
 * them (StatisticsApiTest holds the API to an independent count), each word opening its concordance in the focus.
 */
class CompareBrowserTest {
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
}
