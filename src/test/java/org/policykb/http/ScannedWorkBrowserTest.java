package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policykb.ScannedNotice;

/**
 * A notice published as a PDF and as its scan ({@link ScannedNotice}) in Chromium: the hit lists both files,
 * the scan marked OCR; the document view names the work's files; under 每个文件都计 the concordance marks each
 * line read from the scan, and only those.
 */
class ScannedWorkBrowserTest {
  @TempDir static Path work;
  private static LocalServer server;
  private Browser browser;

  @BeforeAll
  static void serve() throws IOException {
    Browser.assumeInstalled();
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    ScannedNotice.write(corpus);
    server = LocalServer.serving(corpus, work.resolve("index"));
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void open(TestInfo info) throws IOException {
    browser = new Browser(work, info.getTestMethod().orElseThrow().getName(), 1280, 900);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private static String q() {
    return URLEncoder.encode(ScannedNotice.PHRASE, StandardCharsets.UTF_8);
  }

  @Test
  void theHitListsBothFilesAndTheScanSaysOcr() throws IOException {
    browser.driver.get(server.page("q=" + q()));
    browser.waitForStatus("共 1 篇文献");
    WebElement members = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hit .members")));
    List<String> files = members.findElements(By.cssSelector("a.member")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("PDF", "PDF（OCR）"), files, "the PDF read from text first, then the scan");
    browser.screenshot("search");

    members.findElements(By.cssSelector("a.member")).get(1).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ocr-notice")));
    WebElement same = browser.driver.findElement(By.xpath("//dl[@class='docmeta']/dt[text()='同一文本']/following-sibling::dd[1]"));
    assertTrue(same.getText().startsWith("2 个文件："), same.getText());
    assertEquals(ScannedNotice.SCAN, same.findElement(By.cssSelector("a.current")).getAttribute("title").replaceAll(".* · ", ""));
    browser.screenshot("document");
  }

  @Test
  void everyConcordanceLineFromTheScanAndOnlyThoseIsMarkedOcr() throws IOException {
    int scan = ScannedNotice.occurrences(server.backend.document(ScannedNotice.SCAN).text());
    int born = ScannedNotice.occurrences(server.backend.document(ScannedNotice.BORN).text());
    browser.driver.get(server.page("view=concordance&count=files&q=" + q()));
    browser.waitForStatus((scan + born) + " 处");
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.kwic tbody tr"));
    long marked = rows.stream().filter(r -> !r.findElements(By.cssSelector(".ocr-mark")).isEmpty()).count();
    assertEquals(scan, marked, "lines marked OCR");
    assertEquals(scan + born, rows.size());
    for (WebElement r : rows) {
      boolean ocr = !r.findElements(By.cssSelector(".ocr-mark")).isEmpty();
      String title = r.findElement(By.cssSelector("td.source")).getAttribute("title");
      assertEquals(ocr, title.contains("OCR 识别"), title);
    }
    browser.screenshot("concordance");
  }
}
