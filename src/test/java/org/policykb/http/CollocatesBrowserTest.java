package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The collocates view in Chromium on the real-data-shaped fixture ({@link WorkbenchFixture}): a
 * collocate's 语境行 figure is the total of the concordance its link opens, both the figure the
 * test's own reading of the texts gives ({@link CollocateOracle}); the options apply on change and
 * give the focus back to the control that changed.
 */
class CollocatesBrowserTest extends FixtureBrowserTest {
  private static final String PHRASE = WorkbenchFixture.PHRASE;
  /** The concordance's summary when it is filtered by a collocate: its total of lines. */
  private static final Pattern FILTERED_TOTAL = Pattern.compile("词以内有“[^”]+”的 ([\\d,]+) 处");

  @BeforeEach
  void open(TestInfo info) throws IOException {
    browser = new Browser(work, info.getTestMethod().orElseThrow().getName(), 1400, 1000);
  }

  private String url(String params) {
    return "http://127.0.0.1:" + server.port() + "/?view=collocates&q=" + LocalApi.enc(PHRASE) + params;
  }

  /** The table's rows: each collocate and its 语境行 figure, in the table's order. */
  private Map<String, Long> linesFigures() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (WebElement row : browser.driver.findElements(By.cssSelector(".collocate-table tbody tr"))) {
      out.put(row.findElement(By.cssSelector("td a")).getText(),
          Long.parseLong(row.findElement(By.cssSelector("a.lines")).getText().replace(",", "")));
    }
    return out;
  }

  /** Clicks the 语境行 link of {@code word} and reads the total the concordance it opens states. */
  private long concordanceTotalOf(String word) {
    WebElement link = browser.driver.findElement(By.xpath(
        "//table[contains(@class,'collocate-table')]//tr[td[1]/a[text()='" + word + "']]//a[contains(@class,'lines')]"));
    link.click();
    browser.waitForStatus("有“" + word + "”的");
    Matcher m = FILTERED_TOTAL.matcher(browser.driver.findElement(By.id("status")).getText());
    assertTrue(m.find(), browser.driver.findElement(By.id("status")).getText());
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  private void waitForRow(String word) {
    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//table[contains(@class,'collocate-table')]//td[1]/a[text()='" + word + "']")));
  }

  private void choose(String id, String value) {
    new Select(browser.driver.findElement(By.id(id))).selectByValue(value);
  }

  private String focused() {
    return (String) browser.js("return document.activeElement && document.activeElement.id");
  }

  @Test
  void aCollocatesLinesFigureIsTheTotalOfTheConcordanceItsLinkOpens() throws IOException {
    browser.driver.get(url(""));
    browser.waitForStatus(WorkbenchFixture.total(PHRASE) + " 处");
    waitForRow("推动");
    assertTrue(browser.driver.findElement(By.cssSelector(".collocate-table thead")).getText().contains("对数似然"),
        "the header names the statistic");
    Map<String, Long> figures = linesFigures();
    Map<String, CollocateOracle.Counts> expected = CollocateOracle.of(PHRASE, 5, "both", false);
    browser.screenshot("collocates-1400");
    int checked = 0;
    for (Map.Entry<String, Long> e : figures.entrySet()) {
      if (checked++ == 6) {
        break;
      }
      assertEquals(expected.get(e.getKey()).lines, e.getValue(), e.getKey() + ": the table's 语境行 against the texts");
      assertEquals(e.getValue(), concordanceTotalOf(e.getKey()), e.getKey() + ": the table's 语境行 against its concordance");
      browser.driver.navigate().back();
      waitForRow(e.getKey());
    }
    // the stop list is on: no function word is listed
    assertFalse(figures.containsKey("和") || figures.containsKey("是") || figures.containsKey("的"), figures.keySet().toString());
  }

  @Test
  void nGramsShowSetPhrasesWholeAndTheirLinesAgreeWithTheirConcordance() throws IOException {
    browser.driver.get(url(""));
    waitForRow("推动");
    choose("unit", "ngram");
    waitForRow("四项基本原则");
    assertEquals("unit", focused(), "the focus is back on the drop-down that changed");
    Map<String, Long> figures = linesFigures();
    assertTrue(figures.containsKey("供给侧"), figures.keySet().toString());
    assertFalse(figures.containsKey("项") || figures.containsKey("基本原则"), "no fragments: " + figures.keySet());
    Map<String, CollocateOracle.Counts> expected = CollocateOracle.of(PHRASE, 5, "both", true);
    browser.screenshot("collocates-ngrams");
    for (String whole : List.of("四项基本原则", "供给侧")) {
      assertEquals(expected.get(whole).lines, figures.get(whole), whole);
      assertEquals(figures.get(whole), concordanceTotalOf(whole), whole + ": the table's 语境行 against its concordance");
      browser.screenshot("concordance-of-" + (whole.equals("供给侧") ? "gongjice" : "sixiang"));
      for (WebElement row : browser.driver.findElements(By.cssSelector("table.kwic tbody tr"))) {
        String context = row.findElement(By.cssSelector(".left")).getText() + row.findElement(By.cssSelector(".right")).getText();
        assertTrue(context.contains(whole), whole + " near every line: " + context);
      }
      browser.driver.navigate().back();
      waitForRow(whole);
    }
  }

  @Test
  void eachOptionAppliesOnChangeAndKeepsTheFocus() throws IOException {
    browser.driver.get(url(""));
    waitForRow("推动");
    choose("stop", "off");
    waitForRow("和");
    assertEquals("stop", focused());
    choose("stat", "mi");
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".collocate-table thead"), "互信息"));
    assertEquals("stat", focused());
    choose("side", "left");
    browser.wait.until(d -> d.getCurrentUrl().contains("side=left"));
    waitForRow("四");
    assertEquals("side", focused());
    choose("span", "2");
    browser.wait.until(d -> d.getCurrentUrl().contains("span=2"));
    waitForRow("原则");
    assertEquals("span", focused());
    choose("min", "5");
    browser.wait.until(d -> d.getCurrentUrl().contains("min=5"));
    assertEquals("min", focused());
    // the figures of a changed view still agree with the concordance
    waitForRow("原则");
    Map<String, Long> figures = linesFigures();
    assertEquals(CollocateOracle.of(PHRASE, 2, "left", false).get("原则").lines, figures.get("原则"));
    assertEquals(figures.get("原则"), concordanceTotalOf("原则"));
  }

  @Test
  void theViewFitsAWideAndANarrowScreen() throws IOException {
    browser.driver.get(url("&unit=ngram"));
    waitForRow("四项基本原则");
    browser.fullPageScreenshot("collocates-wide");
    browser.resize(400, 900);
    browser.driver.navigate().refresh();
    waitForRow("四项基本原则");
    Long overflow = (Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertTrue(overflow <= 0, "no horizontal scrolling of the page at 400 px: " + overflow);
    browser.screenshot("collocates-400");
  }
}
