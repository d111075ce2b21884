package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchRequest;

/**
 * The web workbench in Debian's real Chromium, driven by Selenium against a server on a free port
 * over the shipped corpus (and a corpus of hostile files). Skipped with a message when no Chromium is
 * installed, except under CI=true, where a missing browser fails. Screenshots go to
 * {@code target/screenshots/}.
 */
class WorkbenchBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** A query the test backend holds back, to race a second query past it. */
  static final String HELD = "国家高新区";

  @TempDir static Path work;
  private static LuceneSearchBackend backend;
  private static ApiServer server;
  private static LuceneSearchBackend hostileBackend;
  private static ApiServer hostileServer;
  private static volatile long holdMillis;
  private WebDriver browser;
  private WebDriverWait wait;
  private String name;

  @BeforeAll
  static void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but Chromium is missing: .ci/run installs chromium and chromium-driver");
    }
    assumeTrue(installed, "no Chromium: apt-get install -y chromium chromium-driver fonts-noto-cjk to run the browser tests");
    Path seeds = work.resolve("seeds-index");
    TestCorpus.buildIndex(TestCorpus.SEEDS, seeds);
    backend = new LuceneSearchBackend(seeds);
    server = ApiServer.start(holdingBack(backend), "127.0.0.1", 0);
    Path hostile = Files.createDirectories(work.resolve("hostile"));
    Files.writeString(hostile.resolve("xss1.md"), """
        ---
        title: "<script>window.__xss=1</script>双高协同<img src=x onerror=window.__xss=2>"
        author: "<img src=x onerror=alert(5)>"
        url: "javascript:window.__xss=6"
        source: "<svg onload=window.__xss=3>"
        date: 2024-05-01
        ---
        双高协同的正文<script>window.__xss=4</script>，<img src=x onerror="window.__xss=7">和 <svg onload="window.__xss=8">。

        第二段 双高协同 <a href="javascript:window.__xss=9">链接</a>
        """, StandardCharsets.UTF_8);
    Path hostileIndex = work.resolve("hostile-index");
    TestCorpus.buildIndex(hostile, hostileIndex);
    hostileBackend = new LuceneSearchBackend(hostileIndex);
    hostileServer = ApiServer.start(hostileBackend, "127.0.0.1", 0);
  }

  /** The backend, but a search for {@link #HELD} answers only after {@link #holdMillis}. */
  private static SearchBackend holdingBack(SearchBackend real) {
    return (SearchBackend) Proxy.newProxyInstance(SearchBackend.class.getClassLoader(), new Class<?>[] {SearchBackend.class},
        (proxy, method, args) -> {
          if (method.getName().equals("search") && ((SearchRequest) args[0]).q().equals(HELD) && holdMillis > 0) {
            Thread.sleep(holdMillis);
          }
          try {
            return method.invoke(real, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
      backend.close();
      hostileServer.close();
      hostileBackend.close();
    }
  }

  @BeforeEach
  void open(TestInfo info) throws IOException {
    name = info.getTestMethod().orElseThrow().getName();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory(work, "chrome"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    holdMillis = 0;
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private void screenshot(String view) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(dir.resolve(name + "-" + view + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private void search(String q) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(q, Keys.ENTER);
  }

  private List<WebElement> hits() {
    return browser.findElements(By.cssSelector("ol.hits > li"));
  }

  private void waitForStatus(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
  }

  @Test
  void searchShowsTheTwoDocumentsWithTheirOccurrencesAndTheUrlHoldsTheQuery() throws IOException {
    browser.get(base() + "/");
    search("双高协同");
    waitForStatus("共 2 篇文献");
    List<WebElement> hits = hits();
    assertEquals(2, hits.size());
    assertTrue(hits.get(0).getText().contains("6 处"), hits.get(0).getText());
    assertTrue(hits.get(1).getText().contains("1 处"), hits.get(1).getText());
    assertEquals(4, browser.findElements(By.cssSelector("ol.hits mark")).size(), "three passages of 004 and one of 000");
    assertTrue(browser.getCurrentUrl().contains("q=%E5%8F%8C%E9%AB%98%E5%8D%8F%E5%90%8C"), browser.getCurrentUrl());
    screenshot("search");
    // a shared URL reproduces the view
    browser.get(base() + "/?q=%E5%8F%8C%E9%AB%98%E5%8D%8F%E5%90%8C");
    waitForStatus("共 2 篇文献");
    assertEquals(2, hits().size());
    assertEquals("双高协同", browser.findElement(By.id("q")).getDomProperty("value"));
  }

  @Test
  void theDocumentViewStepsThroughEveryOccurrenceAndBackReturnsToTheResults() throws IOException {
    browser.get(base() + "/?q=%E5%8F%8C%E9%AB%98%E5%8D%8F%E5%90%8C");
    waitForStatus("共 2 篇文献");
    browser.findElement(By.cssSelector("ol.hits > li a")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("counter"), "1 / 6"));
    assertTrue(browser.getCurrentUrl().contains("id=" + TestCorpus.ID_004), browser.getCurrentUrl());
    assertEquals(6, browser.findElements(By.cssSelector(".text mark")).size());
    assertTrue(browser.findElement(By.className("docmeta")).getText().contains(TestCorpus.ID_004));
    assertTrue(browser.findElement(By.className("docmeta")).getText().contains("gen-"));
    screenshot("document");
    WebElement next = browser.findElement(By.cssSelector(".toolbar button[aria-label^='下一处']"));
    for (int i = 2; i <= 6; i++) {
      next.click();
      assertEquals(i + " / 6", browser.findElement(By.className("counter")).getText());
      assertEquals("occ-" + i, browser.findElement(By.cssSelector("mark.current")).getDomAttribute("id"));
    }
    next.click();
    assertEquals("1 / 6", browser.findElement(By.className("counter")).getText(), "wraps around");
    new org.openqa.selenium.interactions.Actions(browser).sendKeys("p").perform();
    assertEquals("6 / 6", browser.findElement(By.className("counter")).getText(), "the p key steps back");
    // reload keeps the document; Back returns to the results
    browser.navigate().refresh();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("counter"), "/ 6"));
    browser.navigate().back();
    waitForStatus("共 2 篇文献");
    assertEquals(2, hits().size());
    assertEquals("双高协同", browser.findElement(By.id("q")).getDomProperty("value"));
  }

  @Test
  void aSlowerEarlierAnswerNeverReplacesTheNewerQuery() throws IOException {
    browser.get(base() + "/");
    holdMillis = 2500;
    search(HELD);
    search("双高协同");
    waitForStatus("共 2 篇文献");
    // wait until the held answer has certainly arrived, then check it was not shown
    try {
      Thread.sleep(3500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertEquals(2, hits().size());
    assertTrue(browser.findElement(By.id("status")).getText().contains("共 2 篇文献"));
    assertEquals("双高协同", browser.findElement(By.id("q")).getDomProperty("value"));
  }

  @Test
  void errorsAreInChineseAndReplaceTheStaleResults() throws IOException {
    browser.get(base() + "/?q=%E5%8F%8C%E9%AB%98%E5%8D%8F%E5%90%8C");
    waitForStatus("共 2 篇文献");
    search("\"双高");
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .error")));
    assertTrue(error.getText().startsWith("检索式「\"双高」有误") && error.getText().contains("引号"), error.getText());
    assertEquals(0, hits().size(), "the previous results are gone");
    screenshot("error");
  }

  @Test
  void aFacetNarrowsTheResultsAndShowsARemovableChip() throws IOException {
    browser.get(base() + "/?q=%E5%9B%BD%E5%AE%B6%E9%AB%98%E6%96%B0%E5%8C%BA");
    waitForStatus("共 5 篇文献");
    browser.findElement(By.xpath("//aside[@class='facets']//a[span[text()='群众']]")).click();
    waitForStatus("共 1 篇文献");
    assertEquals(1, hits().size());
    WebElement chip = browser.findElement(By.cssSelector(".chips li"));
    assertTrue(chip.getText().contains("群众"), chip.getText());
    assertTrue(browser.getCurrentUrl().contains("source="), browser.getCurrentUrl());
    screenshot("facet");
    chip.findElement(By.tagName("button")).click();
    waitForStatus("共 5 篇文献");
  }

  @Test
  void theConcordanceAlignsItsSevenLinesAndItsCsvHoldsThemAll() throws Exception {
    browser.get(base() + "/?view=concordance&q=%E5%8F%8C%E9%AB%98%E5%8D%8F%E5%90%8C");
    waitForStatus("7 处");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.kwic tbody tr"));
    assertEquals(7, rows.size());
    // the left context is pushed against the match by the layout (its far end is cut), the right one starts at it
    for (WebElement row : rows) {
      assertEquals("flex-end", row.findElement(By.cssSelector(".left .ctx")).getCssValue("justify-content"));
      assertEquals("center", row.findElement(By.className("match")).getCssValue("text-align"));
      assertEquals("left", row.findElement(By.className("right")).getCssValue("text-align"));
    }
    screenshot("concordance");
    String href = browser.findElement(By.id("csv")).getDomProperty("href");
    HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, csv.statusCode());
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.body().substring(1)),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertEquals(7, parser.getRecords().size());
    }
    // a line opens its place in the document
    rows.get(2).findElement(By.cssSelector(".match a")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("counter"), "/ 6"));
    assertEquals("2 / 6", browser.findElement(By.className("counter")).getText());
  }

  @Test
  void theTrendChartSpansEveryYearFromTheFirstToTheLastAndStatesTheUndated() throws IOException {
    browser.get(base() + "/?view=trend&q=%E5%9B%BD%E5%AE%B6%E9%AB%98%E6%96%B0%E5%8C%BA");
    waitForStatus("国家高新区 103 次");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart rect.bar")));
    List<WebElement> bars = browser.findElements(By.cssSelector("#trend-chart rect.bar"));
    assertEquals(List.of("2022", "2025"), bars.stream().map(b -> b.getDomAttribute("data-year")).toList());
    WebElement gap = browser.findElement(By.cssSelector("#trend-chart rect.gap"));
    assertEquals("2023", gap.getDomAttribute("data-from"), "2023 and 2024 have no document: a gap, not left out");
    assertEquals("2024", gap.getDomAttribute("data-to"));
    assertTrue(browser.findElement(By.className("trend-undated")).getText().contains("另有 91 次出现在未注明日期的文献中（3 篇）"));
    // the chart is one tab stop: focused, it selects the first year; End selects the last
    ((JavascriptExecutor) browser).executeScript("document.getElementById('trend-chart').focus()");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trend-readout"), "国家高新区 7 次"));
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.END).perform();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trend-readout"), "国家高新区 5 次"));
    assertTrue(browser.findElement(By.id("trend-readout")).getText().startsWith("2025年"));
    screenshot("trend");
    browser.get(base() + "/?view=collocates&q=%E5%9B%BD%E5%AE%B6%E9%AB%98%E6%96%B0%E5%8C%BA");
    waitForStatus("103 处");
    assertTrue(browser.findElements(By.cssSelector(".collocates tbody tr")).size() > 0);
    screenshot("collocates");
  }

  @Test
  void hostileTitlesBodiesAuthorsAndUrlsRenderAsTextWithNoScriptAndNoLink() throws IOException {
    String hostile = "http://127.0.0.1:" + hostileServer.port();
    browser.get(hostile + "/?q=%E5%8F%8C%E9%AB%98%E5%8D%8F%E5%90%8C");
    waitForStatus("共 1 篇文献");
    WebElement title = browser.findElement(By.cssSelector("ol.hits h2 a"));
    assertTrue(title.getText().contains("<script>window.__xss=1</script>"), title.getText());
    title.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("docmeta")));
    screenshot("hostile");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertNull(js.executeScript("return window.__xss"), "no corpus script ran");
    assertFalse(isAlertOpen(), "no alert");
    assertEquals(0L, js.executeScript("return document.querySelectorAll('a[href^=\"javascript\"]').length"));
    assertEquals(0L, js.executeScript("return document.querySelectorAll('main img, main svg:not(.chart), main script').length"));
    String meta = browser.findElement(By.className("docmeta")).getText();
    assertTrue(meta.contains("<img src=x onerror=alert(5)>"), "the author shown as the text it is: " + meta);
    assertFalse(meta.contains("javascript:"), "a javascript: url is dropped at ingestion: " + meta);
  }

  private boolean isAlertOpen() {
    try {
      browser.switchTo().alert();
      return true;
    } catch (org.openqa.selenium.NoAlertPresentException e) {
      return false;
    }
  }

  @Test
  void aNarrowScreenStillShowsTheResults() throws IOException {
    // headless Chromium keeps a window at least 500 px wide: a phone's 400 px are emulated
    ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 400, "height", 900, "deviceScaleFactor", 1, "mobile", true));
    browser.get(base() + "/?q=%E5%8F%8C%E9%AB%98%E5%8D%8F%E5%90%8C");
    waitForStatus("共 2 篇文献");
    Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertTrue(overflow <= 0, "no horizontal scrolling at 400 px: " + overflow);
    screenshot("narrow");
    HttpResponse<String> icon = send(base() + "/favicon.ico");
    assertEquals(200, icon.statusCode(), "no 404 for the favicon");
  }

  private static HttpResponse<String> send(String url) throws IOException {
    try {
      return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
          .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
