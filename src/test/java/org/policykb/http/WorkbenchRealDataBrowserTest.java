package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The workbench in Chromium on a real-data-shaped fixture ({@link WorkbenchFixture}): what a
 * researcher reading reports across seven decades trips over — the concordance's punctuation, the
 * facets' completeness, bad dates, the keyboard, sorting, going back and citing.
 */
class WorkbenchRealDataBrowserTest extends FixtureBrowserTest {
  private static final String PHRASE = WorkbenchFixture.PHRASE;

  @BeforeEach
  void open(TestInfo info) throws IOException {
    browser = new Browser(work, info.getTestMethod().orElseThrow().getName(), 1400, 1000);
  }

  private String url(String query) {
    return server.page(query);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String currentParam(String name) {
    String query = java.net.URI.create(browser.driver.getCurrentUrl()).getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name)) {
        return URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** Documents in the fixture holding the phrase, as the status line words it. */
  private static String searchSummary(long documents) {
    return "共 " + documents + " 篇文献";
  }

  private static long documentsWith(String phrase, java.util.function.Predicate<WorkbenchFixture.Doc> which) {
    return WorkbenchFixture.DOCS.stream().filter(which).filter(d -> d.count(phrase) > 0).count();
  }

  @Test
  void aLeftContextEndingInPunctuationShowsItNextToTheMatch() throws IOException {
    browser.driver.get(url("view=concordance&q=" + enc(PHRASE) + "&cw=10"));
    int total = WorkbenchFixture.total(PHRASE);
    browser.waitForStatus(total + " 处");
    // the oracle: each document's first occurrence follows "十分不易。——"; its ten characters of left context
    String body = WorkbenchFixture.DOCS.get(0).body();
    int at = body.indexOf(PHRASE);
    String expectedLeft = body.substring(at - 10, at);
    assertTrue(expectedLeft.endsWith("。——"), expectedLeft);
    List<WebElement> lefts = browser.driver.findElements(By.cssSelector("table.kwic tbody td.left .ctx"));
    assertEquals(Math.min(100, total), lefts.size());
    WebElement first = lefts.get(0);
    assertEquals(expectedLeft, first.getDomProperty("textContent"));
    // every character is laid out inside the cell: the last two (——) touch the match, none is cut or moved
    @SuppressWarnings("unchecked")
    Map<String, Object> box = (Map<String, Object>) browser.js("""
        const ctx = arguments[0], text = ctx.firstChild, r = document.createRange();
        const cell = ctx.getBoundingClientRect();
        r.setStart(text, text.length - 1); r.setEnd(text, text.length);
        const last = r.getBoundingClientRect();
        r.setStart(text, 0); r.setEnd(text, 1);
        const firstChar = r.getBoundingClientRect();
        const match = ctx.closest('tr').querySelector('.match a').getBoundingClientRect();
        return {lastRight: last.right, cellRight: cell.right, firstLeft: firstChar.left, cellLeft: cell.left, matchLeft: match.left};
        """, first);
    double lastRight = ((Number) box.get("lastRight")).doubleValue();
    assertTrue(lastRight <= ((Number) box.get("cellRight")).doubleValue() + 0.5, "the —— is inside the cell: " + box);
    assertTrue(lastRight <= ((Number) box.get("matchLeft")).doubleValue(), "and before the match: " + box);
    assertTrue(((Number) box.get("firstLeft")).doubleValue() >= ((Number) box.get("cellLeft")).doubleValue() - 0.5,
        "ten characters fit their box at width 10: " + box);
    assertEquals("ltr", first.getCssValue("direction"));
    // sorted by left context, the first sort character (the one next to the match) is what the line shows last
    new Select(browser.driver.findElement(By.id("csort"))).selectByValue("left");
    browser.wait.until(d -> "left".equals(currentParam("csort")));
    browser.waitForStatus(total + " 处");
    assertEquals("csort", browser.js("return document.activeElement.id"), "the drop-down keeps the focus after it applies");
    browser.screenshot("concordance");
  }

  @Test
  void theContextWidthControlSetsTheCharactersShownOnEachSide() throws IOException {
    browser.driver.get(url("view=concordance&q=" + enc(PHRASE)));
    int total = WorkbenchFixture.total(PHRASE);
    browser.waitForStatus(total + " 处");
    WebElement width = browser.driver.findElement(By.id("cw"));
    width.sendKeys(Keys.DOWN); // a keyboard user's arrow key: applies, and the focus stays
    browser.wait.until(d -> "40".equals(currentParam("cw")));
    browser.waitForStatus(total + " 处");
    assertEquals("cw", browser.js("return document.activeElement.id"));
    String body = WorkbenchFixture.DOCS.get(0).body();
    int at = body.indexOf(PHRASE, body.indexOf(PHRASE) + 1);
    String right = body.substring(at + PHRASE.length(), Math.min(body.length(), at + PHRASE.length() + 40));
    List<WebElement> rights = browser.driver.findElements(By.cssSelector("table.kwic tbody td.right .ctx"));
    assertEquals(right.replaceAll("\\s+", " "), rights.get(1).getDomProperty("textContent"));
    // the date and the source have columns of their own
    WebElement row = browser.driver.findElement(By.cssSelector("table.kwic tbody tr"));
    assertEquals(WorkbenchFixture.DOCS.get(0).date(), row.findElement(By.className("date")).getText());
    assertTrue(row.findElement(By.className("source")).getText().contains(WorkbenchFixture.DOCS.get(0).title()));
    browser.screenshot("concordance-40");
    browser.resize(400, 900);
    browser.driver.navigate().refresh();
    browser.waitForStatus(total + " 处");
    Long overflow = (Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertTrue(overflow <= 0, "a phone stacks the lines, no sideways scrolling: " + overflow);
    WebElement line = browser.driver.findElement(By.cssSelector("table.kwic tbody tr"));
    String shown = (String) browser.js("return arguments[0].innerText", line); // as laid out, not cell by cell
    assertTrue(shown.contains("十分不易。——" + PHRASE), "the line reads as one text: " + shown);
    assertTrue(shown.contains(WorkbenchFixture.DOCS.get(0).title()), "the source shows on a phone: " + shown);
    browser.screenshot("concordance-phone");
  }

  @Test
  void aFacetWithMoreThanThirtyValuesOffersTheRestAndSeveralValuesCombine() throws IOException {
    browser.driver.get(url("q=" + enc(PHRASE)));
    browser.waitForStatus(searchSummary(documentsWith(PHRASE, d -> true)));
    List<WebElement> years = browser.driver.findElements(By.cssSelector("#facet-year + ul li a"));
    assertTrue(years.size() < WorkbenchFixture.YEARS.size(), "the first values only, at first");
    WebElement more = browser.driver.findElement(By.id("more-year"));
    assertTrue(more.getText().contains("共 " + WorkbenchFixture.YEARS.size() + " 个"), more.getText());
    more.click();
    browser.wait.until(d -> d.findElements(By.cssSelector("#facet-year + ul li a")).size() == WorkbenchFixture.YEARS.size());
    List<String> shown = browser.driver.findElements(By.cssSelector("#facet-year + ul li a span:first-child")).stream()
        .map(WebElement::getText).toList();
    assertEquals(WorkbenchFixture.YEARS.stream().map(y -> y + "年").toList(), shown, "every year, in order");
    browser.screenshot("facets-more");
    // two sources at once: their documents together
    List<String> sources = WorkbenchFixture.DOCS.stream().map(WorkbenchFixture.Doc::source).distinct().toList();
    assertTrue(sources.size() > 30);
    browser.driver.findElement(By.id("more-source")).click();
    browser.driver.findElement(By.xpath("//section[h3[@id='facet-source']]//a[span[text()='" + sources.get(0) + "']]")).click();
    browser.waitForStatus(searchSummary(documentsWith(PHRASE, d -> d.source().equals(sources.get(0)))));
    browser.driver.findElement(By.id("more-source")).click();
    browser.driver.findElement(By.xpath("//section[h3[@id='facet-source']]//a[span[text()='" + sources.get(1) + "']]")).click();
    List<String> two = sources.subList(0, 2);
    browser.waitForStatus(searchSummary(documentsWith(PHRASE, d -> two.contains(d.source()))));
    assertEquals(2, browser.driver.findElements(By.cssSelector(".chips li")).size());
    // the undated documents are one link away
    browser.driver.get(url("q=" + enc(PHRASE)));
    browser.waitForStatus(searchSummary(documentsWith(PHRASE, d -> true)));
    browser.driver.findElement(By.xpath("//section[h3[@id='facet-year']]//p[@class='none']/a")).click();
    browser.waitForStatus(searchSummary(WorkbenchFixture.UNDATED));
    assertEquals("only", currentParam("undated"));
  }

  @Test
  void aBadDateLeavesTheFormUsableWithAChineseMessage() throws IOException {
    browser.driver.get(url("q=" + enc(PHRASE)));
    long all = documentsWith(PHRASE, d -> true);
    browser.waitForStatus(searchSummary(all));
    String before = browser.driver.getCurrentUrl();
    // each date box shows its whole example
    for (String id : List.of("from", "to")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fit = (Map<String, Object>) browser.js("""
          const input = document.getElementById(arguments[0]), style = getComputedStyle(input);
          const c = document.createElement('canvas').getContext('2d');
          c.font = `${style.fontSize} ${style.fontFamily}`;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return {text: c.measureText(input.placeholder).width, room};
          """, id);
      assertTrue(((Number) fit.get("text")).doubleValue() <= ((Number) fit.get("room")).doubleValue(), id + " placeholder cut: " + fit);
    }
    WebElement from = browser.driver.findElement(By.id("from"));
    from.sendKeys("19950", Keys.ENTER);
    WebElement message = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dates-error")));
    assertTrue(message.getText().contains("起始日期") && message.getText().contains("19950"), message.getText());
    assertEquals(before, browser.driver.getCurrentUrl(), "a bad date never reaches the URL");
    assertEquals("true", from.getDomAttribute("aria-invalid"));
    browser.screenshot("bad-date-in-page");
    // 1995年 is a year as Chinese readers write it
    from.clear();
    from.sendKeys("1995年", Keys.ENTER);
    browser.wait.until(d -> "1995".equals(currentParam("from")));
    long since1995 = WorkbenchFixture.DOCS.stream().filter(d -> d.date() != null && d.date().compareTo("1995") >= 0)
        .filter(d -> d.count(PHRASE) > 0).count();
    browser.waitForStatus(searchSummary(since1995));
    // a link with a date as readers write it works as it is
    browser.driver.get(url("q=" + enc(PHRASE) + "&from=" + enc("1995年")));
    browser.waitForStatus(searchSummary(since1995));
    // a bad value that arrives in a link: the message is Chinese and names it, the form and chips stay
    String source = WorkbenchFixture.DOCS.get(WorkbenchFixture.YEARS.size() - 1).source(); // the newest report's
    browser.driver.get(url("q=" + enc(PHRASE) + "&from=" + enc("1995年代") + "&source=" + enc(source)));
    WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .error")));
    assertTrue(error.getText().contains("起始日期") && error.getText().contains("1995年代"), error.getText());
    assertFalse(error.getText().matches(".*\\b(must|was)\\b.*"), "no English: " + error.getText());
    String chips = browser.driver.findElement(By.cssSelector("main .chips")).getText();
    assertTrue(chips.contains(source) && chips.contains("1995年代"), "the filters stay, removable: " + chips);
    browser.screenshot("bad-date-in-link");
    WebElement fromAgain = browser.driver.findElement(By.id("from"));
    fromAgain.clear();
    fromAgain.sendKeys("2020", Keys.ENTER);
    long expected = documentsWith(PHRASE, d -> d.date() != null && d.date().compareTo("2020") >= 0 && d.source().equals(source));
    assertEquals(1, expected);
    browser.waitForStatus(searchSummary(expected));
    // a query the language refuses is said where it is typed, in Chinese
    browser.driver.findElement(By.id("q")).clear();
    browser.driver.findElement(By.id("q")).sendKeys("\"改革", Keys.ENTER);
    WebElement said = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q-error")));
    assertTrue(said.getText().contains("引号"), said.getText());
    assertEquals("true", browser.driver.findElement(By.id("q")).getDomAttribute("aria-invalid"));
    assertNotNull(browser.driver.findElement(By.id("from")), "the form is still there");
    assertEquals(1000L, browser.js("return document.getElementById('q').maxLength"), "the box takes what the server accepts");
  }

  @Test
  void aComparedPhraseWithAnUnbalancedQuoteCanBeTakenOut() throws IOException {
    browser.driver.get(url("view=trend&q=" + enc(PHRASE) + "&cmp=" + enc("\"改革")));
    WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .error")));
    assertTrue(error.getText().contains("\"改革") && error.getText().contains("引号"), error.getText());
    WebElement chip = browser.driver.findElement(By.xpath("//ul[@class='chips']/li[contains(., '比较短语')]"));
    chip.findElement(By.tagName("button")).click();
    browser.waitForStatus(String.valueOf(WorkbenchFixture.total(PHRASE)));
    assertEquals(null, currentParam("cmp"));
  }

  @Test
  void tabReachesTheFirstResultInFivePressesAndTheFacetsAreALandmark() {
    browser.driver.get(url("q=" + enc(PHRASE)));
    browser.waitForStatus(searchSummary(documentsWith(PHRASE, d -> true)));
    browser.driver.findElement(By.id("q")).click();
    String firstHit = (String) browser.js("return document.querySelector('ol.hits > li h2 a').href");
    int presses = 0;
    while (presses < 20) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
      presses++;
      if (firstHit.equals(browser.js("return document.activeElement.href || ''"))) {
        break;
      }
    }
    assertTrue(presses <= 5, "Tab presses from the query box to the first result: " + presses);
    assertEquals(1L, browser.js("return document.querySelectorAll('aside[aria-label=\"筛选\"]').length"));
    // the skip link leads to the results
    assertEquals("#main", browser.js("return document.querySelector('a.skip').getAttribute('href')"));
  }

  @Test
  void searchSortsOldestFirstAndTheSummaryIsSaidOnce() throws IOException {
    browser.driver.get(url("q=" + enc(PHRASE)));
    long all = documentsWith(PHRASE, d -> true);
    browser.waitForStatus(searchSummary(all));
    new Select(browser.driver.findElement(By.id("sort"))).selectByValue("date_asc");
    browser.wait.until(d -> "date_asc".equals(currentParam("sort")));
    browser.waitForStatus(searchSummary(all));
    String first = browser.driver.findElement(By.cssSelector("ol.hits > li h2 a")).getText();
    assertEquals(WorkbenchFixture.YEARS.get(0) + "年工作报告", first);
    assertEquals("sort", browser.js("return document.activeElement.id"));
    String page = browser.driver.findElement(By.tagName("body")).getText();
    assertEquals(1, page.split(searchSummary(all), -1).length - 1, "the summary line once");
    browser.screenshot("oldest-first");
  }

  @Test
  void theOccurrenceIsInTheUrlAndBackReturnsToTheListAfterARelatedDocument() throws IOException {
    browser.driver.get(url("view=concordance&q=" + enc(PHRASE)));
    browser.waitForStatus(WorkbenchFixture.total(PHRASE) + " 处");
    String concordance = browser.driver.getCurrentUrl();
    browser.driver.findElement(By.cssSelector("table.kwic tbody tr:nth-child(2) .match a")).click();
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.current")));
    String at = browser.driver.findElement(By.cssSelector("mark.current")).getDomAttribute("data-start");
    assertEquals(at, currentParam("at"));
    new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys("n").perform();
    browser.wait.until(d -> !at.equals(currentParam("at")));
    assertEquals(browser.driver.findElement(By.cssSelector("mark.current")).getDomAttribute("data-start"), currentParam("at"),
        "the occurrence on screen is the one in the URL");
    // a related document, then 返回: the concordance, not the first document
    List<WebElement> related = browser.driver.findElements(By.cssSelector(".related a"));
    assertFalse(related.isEmpty());
    String firstId = currentParam("id");
    related.get(0).click();
    browser.wait.until(d -> !firstId.equals(currentParam("id")));
    WebElement back = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.back")));
    assertTrue(back.getText().contains("语境索引"), back.getText());
    back.click();
    browser.wait.until(d -> concordance.equals(d.getCurrentUrl()));
    browser.waitForStatus(WorkbenchFixture.total(PHRASE) + " 处");
  }

  @Test
  void theCitationFollowsGbT7714WithTheAccessDateAndTheGeneration() {
    browser.driver.get(url("q=" + enc(PHRASE)));
    browser.waitForStatus(searchSummary(documentsWith(PHRASE, d -> true)));
    browser.driver.findElement(By.cssSelector("ol.hits > li h2 a")).click();
    WebElement cite = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.cite")));
    String title = browser.driver.findElement(By.cssSelector(".document h1")).getText();
    WorkbenchFixture.Doc doc = WorkbenchFixture.DOCS.stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    // the clipboard of a headless browser, stood in for so that the test reads what was copied
    browser.js("Object.defineProperty(navigator, 'clipboard', {value: {writeText: async (t) => { window.__copied = t; }}})");
    cite.click();
    browser.waitForStatus("引用已复制");
    String said = (String) browser.js("return window.__copied");
    String today = LocalDate.now(java.time.ZoneId.systemDefault()).toString(); // the browser runs here, on this clock
    // a newspaper read here, not online: [N], the paper and the date, then where it was read and when
    String where = doc.source() + (doc.date() == null ? "" : ", " + doc.date());
    assertTrue(said.startsWith(title + "[N]. " + where + ". "), said);
    assertTrue(said.contains("索引版本 gen-") && said.contains(today), said);
  }

  @Test
  void everyViewOnTheFixtureAtDesktopAndPhoneWidths() throws IOException {
    Map<String, String> views = List.of("search", "concordance", "trend", "collocates").stream()
        .collect(Collectors.toMap(v -> v, v -> url((v.equals("search") ? "" : "view=" + v + "&") + "q=" + enc(PHRASE))));
    for (int width : new int[] {1400, 400}) {
      browser.resize(width, 1000);
      for (Map.Entry<String, String> v : views.entrySet()) {
        browser.driver.get(v.getValue());
        browser.wait.until(d -> d.findElement(By.tagName("main")).getDomAttribute("aria-busy") == null
            && !d.findElement(By.id("status")).getText().isEmpty());
        Long overflow = (Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, v.getKey() + " at " + width + " px scrolls sideways by " + overflow);
        browser.fullPageScreenshot(v.getKey() + "-" + width);
      }
    }
  }
}
