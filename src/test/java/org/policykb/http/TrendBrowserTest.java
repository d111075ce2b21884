package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The 趋势 view in Chromium over {@link WorkbenchFixture}, a corpus with seven decades, missing years
 * and undated documents: a real time axis with its gaps, a labelled y axis, the undated occurrences
 * stated, raw counts, one keyboard stop, the downloads, and a phone's width. What each test expects is
 * counted from the fixture's texts, never read from the server.
 */
class TrendBrowserTest extends FixtureBrowserTest {
  static final String PHRASE = WorkbenchFixture.PHRASE;
  /** A second phrase, in every document a different number of times from the first. */
  static final String OTHER = "供给侧结构性改革";

  // --- the oracle: what the fixture's texts say ---

  /** Occurrences of {@code phrase} per year, in the dated documents. */
  static TreeMap<Integer, Integer> countsByYear(String phrase) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (WorkbenchFixture.Doc d : WorkbenchFixture.DOCS) {
      if (d.date() != null) {
        counts.merge(Integer.parseInt(d.date().substring(0, 4)), d.count(phrase), Integer::sum);
      }
    }
    return counts;
  }

  static int undatedCount(String phrase) {
    return WorkbenchFixture.DOCS.stream().filter(d -> d.date() == null).mapToInt(d -> d.count(phrase)).sum();
  }

  /** The runs of years without documents between the first year and the last, as "from-to". */
  static List<String> gapRuns() {
    List<Integer> years = WorkbenchFixture.YEARS;
    List<String> runs = new ArrayList<>();
    for (int i = 1; i < years.size(); i++) {
      if (years.get(i) > years.get(i - 1) + 1) {
        runs.add((years.get(i - 1) + 1) + "-" + (years.get(i) - 1));
      }
    }
    return runs;
  }

  static int first() {
    return WorkbenchFixture.YEARS.getFirst();
  }

  static int last() {
    return WorkbenchFixture.YEARS.getLast();
  }

  // --- the page ---

  private void open(TestInfo info, int width, int height, String query) throws IOException {
    browser = new Browser(work, info.getTestMethod().orElseThrow().getName(), Math.max(width, 500), height);
    if (width < 500) {
      // headless Chromium keeps a window at least 500 px wide: a phone's viewport is emulated
      ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }
    browser.driver.get(server.page("view=trend&" + query));
    browser.waitForStatus(PHRASE + " " + WorkbenchFixture.total(PHRASE) + " 次");
    browser.wait.until(d -> browser.js("return document.querySelector('#trend-chart [data-year]') !== null").equals(true));
  }

  private static String q(String phrase) {
    return URLEncoder.encode(phrase, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private List<List<Object>> rows(String script) {
    return (List<List<Object>>) browser.js(script);
  }

  /** Each mark of series {@code k} (a bar or a dot): its year and its value. */
  private Map<Integer, Double> marks(int k) {
    Map<Integer, Double> marks = new LinkedHashMap<>();
    for (List<Object> r : rows("return [...document.querySelectorAll('#trend-chart .s" + k + "[data-year]')]"
        + ".map(e => [e.dataset.year, e.dataset.value])")) {
      marks.put(Integer.parseInt((String) r.get(0)), Double.parseDouble((String) r.get(1)));
    }
    return marks;
  }

  private String readout() {
    return browser.driver.findElement(By.id("trend-readout")).getText();
  }

  /** The year labels of the x axis, left to right, each as [text, left, right] in pixels. */
  private List<List<Object>> yearLabels() {
    return rows("return [...document.querySelectorAll('#trend-chart text.year')].map(t => {"
        + " const b = t.getBoundingClientRect(); return [t.textContent, b.left, b.right]; })");
  }

  /** Year labels never overlap, sit at round years of one step, and are drawn at 11 px or more. */
  private void assertYearLabelsAreReadable() {
    List<List<Object>> labels = yearLabels();
    assertTrue(labels.size() >= 3, "the x axis is labelled: " + labels);
    for (int i = 1; i < labels.size(); i++) {
      assertTrue(((Number) labels.get(i).get(1)).doubleValue() >= ((Number) labels.get(i - 1).get(2)).doubleValue() + 4,
          "year labels do not collide: " + labels.get(i - 1) + " " + labels.get(i));
    }
    List<Integer> years = labels.stream().map(l -> Integer.parseInt((String) l.get(0))).toList();
    int step = years.get(1) - years.get(0);
    assertTrue(List.of(1, 2, 5, 10, 20).contains(step), "a round step: " + years);
    for (int i = 0; i < years.size(); i++) {
      assertEquals(0, years.get(i) % step, "ticks at round years: " + years);
      if (i > 0) {
        assertEquals(step, years.get(i) - years.get(i - 1), "one step: " + years);
      }
    }
    assertTrue(years.getFirst() - step < first() && years.getLast() + step > last(), "labels span the axis: " + years);
    Number smallest = (Number) browser.js("return Math.min(...[...document.querySelectorAll('#trend-chart text')]"
        + ".map(t => parseFloat(getComputedStyle(t).fontSize)))");
    assertTrue(smallest.doubleValue() >= 11, "no text under 11 px: " + smallest);
    Number scale = (Number) browser.js("const c = document.getElementById('trend-chart');"
        + " return c.getBoundingClientRect().width / c.width.baseVal.value");
    assertEquals(1.0, scale.doubleValue(), 0.01, "the chart is drawn at the size it is shown at, not scaled down");
  }

  @Test
  void theTrendOfACorpusWithMissingYearsShowsEveryYearItsGapsAndALabelledYAxis(TestInfo info) throws IOException {
    open(info, 1400, 1000, "q=" + q(PHRASE));
    // one bar per year with documents, placed on a real time axis: equal years, equal distances
    Map<Integer, Double> bars = marks(0);
    assertEquals(WorkbenchFixture.YEARS, List.copyOf(bars.keySet()));
    Map<Integer, Double> centres = new TreeMap<>();
    for (List<Object> r : rows("return [...document.querySelectorAll('#trend-chart rect.bar')]"
        + ".map(e => [e.dataset.year, e.x.baseVal.value + e.width.baseVal.value / 2])")) {
      centres.put(Integer.parseInt((String) r.get(0)), ((Number) r.get(1)).doubleValue());
    }
    double perYear = (centres.get(last()) - centres.get(first())) / (last() - first());
    assertTrue(perYear >= 10, "room for each year at 1400 px: " + perYear);
    assertEquals(4 * perYear, centres.get(1964) - centres.get(1960), 0.5, "1960 and 1964 are four years apart");
    assertEquals(11 * perYear, centres.get(1975) - centres.get(1964), 0.5, "1964 and 1975 are eleven years apart");
    // the missing years are drawn as hatched gaps, and the widest is said in words
    List<String> gaps = rows("return [...document.querySelectorAll('#trend-chart rect.gap')]"
        + ".map(e => [e.dataset.from + '-' + e.dataset.to, e.width.baseVal.value, e.height.baseVal.value])")
        .stream().map(r -> {
          assertTrue(((Number) r.get(1)).doubleValue() > 0 && ((Number) r.get(2)).doubleValue() > 100, "a visible gap: " + r);
          return (String) r.get(0);
        }).toList();
    assertEquals(gapRuns(), gaps);
    assertTrue(browser.driver.findElements(By.cssSelector("#trend-chart text.gap-label")).stream()
        .anyMatch(t -> t.getText().equals("无文献")), "a wide gap says 无文献");
    // the y axis: its unit, and 1-2-5 ticks from 0 with a gridline each
    assertEquals("每百万字出现次数", browser.driver.findElement(By.cssSelector("#trend-chart text.axis-title")).getText());
    List<Double> ticks = browser.driver.findElements(By.cssSelector("#trend-chart text.tick:not(.year)")).stream()
        .map(t -> Double.parseDouble(t.getText().replace(",", ""))).toList();
    assertTrue(ticks.size() >= 4, "enough ticks: " + ticks);
    assertEquals(0.0, ticks.getFirst());
    double step = ticks.get(1);
    double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
    assertTrue(List.of(1.0, 2.0, 5.0).stream().anyMatch(m -> Math.abs(step / magnitude - m) < 1e-9), "a 1-2-5 step: " + ticks);
    for (int i = 1; i < ticks.size(); i++) {
      assertEquals(step * i, ticks.get(i), step * 1e-6, "evenly spaced: " + ticks);
    }
    assertTrue(ticks.getLast() >= bars.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow(), "the top tick above the tallest bar");
    assertEquals(ticks.size() - 1, browser.driver.findElements(By.cssSelector("#trend-chart line.grid")).size());
    assertYearLabelsAreReadable();
    Number height = (Number) browser.js("return document.getElementById('trend-chart').getBoundingClientRect().height");
    assertTrue(height.doubleValue() >= 300, "readable at 1400 px: " + height);
    browser.screenshot("desktop");
    // a narrower window: the chart is drawn again at its new width, its labels still apart
    browser.resize(820, 1000);
    browser.wait.until(d -> browser.js("const c = document.getElementById('trend-chart');"
        + " return c.width.baseVal.value === Math.floor(c.parentNode.clientWidth) && c.width.baseVal.value < 800").equals(true));
    assertYearLabelsAreReadable();
  }

  @Test
  void theUndatedOccurrencesAreStatedBesideTheChart(TestInfo info) throws IOException {
    open(info, 1400, 1000, "q=" + q(PHRASE));
    int undated = undatedCount(PHRASE);
    assertTrue(undated > 0);
    String note = browser.driver.findElement(By.cssSelector(".trend-undated li")).getText();
    assertEquals(PHRASE + "：另有 " + undated + " 次出现在未注明日期的文献中（" + WorkbenchFixture.UNDATED + " 篇），不在图中。", note);
    String summary = browser.driver.findElement(By.id("status")).getText();
    assertEquals(PHRASE + " " + WorkbenchFixture.total(PHRASE) + " 次（其中 " + undated + " 次在未注明日期的文献中，不在图中）", summary);
    int charted = countsByYear(PHRASE).values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(WorkbenchFixture.total(PHRASE), charted + undated, "the oracle adds up");
  }

  @Test
  void rawCountsAreAnOptionKeptInTheUrl(TestInfo info) throws IOException {
    open(info, 1400, 1000, "q=" + q(PHRASE));
    new Select(browser.driver.findElement(By.id("trend-measure"))).selectByValue("count");
    browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("#trend-chart text.axis-title"), "出现次数（次）"));
    assertTrue(browser.driver.getCurrentUrl().contains("measure=count"), browser.driver.getCurrentUrl());
    Map<Integer, Double> bars = marks(0);
    Map<Integer, Double> expected = new LinkedHashMap<>();
    countsByYear(PHRASE).forEach((year, n) -> expected.put(year, (double) n));
    assertEquals(expected, bars);
    // a bar's height is its count on the axis' scale: the tallest reaches the top tick's share
    List<List<Object>> heights = rows("return [...document.querySelectorAll('#trend-chart rect.bar')]"
        + ".map(e => [e.dataset.year, e.height.baseVal.value])");
    double perCount = ((Number) heights.getFirst().get(1)).doubleValue() / expected.get(first());
    for (List<Object> h : heights) {
      double count = expected.get(Integer.parseInt((String) h.get(0)));
      assertEquals(count * perCount, ((Number) h.get(1)).doubleValue(), 0.5, "bar of " + h.get(0));
    }
    List<String> ticks = browser.driver.findElements(By.cssSelector("#trend-chart text.tick:not(.year)")).stream()
        .map(t -> t.getText()).toList();
    assertTrue(ticks.stream().allMatch(t -> t.matches("\\d+")), "whole numbers of times: " + ticks);
    // a shared URL reproduces the option
    browser.driver.navigate().refresh();
    browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("#trend-chart text.axis-title"), "出现次数（次）"));
    assertEquals("count", new Select(browser.driver.findElement(By.id("trend-measure"))).getFirstSelectedOption().getDomAttribute("value"));
    browser.screenshot("counts");
  }

  @Test
  void theChartIsOneTabStopWhoseArrowKeysMoveTheSelectedYearAndTheReadoutAnnouncesIt(TestInfo info) throws IOException {
    open(info, 1400, 1000, "q=" + q(PHRASE) + "&measure=count");
    assertEquals(0L, browser.js("return document.querySelectorAll('#trend-chart [tabindex], #trend-chart a').length"));
    assertEquals("polite", browser.driver.findElement(By.id("trend-readout")).getDomAttribute("aria-live"));
    assertFalse(browser.driver.findElement(By.id("trend-chart")).getDomAttribute("aria-label").isBlank());
    // Tab reaches the chart from the control before it, and the next Tab leaves it
    browser.js("document.getElementById('trend-download-csv').focus()");
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    assertEquals("trend-chart", browser.js("return document.activeElement.id"));
    TreeMap<Integer, Integer> counts = countsByYear(PHRASE);
    new Actions(browser.driver).sendKeys(Keys.HOME).perform();
    assertReadout(first(), counts);
    for (int year = first() + 1; year <= 1962; year++) {
      new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT).perform();
      assertReadout(year, counts);
    }
    // a year without documents is selected visibly, like any other
    List<List<Object>> band = rows("return [...document.querySelectorAll('#trend-chart rect.selection')]"
        + ".map(e => [e.dataset.year, e.width.baseVal.value, e.height.baseVal.value])");
    assertEquals(1, band.size());
    assertEquals("1962", band.getFirst().get(0));
    assertTrue(((Number) band.getFirst().get(1)).doubleValue() >= 5 && ((Number) band.getFirst().get(2)).doubleValue() > 100,
        "the selection is visible: " + band);
    assertEquals("1962", browser.driver.findElement(By.cssSelector("#trend-chart text.selected-year")).getText());
    browser.screenshot("selected-gap");
    new Actions(browser.driver).sendKeys(Keys.END).perform();
    assertReadout(last(), counts);
    new Actions(browser.driver).sendKeys(Keys.ARROW_LEFT).perform();
    assertReadout(last() - 1, counts);
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    assertFalse("trend-chart".equals(browser.js("return document.activeElement.id")), "one Tab leaves the chart");
  }

  private void assertReadout(int year, Map<Integer, Integer> counts) {
    String readout = readout();
    if (counts.containsKey(year)) {
      assertTrue(readout.startsWith(year + "年（1 篇文献"), readout);
      assertTrue(readout.contains("：" + PHRASE + " " + counts.get(year) + " 次（1 篇）"), readout);
    } else {
      assertTrue(readout.startsWith(year + "年：无文献"), readout);
    }
  }

  @Test
  void theChartDownloadsAsAStandaloneSvgAndTheTableAsCsv(TestInfo info) throws Exception {
    open(info, 1400, 1000, "q=" + q(PHRASE) + "&cmp=" + q(OTHER));
    Path downloads = Files.createDirectories(work.resolve("downloads-" + System.nanoTime()));
    ((ChromeDriver) browser.driver).executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    browser.driver.findElement(By.id("trend-download-svg")).click();
    Path svgFile = downloaded(downloads.resolve("趋势-" + PHRASE + ".svg"));
    Files.copy(svgFile, Files.createDirectories(Path.of("target", "screenshots")).resolve(info.getTestMethod().orElseThrow().getName()
        + "-download.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    org.w3c.dom.Document svg = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(svgFile.toFile());
    Element root = svg.getDocumentElement();
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertTrue(Double.parseDouble(root.getAttribute("width")) > 0 && Double.parseDouble(root.getAttribute("height")) > 0);
    Map<String, Map<Integer, String>> fills = new TreeMap<>();
    List<String> gaps = new ArrayList<>();
    NodeList all = svg.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      assertEquals("", e.getAttribute("class"), "no style sheet needed: " + e.getTagName());
      if (e.hasAttribute("data-year") && !e.getAttribute("data-year").isEmpty()) {
        fills.computeIfAbsent(e.getAttribute("fill"), f -> new TreeMap<>()).put(Integer.parseInt(e.getAttribute("data-year")), "");
      }
      if (e.hasAttribute("data-from")) {
        gaps.add(e.getAttribute("data-from") + "-" + e.getAttribute("data-to"));
      }
    }
    assertEquals(2, fills.size(), "two phrases in two colours written into the file: " + fills.keySet());
    for (Map.Entry<String, Map<Integer, String>> series : fills.entrySet()) {
      assertTrue(series.getKey().startsWith("rgb(") && !series.getKey().equals("rgb(0, 0, 0)"), series.getKey());
      assertEquals(WorkbenchFixture.YEARS, List.copyOf(series.getValue().keySet()));
    }
    assertEquals(gapRuns(), gaps);
    String text = root.getTextContent();
    assertTrue(text.contains("每百万字出现次数"), "the unit is in the file");
    assertTrue(text.contains(PHRASE + "：另有 " + undatedCount(PHRASE) + " 次出现在未注明日期的文献中"), "the undated note is in the file");
    assertTrue(text.contains(OTHER), "the legend is in the file");

    browser.driver.findElement(By.id("trend-download-csv")).click();
    String csv = Files.readString(downloaded(downloads.resolve("趋势-" + PHRASE + ".csv")), StandardCharsets.UTF_8);
    assertEquals('\uFEFF', csv.charAt(0), "a byte-order mark for Excel");
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertEquals(List.of("年份", "全部篇数", "字数", PHRASE + "：出现次数", PHRASE + "：命中篇数", PHRASE + "：每百万字",
          OTHER + "：出现次数", OTHER + "：命中篇数", OTHER + "：每百万字"), parser.getHeaderNames());
      records = parser.getRecords();
    }
    List<String> years = IntStream.rangeClosed(first(), last()).mapToObj(String::valueOf).toList();
    assertEquals(years.size() + 1, records.size(), "a row per year from the first to the last, and one undated");
    TreeMap<Integer, Integer> counts = countsByYear(PHRASE);
    TreeMap<Integer, Integer> others = countsByYear(OTHER);
    for (int i = 0; i < years.size(); i++) {
      CSVRecord r = records.get(i);
      int year = Integer.parseInt(years.get(i));
      assertEquals(years.get(i), r.get("年份"));
      boolean dated = counts.containsKey(year);
      assertEquals(dated ? "1" : "0", r.get("全部篇数"), "year " + year);
      assertEquals(String.valueOf(counts.getOrDefault(year, 0)), r.get(PHRASE + "：出现次数"), "year " + year);
      assertEquals(String.valueOf(others.getOrDefault(year, 0)), r.get(OTHER + "：出现次数"), "year " + year);
      assertEquals(dated, !r.get(PHRASE + "：每百万字").isEmpty(), "a year without documents has no rate: " + year);
    }
    CSVRecord undated = records.getLast();
    assertEquals("未注明日期", undated.get("年份"));
    assertEquals(String.valueOf(WorkbenchFixture.UNDATED), undated.get("全部篇数"));
    assertEquals(String.valueOf(undatedCount(PHRASE)), undated.get(PHRASE + "：出现次数"));
    assertEquals(String.valueOf(undatedCount(OTHER)), undated.get(OTHER + "：出现次数"));
  }

  /** Waits until the browser has finished writing {@code file}. */
  private Path downloaded(Path file) {
    browser.wait.until(d -> Files.isRegularFile(file) && !Files.exists(Path.of(file + ".crdownload")));
    return file;
  }

  @Test
  void onAPhoneTheChartFitsTheScreenAndStaysReadable(TestInfo info) throws IOException {
    open(info, 400, 900, "q=" + q(PHRASE) + "&cmp=" + q(OTHER) + "&measure=count");
    assertEquals(400L, browser.js("return window.innerWidth"), "a phone's width");
    Number overflow = (Number) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertTrue(overflow.intValue() <= 0, "no horizontal scrolling at 400 px: " + overflow);
    List<Object> size = rows("const b = document.getElementById('trend-chart').getBoundingClientRect();"
        + " return [[b.left, b.right, b.height, document.documentElement.clientWidth]]").getFirst();
    assertTrue(((Number) size.get(0)).doubleValue() >= 0 && ((Number) size.get(1)).doubleValue() <= ((Number) size.get(3)).doubleValue(),
        "the chart is inside the screen: " + size);
    assertTrue(((Number) size.get(2)).doubleValue() >= 220, "tall enough to read on a phone: " + size);
    assertYearLabelsAreReadable();
    // both phrases, each year with documents, their counts
    for (String phrase : List.of(PHRASE, OTHER)) {
      Map<Integer, Double> expected = new LinkedHashMap<>();
      countsByYear(phrase).forEach((year, n) -> expected.put(year, (double) n));
      assertEquals(expected, marks(phrase.equals(PHRASE) ? 0 : 1), phrase);
    }
    browser.js("document.getElementById('trend-chart').focus()");
    new Actions(browser.driver).sendKeys(Keys.END).perform();
    String readout = readout();
    assertTrue(readout.contains(PHRASE + " " + countsByYear(PHRASE).get(last()) + " 次")
        && readout.contains(OTHER + " " + countsByYear(OTHER).get(last()) + " 次"), readout);
    browser.screenshot("phone");
    Number page = (Number) browser.js("return Math.ceil(document.documentElement.scrollHeight)");
    ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 400, "height", Math.min(6000, page.intValue()), "deviceScaleFactor", 1, "mobile", true));
    browser.screenshot("phone-page");
  }
}
