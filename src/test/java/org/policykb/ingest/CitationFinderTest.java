package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykb.TestCorpus;

class CitationFinderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      中共中央关于进一步全面深化改革、推进中国式现代化的决定
      国家高新区新赛道培育行动方案
      关于推进高新区和高等院校协同创新发展的实施意见
      关于促进国家高新技术产业开发区高质量发展的若干意见
      中华人民共和国科学技术进步法
      网络安全法
      宪法
      民法典
      立法法
      反分裂国家法（草案）
      中国共产党章程（修正案）
      深圳经济特区社会救助条例
      政府工作报告
      “十五五”碳达峰行动方案
      促进健康产业高质量发展行动纲要（2019-2022年）
      关于印发〈国家高新区绿色发展专项行动实施方案〉的通知
      国务院关于修改〈住房公积金管理条例〉的决定
      市场准入负面清单（2025年版）
      关于党内政治生活的若干准则
      中英联合声明
      不扩散核武器条约
      环境空气质量标准
      国际科技组织成立登记指引
      十四五规划
      """)
  void citesTitlesThatNameAPolicyInstrument(String title) {
    assertEquals(List.of(title), CitationFinder.find("根据《" + title + "》要求"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      意见
      若干意见
      实施意见
      实施细则
      纲要（草案）
      纲要草案
      规划纲要
      工作报告
      办法
      方法
      党委会的工作方法
      孙子兵法
      群众
      新华日报
      人民日报
      求是
      国家创新型城市创新能力评价报告2021
      2019年贸易和发展报告
      中国制造2025
      共产党宣言
      从破坏历来的旧制度到创造新制度
      新年伊始，习近平的重要文章谈了啥？
      国民经济和社会发展统计公报
      """)
  void doesNotCiteOtherTitles(String title) {
    assertEquals(List.of(), CitationFinder.find("根据《" + title + "》要求"));
  }

  @Test
  void keepsTheOuterTitleWhenTitlesAreNested() {
    assertEquals(List.of("关于印发〈高新区管理办法〉的通知"), CitationFinder.find("《关于印发〈高新区管理办法〉的通知》"));
    assertEquals(List.of("关于印发《高新区管理办法》的通知"), CitationFinder.find("《关于印发《高新区管理办法》的通知》"));
  }

  @Test
  void normalisesWhitespaceFullWidthLettersAndDigitsAndParentheses() {
    assertEquals(
        List.of("关于促进国家高新技术产业开发区高质量发展的若干意见", "关于印发2024年AI工作要点的通知", "数据管理办法（试行）"),
        CitationFinder.find("国务院印发《关于促进国家高\n\n新技术产业开发区高质量发展的若干意\n\n见》。按照《意见》，"
            + "《关于印发 ２０２４年ＡＩ工作要点的通知》《数据管理办法(试行)》《数据管理办法（试行）》"
            + "《关于促进国家高新技术产业开发区高质量发展的若干意见》"));
  }

  @Test
  void skipsUnbalancedMarksAndOverlongTitles() {
    assertEquals(List.of("关于X的通知"), CitationFinder.find("》《未闭合的标题" + "字".repeat(400) + "《关于X的通知》《"));
    assertEquals(List.of("城市绿化条例"), CitationFinder.find("《A 《城市绿化条例》 后文"));
    assertEquals(List.of("关于印发B办法的通知"), CitationFinder.find("》》《关于印发B办法的通知》》"));
    assertEquals(List.of(), CitationFinder.find("《" + "关".repeat(CitationFinder.MAX_TITLE) + "的通知》"));
    assertEquals(List.of(), CitationFinder.find(""));
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of(TestCorpus.ID_000, List.of()),
        Arguments.of(TestCorpus.ID_001, List.of()),
        Arguments.of(TestCorpus.ID_002, List.of("关于促进国家高新技术产业开发区高质量发展的若干意见")),
        Arguments.of(TestCorpus.ID_003, List.of("中共中央关于进一步全面深化改革、推进中国式现代化的决定")),
        Arguments.of(TestCorpus.ID_004, List.of("国家高新区新赛道培育行动方案", "关于推进高新区和高等院校协同创新发展的实施意见")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void findsTheCitationsOfEachCorpusFileInItsFileAndInItsCleanedText(String id, List<String> expected) throws IOException {
    Path file = TestCorpus.SEEDS.resolve(id + ".txt");
    assertEquals(expected, CitationFinder.find(Files.readString(file, StandardCharsets.UTF_8)));
    IngestResult cleaned = new CorpusReader().read(TestCorpus.SEEDS, file);
    assertEquals(expected, CitationFinder.find(cleaned.document().text()));
  }

  @Test
  void findsTheLawsARealGovernmentWorkReportCites() {
    Path realworld = RealWorldIngestTest.REALWORLD;
    assumeTrue(Files.isDirectory(realworld), "../shared/realworld is not here");
    IngestResult r2000 = new CorpusReader().read(realworld, realworld.resolve("gwr_43_2000_report.json"));
    assertEquals(List.of("会计法", "建筑法", "招标投标法"), CitationFinder.find(r2000.document().text()));
  }

  /**
   * Backtracking that grows with the square of the input would take hours on two megabytes, a linear
   * scan well under a second: the bound only tells the two apart, so a busy machine cannot fail it.
   */
  @Test
  void finishesInLinearTimeOnTwoMegabytesOfMarks() {
    String[] shapes = {"《", "》", "《《》", "《关于X的通知》", "《〈", "《关于印发《B办法》的通知》"};
    for (String shape : shapes) {
      String text = shape.repeat(2_000_000 / shape.length());
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CitationFinder.find(text), shape);
    }
  }
}
