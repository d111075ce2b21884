package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.index.BuildReport;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.search.SearchRequest;

/** The 184 real documents of ../shared/realworld (skipped when that folder is absent). */
class RealWorldIngestTest {
  static final Path REALWORLD = Path.of("..", "shared", "realworld");
  @TempDir Path indexDir;

  @Test
  void everyRealDocumentBecomesADocumentWithTextAndATitle() throws IOException {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    CorpusReader reader = new CorpusReader();
    List<Path> files =
        reader.list(REALWORLD).files().stream()
            .filter(p -> !List.of("MANIFEST.tsv", "REPORT.md").contains(p.getFileName().toString()))
            .toList();
    assertTrue(files.size() >= 184, "found " + files.size());
    for (Path f : files) {
      IngestResult r = reader.read(REALWORLD, f);
      assertEquals(IngestResult.Status.OK, r.status(), f + ": " + r.reason());
      assertFalse(r.document().text().isBlank(), f.toString());
      assertTrue(r.document().title() != null && !r.document().title().isBlank(), f.toString());
      assertFalse(r.document().text().contains("\uFFFD"), f + " has replacement characters: wrong decoding");
    }
  }

  static org.policykb.model.PolicyDocument read(String name) {
    IngestResult r = new CorpusReader().read(REALWORLD, REALWORLD.resolve(name));
    assertEquals(IngestResult.Status.OK, r.status(), name + ": " + r.reason());
    return r.document();
  }

  @Test
  void webPagesAreReducedToTheirArticleWithTheirOwnTitle() {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    var people = read("gne_people_1.html");
    assertEquals("女儿出嫁，郑板桥画了几笔兰花当嫁妆", people.title(), "declared gb2312, really UTF-8");
    assertTrue(people.text().contains("今年的6月16日是父亲节"));
    var netease = read("gne_163_8.html");
    assertEquals("国务院联防联控机制:湖北和武汉要严格管控防输出", netease.title());
    assertEquals(LocalDate.of(2020, 2, 29), netease.date());
    assertEquals("新华社", netease.source());
    for (String name : List.of("gne_163_8.html", "gne_people_1.html", "gne_qq_2.html", "gne_sina_2.html", "gne_hexun_1.html")) {
      var d = read(name);
      assertFalse(d.title().contains("_") || d.title().contains("网易") || d.title().contains("和讯网"), d.title());
      assertFalse(d.text().contains("function(") || d.text().contains("var "), name + " has script text");
      assertTrue(d.text().length() < 20_000, name + " is " + d.text().length() + " chars: boilerplate left in");
    }
  }

  @Test
  void docRecordsGiveTitleUrlDateAndParagraphsAndAnEmptyBodyStillMakesADocument() {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    var tea = read("sogou_004.txt");
    assertEquals("康师傅回应转卖废弃茶叶：下家承诺用废料做枕头", tea.title());
    assertEquals("http://gongyi.sohu.com/20120629/n346847569.shtml", tea.url());
    assertEquals(LocalDate.of(2012, 6, 29), tea.date());
    assertTrue(tea.text().contains("\n\n本报讯（记者刘俊）“我们也是受害者！”"), tea.text().substring(0, 80));
    var empty = read("sogou_001.txt");
    assertEquals("爸爸为女儿百万建幼儿园 消防设施３年仍不过关", empty.title());
    assertEquals(empty.title(), empty.text());
  }

  @Test
  void jsonReportsLoseTheWikisourceNoticeAndKeepSentencesSplitByLinks() {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    var report1954 = read("gwr_71_1954_report.json");
    assertEquals(1954, report1954.year());
    assertTrue(report1954.text().contains("在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後"));
    assertFalse(report1954.text().contains("公有领域"));
    assertFalse(read("gwr_00_2025_report.json").text().contains("Public domain"));
  }

  @Test
  void theGovernmentWorkReportsAreSearchable() throws IOException {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    BuildReport report = TestCorpus.buildIndex(REALWORLD, indexDir);
    assertFalse(report.anyFailed(), report.results().toString());
    try (LuceneSearchBackend backend = new LuceneSearchBackend(indexDir)) {
      assertTrue(backend.search(new SearchRequest("新质生产力", 1, 10, SearchRequest.Sort.RELEVANCE)).total() >= 2);
      assertTrue(backend.search(new SearchRequest("政府工作报告", 1, 10, SearchRequest.Sort.DATE)).total() >= 59);
    }
  }

  @Test
  void datesAreReadWhereTheDocumentsStateThemAndSayWhere() {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    Object[][] expected = {
      {"cpc_14_congress19.json", "2017-10-18", "dateline"},
      {"cpc_15_congress20.json", "2022-10-16", "dateline"},
      {"gwr_05_npc_resolution.json", "2023-03-13", "dateline"},
      {"gwr_02_2024_report.json", "2024-03-05", "dateline"},
      {"gwr_68_1957_report.json", "1957-06-26", "dateline"},
      {"gne_other_1.html", "2007-06-29", "dateline"},
      {"xwlb_2026-06-08.md", "2026-06-08", "title"},
      {"sogou_004.txt", "2012-06-29", "url"},
    };
    for (Object[] e : expected) {
      var d = read((String) e[0]);
      assertEquals(LocalDate.parse((String) e[1]), d.date(), (String) e[0]);
      assertEquals(e[2], d.dateFrom(), (String) e[0]);
    }
    var yearOnly = read("gwr_00_2025_report.json");
    assertEquals(null, yearOnly.date());
    assertEquals(2025, yearOnly.year());
    assertEquals("record", yearOnly.dateFrom());
    var resolution = read("gwr_01_npc_resolution.json");
    assertTrue(resolution.text().contains("同意报告提出的2025年经济社会发展的总体要求"));
    assertEquals(null, resolution.year(), "a year inside a sentence is not the document's date");
    assertEquals(null, resolution.dateFrom());
  }

  @Test
  void bylinesGiveTheSpeakerAndAuthorLinesTheReportersWithoutRoles() {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    assertEquals(List.of("习近平"), read("cpc_14_congress19.json").authors());
    assertEquals(List.of("李强"), read("gwr_02_2024_report.json").authors());
    assertEquals(List.of("李克强"), read("gwr_04_2023_report.json").authors());
    assertEquals(List.of("周恩来"), read("gwr_68_1957_report.json").authors());
    assertEquals(List.of("陈晶", "陈心如", "刘畅"), read("sogou_154.txt").authors());
    assertEquals(List.of("刘俊"), read("sogou_004.txt").authors());
  }

  @Test
  void noRecordKeepsAWikisourceNoticeAndTheReportsStillEndWithTheirOwnText() throws IOException {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    CorpusReader reader = new CorpusReader();
    int json = 0;
    for (Path f : reader.list(REALWORLD).files()) {
      if (!f.getFileName().toString().endsWith(".json")) {
        continue;
      }
      json++;
      String text = reader.read(REALWORLD, f).document().text();
      for (String notice : List.of("Public domain", "公有领域", "公有領域", "维基文库", "本模板", "\nfalse")) {
        assertFalse(text.contains(notice), f.getFileName() + " keeps " + notice);
      }
    }
    assertEquals(88, json);
    assertTrue(read("cpc_04_congress09.json").text().endsWith("我们伟大的领袖毛主席万岁！万岁！万万岁！"));
    assertTrue(read("cpc_00_congress01.json").text().endsWith("大会的责任看来是不轻的。"));
    assertTrue(read("gwr_00_2025_report.json").text().endsWith("民族复兴伟业不懈奋斗！"));
  }
}
