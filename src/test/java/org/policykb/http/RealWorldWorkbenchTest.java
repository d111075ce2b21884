package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.policykb.TestCorpus;

/**
 * Every view of the workbench on the real-world documents of {@code ../shared/realworld} (skipped
 * when they are not there), at a desktop's and a phone's width: each view answers without an error
 * and without sideways scrolling, and its screenshot is saved under {@code target/screenshots/}
 * for a person to look at.
 */
class RealWorldWorkbenchTest {
  @TempDir static Path work;
  private static LocalServer server;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isDirectory(TestCorpus.REALWORLD), "../shared/realworld is not here");
    Browser.assumeInstalled();
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    TestCorpus.copySeedsAndRealWorld(corpus);
    server = LocalServer.serving(corpus, work.resolve("index"));
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyViewAnswersOnRealDocumentsAtDesktopAndPhoneWidths() throws IOException {
    String q = URLEncoder.encode("改革开放", StandardCharsets.UTF_8);
    String base = server.page("");
    Map<String, String> views = new LinkedHashMap<>();
    views.put("search", base + "q=" + q);
    views.put("search-oldest", base + "q=" + q + "&sort=date_asc&from=1978&to=1998");
    views.put("concordance", base + "view=concordance&q=" + q + "&csort=left");
    views.put("trend", base + "view=trend&q=" + q + "&cmp=" + URLEncoder.encode("阶级斗争", StandardCharsets.UTF_8));
    views.put("collocates", base + "view=collocates&q=" + q);
    for (int width : new int[] {1400, 400}) {
      try (Browser browser = new Browser(work, "realWorld", width, 1000)) {
        for (Map.Entry<String, String> view : views.entrySet()) {
          browser.driver.get(view.getValue());
          browser.wait.until(d -> d.findElement(By.tagName("main")).getDomAttribute("aria-busy") == null
              && !d.findElement(By.id("status")).getText().isEmpty());
          assertEquals(0, browser.driver.findElements(By.cssSelector("main .error")).size(),
              view.getKey() + ": " + browser.driver.findElement(By.id("status")).getText());
          Long overflow = (Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
          assertTrue(overflow <= 0, view.getKey() + " at " + width + " px scrolls sideways by " + overflow);
          browser.screenshot(view.getKey() + "-" + width);
        }
        // a document, opened from the search
        browser.driver.get(views.get("search"));
        browser.wait.until(d -> !d.findElements(By.cssSelector("ol.hits > li h2 a")).isEmpty());
        browser.driver.findElement(By.cssSelector("ol.hits > li h2 a")).click();
        browser.wait.until(d -> !d.findElements(By.cssSelector("mark.current")).isEmpty());
        browser.screenshot("document-" + width);
      }
    }
  }
}
