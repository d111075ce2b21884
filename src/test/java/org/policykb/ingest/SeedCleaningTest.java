package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.TestCorpus;
import org.policykb.model.Paragraph;
import org.policykb.model.PolicyDocument;

/** Golden cleaning and metadata tests, one per seed shape. */
class SeedCleaningTest {
  private final CorpusReader reader = new CorpusReader();

  private PolicyDocument seed(String id) {
    IngestResult r = reader.read(TestCorpus.SEEDS, TestCorpus.SEEDS.resolve(id + ".txt"));
    assertEquals(IngestResult.Status.OK, r.status(), () -> String.valueOf(r.reason()));
    return r.document();
  }

  private static List<String> headings(PolicyDocument d) {
    return d.paragraphs().stream().filter(p -> p.type().equals(Paragraph.HEADING)).map(d::paragraphText).toList();
  }

  @Test
  void frontMatterHtmlSeedHasMetadataAndNoMarkup() {
    PolicyDocument d = seed(TestCorpus.ID_001);
    assertEquals("特色鲜明、优势互补、集群发展——江苏区域科技创新高地“联网协奏”", d.title());
    assertFalse(d.titleDerived());
    assertEquals(LocalDate.of(2022, 3, 9), d.date());
    assertEquals("新华日报", d.source());
    assertEquals("http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202203092303042960", d.url());
    assertEquals(List.of("xinhuaribao"), d.categories());
    assertEquals(List.of("新华日报新闻"), d.tags());
    assertEquals("front-matter+html", d.format());
    String text = d.text();
    assertFalse(text.contains("<"), "no HTML tag");
    assertFalse(text.contains("layout:") || text.contains("---"), "no front matter");
    assertFalse(text.contains("返回首页") || text.contains("返回新华日报新闻"), "no navigation");
    assertFalse(text.contains("http"), "the URL line is metadata, not text");
    assertTrue(text.startsWith(d.title() + "\n\n今年政府工作报告提出，要支持各地加大科技投入"));
    assertTrue(text.endsWith("（文章来源：新华日报）"));
    assertEquals(
        List.of(d.title(), "区域协同创新，", "苏南自创区开启“卓越工程”", "建设国家创新型城市，", "打造区域创新“龙头”",
            "科技园区赋能，", "探索各具特色的发展模式"),
        headings(d));
  }

  @Test
  void markdownSeedKeepsHeadingsJoinsBrokenLinesAndDropsThePageNumber() {
    PolicyDocument d = seed(TestCorpus.ID_000);
    assertEquals("聚力创新聚焦融合 当好新质转型开路先锋", d.title());
    assertEquals(List.of("徐光辉"), d.authors());
    assertEquals("群众", d.source());
    assertNull(d.date(), "2025年第7期 names an issue, not a day");
    assertEquals(2025, d.year());
    String text = d.text();
    assertTrue(text.contains("要素成本优势弱化,传统动能空间收窄"), "传统\\n\\n动能 joined");
    assertTrue(text.contains("新兴产业壮大、未来产业培育"), "壮\\n\\n大 joined");
    assertTrue(text.contains("集聚了2/5的省级以上高层次人才。\n\n"), "stray page number 9 dropped");
    assertTrue(text.contains("\n\n▶ 徐光辉\n\n"));
    assertTrue(headings(d).containsAll(List.of(
        "聚力创新聚焦融合 当好新质转型开路先锋", "高新区是发展新质生产力的主阵地",
        "高新区正处于新质转型新阶段关键期", "高新区要争当新质转型创新发展开路先锋")));
    assertFalse(text.contains("#"));
  }

  @Test
  void pdfSeedIsJoinedIntoParagraphsWithoutSpacesBetweenChineseCharacters() {
    PolicyDocument d = seed(TestCorpus.ID_002);
    assertEquals("推动高质量发展 国家高新区准备这么干", d.title());
    String text = d.text();
    assertTrue(text.contains("为进一步推动国家高新区高质量发展，更好地发挥示范引领和辐射带动作用，日前，国务院印发《关于促进国家高新技术产业开发区高质量发展的若干意见》，提出到2025年"));
    assertTrue(text.contains("占规模以上工业总产值比重分别达60.5%、58%。"));
    assertTrue(text.contains("规模以上工业"));
    assertFalse(text.contains("发\n"));
    assertFalse(text.contains("规 模"));
    assertTrue(text.contains("\n\n目标已定，趋之必达。"), "a sentence ending a short line ends the paragraph");
    assertTrue(text.contains("打造“中国声谷量子中心”"));
    assertTrue(text.endsWith("（本版图片来源：本报图片库）"));
    assertNull(d.source(), "本版图片来源 is a picture credit, not the article's source");
  }

  @Test
  void plainSeedGetsADerivedTitleAndItsAuthorsFromTheClosingNote() {
    PolicyDocument d = seed(TestCorpus.ID_003);
    assertEquals("今年政府工作报告在第三部分2025重点任务中提出,加快国家高新区创新发展", d.title());
    assertTrue(d.titleDerived());
    assertEquals(List.of("刘会武", "王琪"), d.authors());
    assertNull(d.date());
    assertNull(d.source());
    assertEquals(
        List.of("一、为什么要提出加快国家高新区创新发展", "二、新时代国家高新区如何承担新的使命",
            "三、国家高新区如何因地制宜发展新质生产力", "误区一:封闭式“资源依赖”", "误区二:静态化“因地施策”",
            "误区三:习惯性“路径依赖”", "四、结语"),
        headings(d));
  }

  @Test
  void interviewSeedJoinsSentencesAroundAnInterjectedCaption() {
    PolicyDocument d = seed(TestCorpus.ID_004);
    assertEquals("工信部:全面提升国家高新区人工智能产业发展能级", d.title());
    assertEquals(List.of("路铁晨"), d.authors());
    String text = d.text();
    assertTrue(text.contains("涉及全国21个省(区、市)的60个城市,覆盖66个国家高新区"));
    assertTrue(text.contains("\n\n工业和信息化部 新闻发布会现场\n\n二是改革探索纵深推进"));
    assertTrue(text.contains("对国家高新区和自创区开展先行先试的统筹指导"));
    assertTrue(text.contains("培育了一批适应和引领现代产业发展的高素质应用型"));
    assertTrue(text.startsWith("编者按\n\n4月10日,"));
  }

  @Test
  void everyParagraphSpanIsItsTextAndParagraphsAreSeparatedByABlankLine() {
    for (String id : List.of(TestCorpus.ID_000, TestCorpus.ID_001, TestCorpus.ID_002, TestCorpus.ID_003, TestCorpus.ID_004)) {
      PolicyDocument d = seed(id);
      StringBuilder rebuilt = new StringBuilder();
      for (Paragraph p : d.paragraphs()) {
        if (!rebuilt.isEmpty()) {
          rebuilt.append("\n\n");
        }
        assertEquals(rebuilt.length(), p.start(), id);
        rebuilt.append(d.paragraphText(p));
        assertFalse(d.paragraphText(p).isBlank(), id);
      }
      assertEquals(d.text(), rebuilt.toString(), id);
    }
  }

  @Test
  void idIsTheFileNameWithoutExtension() {
    assertEquals("000_2866834a70edf2cd", CorpusReader.idOf(Path.of("corpus/000_2866834a70edf2cd.txt")));
  }
}
