package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.policykb.LinkedTexts;

/**
 * The policy graph in Chromium over {@link LinkedTexts}: a document's adopters on the tile map and in the table
 * beside it, its small graph, a phrase's first use per province, and the 文号 registry with its gaps. What each test
 * expects was written by reading the texts ({@link LinkedTexts#LINKS}, their issuers and numbers).
 */
class GraphBrowserTest {
  @TempDir static Path work;
  static LocalServer server;
  Browser browser;

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

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static List<String> texts(List<WebElement> elements) {
    List<String> out = new ArrayList<>();
    elements.forEach(e -> out.add(e.getText().strip()));
    return out;
  }

  @Test
  void theDocumentViewMapsItsAdoptersAndDrawsItsNeighbours(TestInfo test) throws IOException {
    browser = new Browser(work, test.getTestMethod().orElseThrow().getName());
    browser.driver.get(server.page("view=doc&id=link_gx"));
    browser.waitForStatus("国务院关于加快建设高新区创新高地的意见");
    // by reading: 江苏省人民政府 and 浙江省人民政府办公厅 implement it
    List<String> provinces = texts(browser.driver.findElements(By.cssSelector(".links-panel .diffusion-table tbody th")));
    assertEquals(List.of("江苏省", "浙江省"), provinces);
    Set<String> shaded = new TreeSet<>();
    for (WebElement tile : browser.driver.findElements(By.cssSelector("svg.tilemap g.tile"))) {
      if (!tile.getAttribute("class").contains("none")) {
        shaded.add(tile.findElement(By.tagName("text")).getAttribute("textContent"));
      }
    }
    assertEquals(Set.of("江苏", "浙江"), shaded, "only the provinces that implemented it are shaded");
    // the small graph: every document linked to or from it by a resolved link, each a link to its view
    Set<String> neighbours = new TreeSet<>();
    LinkedTexts.LINKS.stream().filter(e -> e.to().equals("link_gx")).forEach(e -> neighbours.add(e.from()));
    LinkedTexts.LINKS.stream().filter(e -> e.from().equals("link_gx") && e.to().startsWith("link_")).forEach(e -> neighbours.add(e.to()));
    Set<String> drawn = new TreeSet<>();
    for (WebElement a : browser.driver.findElements(By.cssSelector("svg.ego-graph a"))) {
      String href = a.getDomAttribute("href"); // an SVG link's href property is no string
      drawn.add(href.replaceAll(".*[?&]id=([^&]+).*", "$1"));
    }
    assertEquals(neighbours, drawn);
    browser.fullPageScreenshot("document");
  }

  @Test
  void aPhrasesFirstUsePerProvinceAndTheRegistryWithItsGaps(TestInfo test) throws IOException {
    browser = new Browser(work, test.getTestMethod().orElseThrow().getName());
    String phrase = URLEncoder.encode("高新区创新高地", StandardCharsets.UTF_8);
    browser.driver.get(server.page("view=diffusion&q=" + phrase + "&count=files"));
    browser.waitForStatus("高新区创新高地");
    // by reading: the central state first, then 江苏 (2021-06-10) before 浙江 (2021-08-02)
    assertEquals(List.of("中央", "江苏省", "浙江省"),
        texts(browser.driver.findElements(By.cssSelector(".diffusion-table tbody th"))));
    assertTrue(browser.driver.findElement(By.cssSelector(".graph-downloads a")).getAttribute("href").contains("/api/graph?"));
    browser.screenshot("diffusion");
    browser.driver.get(server.page("view=registry&code=" + URLEncoder.encode("穗府办", StandardCharsets.UTF_8)));
    browser.waitForStatus("穗府办");
    // 穗府办〔2021〕1号, 3号 and 4号 are in the texts; 2号 is not
    assertEquals(List.of("1", "2", "3", "4"), texts(browser.driver.findElements(By.cssSelector(".registry-table tbody th"))));
    assertEquals("本库没有", browser.driver.findElement(By.cssSelector(".registry-table tr.gap td")).getText().strip());
    browser.screenshot("registry");
  }
}
