package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policykb.LinkedTexts;

/**
 * {@code /api/docs} in Chromium: Swagger UI, served from the jar under the server's own Content-Security-Policy, lists
 * every route of the API ({@link OpenApiTest#ROUTES}) and shows an operation's parameters as the table states them.
 */
class ApiDocsBrowserTest {
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

  @Test
  void theReferenceListsEveryRouteAndItsParameters(TestInfo test) throws IOException {
    try (Browser browser = new Browser(work, test.getTestMethod().orElseThrow().getName(), 1280, 1400)) {
      browser.driver.get("http://127.0.0.1:" + server.port() + "/api/docs");
      WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
      wait.until(d -> d.findElements(By.cssSelector(".opblock")).size() == OpenApiTest.ROUTES.size());
      Set<String> shown = new TreeSet<>();
      for (WebElement op : browser.driver.findElements(By.cssSelector(".opblock"))) {
        String method = op.findElement(By.cssSelector(".opblock-summary-method")).getText().strip();
        String path = op.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path");
        shown.add(method + " " + path);
      }
      assertEquals(new TreeSet<>(OpenApiTest.ROUTES), shown);
      browser.screenshot("routes");

      // an operation opened: its parameters, the filters among them, with their descriptions
      browser.driver.findElement(By.cssSelector("#operations-graph-graph .opblock-summary-control")).click();
      wait.until(d -> !d.findElements(By.cssSelector("#operations-graph-graph tr[data-param-name]")).isEmpty());
      Set<String> parameters = new TreeSet<>();
      for (WebElement row : browser.driver.findElements(By.cssSelector("#operations-graph-graph tr[data-param-name]"))) {
        parameters.add(row.getAttribute("data-param-name"));
      }
      assertEquals(new TreeSet<>(Set.of("format", "kind", "within", "from", "to", "source", "park", "cites", "issuer",
          "doc_type", "agency_code", "doc_year", "category", "region", "level", "cited_by", "undated", "count")), parameters);
      String region = browser.driver.findElement(By.cssSelector("#operations-graph-graph tr[data-param-name=region]")).getText();
      assertTrue(region.contains("GB/T 2260"), region);
      browser.screenshot("graph");
    }
  }
}
