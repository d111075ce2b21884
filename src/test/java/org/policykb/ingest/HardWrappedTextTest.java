package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text extracted from PDFs with a hard wrap every w characters and a blank line after each line: the
 * paragraphs read back exactly, no wrap made a paragraph break (a phrase across a wrap stays findable),
 * and a paragraph's end, a heading and a list item stay breaks. Inputs are the lines as the extraction
 * gives them, expected outputs the paragraphs.
 */
class HardWrappedTextTest {

  private static List<String> read(String text) {
    return PlainTextBody.read(LineFilter.apply(text).text()).stream().map(TextNormalizer::block).toList();
  }

  /** Lines as a PDF extraction writes them: a blank line after each. */
  private static String extracted(String... lines) {
    return String.join("\n\n", lines) + "\n";
  }

  private static final String TITLE = "关于推进人工智能产业发展的实施方案";
  private static final String PURPOSE =
      "为深入实施创新驱动发展战略，推动高新技术产业开发区与高等院校协同发展，加快形成新质生产力，结合本市实际，制定本方案。";
  private static final String DUTY = "各单位要认真落实。";
  private static final String ITEM = "（一）加强组织领导。各区要建立工作协调机制，定期研究解决科技成果转化中的重大问题。";
  private static final String ARTICLE = "第三条 本方案自2024年1月1日起施行。";

  /**
   * One document per width: 人工智|能 at the end of a paragraph's first line after the short line
   * 一、总体要求, and 科技成果|转化 at the end of a line holding 2023年12月 (and 5G).
   */
  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(17, extracted(TITLE, "一、总体要求",
            "为深入实施创新驱动发展战略，推", "动高新技术产业开发区与高等院校协同", "发展，加快形成新质生产力，结合本市", "实际，制定本方案。",
            "各区各部门要新一代依托5G人工智", "能与实体经济深度融合，推动数字经济", "和实体经济融合发展，培育一批创新型", "企业。",
            "2023年12月市政府印发的科技成果", "转化实施办法明确，对人工智能等领域", "的项目给予支持。",
            DUTY, "二、保障措施",
            "（一）加强组织领导。各区要建立", "工作协调机制，定期研究解决科技成果", "转化中的重大问题。", ARTICLE),
            List.of(TITLE, "一、总体要求", PURPOSE,
                "各区各部门要新一代依托5G人工智能与实体经济深度融合，推动数字经济和实体经济融合发展，培育一批创新型企业。",
                "2023年12月市政府印发的科技成果转化实施办法明确，对人工智能等领域的项目给予支持。",
                DUTY, "二、保障措施", ITEM, ARTICLE)),
        Arguments.of(20, extracted(TITLE, "一、总体要求",
            "为深入实施创新驱动发展战略，推动高新", "技术产业开发区与高等院校协同发展，加快形", "成新质生产力，结合本市实际，制定本方案。",
            "各区各部门加快推进新一代依托5G人工智", "能与实体经济深度融合，推动数字经济和实体", "经济融合发展，培育一批创新型企业。",
            "2023年12月市政府印发的各部门科技成果", "转化实施办法明确，对人工智能等领域的项目", "给予支持。",
            DUTY, "二、保障措施",
            "（一）加强组织领导。各区要建立工作协", "调机制，定期研究解决科技成果转化中的重大", "问题。", ARTICLE),
            List.of(TITLE, "一、总体要求", PURPOSE,
                "各区各部门加快推进新一代依托5G人工智能与实体经济深度融合，推动数字经济和实体经济融合发展，培育一批创新型企业。",
                "2023年12月市政府印发的各部门科技成果转化实施办法明确，对人工智能等领域的项目给予支持。",
                DUTY, "二、保障措施", ITEM, ARTICLE)),
        Arguments.of(28, extracted(TITLE, "一、总体要求",
            "为深入实施创新驱动发展战略，推动高新技术产业开发区与", "高等院校协同发展，加快形成新质生产力，结合本市实际，制定", "本方案。",
            "各区各部门坚持创新驱动发展战略，加快推进新一代人工智", "能与实体经济深度融合，推动数字经济和实体经济融合发展，培", "育一批创新型企业。",
            "2023年12月市政府印发的各区各部门新一代依托5G科技成果", "转化实施办法明确，对人工智能等领域的项目给予支持。",
            DUTY, "二、保障措施",
            "（一）加强组织领导。各区要建立工作协调机制，定期研究", "解决科技成果转化中的重大问题。", ARTICLE),
            List.of(TITLE, "一、总体要求", PURPOSE,
                "各区各部门坚持创新驱动发展战略，加快推进新一代人工智能与实体经济深度融合，推动数字经济和实体经济融合发展，培育一批创新型企业。",
                "2023年12月市政府印发的各区各部门新一代依托5G科技成果转化实施办法明确，对人工智能等领域的项目给予支持。",
                DUTY, "二、保障措施", ITEM, ARTICLE)),
        Arguments.of(35, extracted(TITLE, "一、总体要求",
            "为深入实施创新驱动发展战略，推动高新技术产业开发区与高等院校协同发", "展，加快形成新质生产力，结合本市实际，制定本方案。",
            "各区各部门要深入坚持创新驱动发展战略，积极全面加快推进新一代人工智", "能与实体经济深度融合，推动数字经济和实体经济融合发展，培育一批创新型企", "业。",
            "2023年12月市政府印发的关于进一步深化改革促进本市各创新主体科技成果", "转化实施办法明确，对人工智能等领域的项目给予支持。",
            DUTY, "二、保障措施",
            "（一）加强组织领导。各区要建立工作协调机制，定期研究解决科技成果转", "化中的重大问题。", ARTICLE),
            List.of(TITLE, "一、总体要求", PURPOSE,
                "各区各部门要深入坚持创新驱动发展战略，积极全面加快推进新一代人工智能与实体经济深度融合，推动数字经济和实体经济融合发展，培育一批创新型企业。",
                "2023年12月市政府印发的关于进一步深化改革促进本市各创新主体科技成果转化实施办法明确，对人工智能等领域的项目给予支持。",
                DUTY, "二、保障措施", ITEM, ARTICLE)));
  }

  /** Unwrapped lines above the wrapped body (a site's metadata, an editor's note) do not change the body's width. */
  @Test
  void unwrappedLinesAboveTheBodyLeaveItsWrapsAlone() {
    String input = extracted(TITLE, "发布日期：2023年12月27日　来源：某某市科技局　浏览次数：1024",
        "编者按：本文根据某某市科技局发布的政策文件整理，全文约三千字，供各单位学习参考。",
        "网页链接及附件清单请在本站“政策文件”栏目下载（共三个附件，含申报表格和填报说明）。",
        "一、总体要求",
        "各区各部门要新一代依托5G人工智", "能与实体经济深度融合，推动数字经济", "和实体经济融合发展，培育一批创新型", "企业。",
        "2023年12月市政府印发的科技成果", "转化实施办法明确，对人工智能等领域", "的项目给予支持。",
        "为深入实施创新驱动发展战略，推", "动高新技术产业开发区与高等院校协同", "发展，加快形成新质生产力，结合本市", "实际，制定本方案。");
    assertEquals(List.of(TITLE, "发布日期：2023年12月27日 来源：某某市科技局 浏览次数：1024",
        "编者按：本文根据某某市科技局发布的政策文件整理，全文约三千字，供各单位学习参考。",
        "网页链接及附件清单请在本站“政策文件”栏目下载（共三个附件，含申报表格和填报说明）。", "一、总体要求",
        "各区各部门要新一代依托5G人工智能与实体经济深度融合，推动数字经济和实体经济融合发展，培育一批创新型企业。",
        SUPPORT, PURPOSE), read(input));
  }

  @ParameterizedTest(name = "wrapped at {0}")
  @MethodSource("documents")
  void aWrappedBlockGivesBackItsParagraphs(int width, String input, List<String> expected) {
    assertEquals(expected, read(input));
  }

  /** Lines of width 17 around one junction: what a line that looks like a label, an item or an article does after a wrap. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("junctions")
  void aFullLineEndingMidSentenceIsAlwaysAWrap(String name, String input, List<String> expected) {
    assertEquals(expected, read(input));
  }

  private static final String[] OPENING = {TITLE,
      "为深入实施创新驱动发展战略，推", "动高新技术产业开发区与高等院校协同", "发展，加快形成新质生产力，结合本市", "实际，制定本方案。",
      "2023年12月市政府印发的科技成果", "转化实施办法明确，对人工智能等领域", "的项目给予支持。"};
  private static final String SUPPORT = "2023年12月市政府印发的科技成果转化实施办法明确，对人工智能等领域的项目给予支持。";

  private static String withOpening(String... lines) {
    List<String> all = new ArrayList<>(List.of(OPENING));
    all.addAll(List.of(lines));
    return extracted(all.toArray(String[]::new));
  }

  static Stream<Arguments> junctions() {
    return Stream.of(
        Arguments.of("a wrap before 来源 is no source label", withOpening(
                "各区要统筹用好各类资金，拓宽资金", "来源渠道，支持科技成果转化和产业", "化。"),
            List.of(TITLE, PURPOSE, SUPPORT, "各区要统筹用好各类资金，拓宽资金来源渠道，支持科技成果转化和产业化。")),
        Arguments.of("a wrap before 1. or 第三条 starts no item", withOpening(
                "对年度考核优秀的单位给予奖励，奖励", "1.5倍于上年的专项资金，并依照本办法", "第三条规定的程序予以公示。"),
            List.of(TITLE, PURPOSE, SUPPORT, "对年度考核优秀的单位给予奖励，奖励1.5倍于上年的专项资金，并依照本办法第三条规定的程序予以公示。")),
        Arguments.of("a wrap before a short line ending in ： is no label", withOpening(
                "各区各部门要围绕人工智能产业发展提", "要求如下：", "加强统筹。"),
            List.of(TITLE, PURPOSE, SUPPORT, "各区各部门要围绕人工智能产业发展提要求如下：", "加强统筹。")),
        Arguments.of("a full line ending a sentence goes on unless an item or an indent follows", withOpening(
                "各区要建立健全协调机制，定期研", "究解决科技成果转化当中的重大问题。", "同时要加强督促检查，确保各项任务落", "实。",
                "　　各部门要密切配合，形成工作合力，", "推动科技成果转化。"),
            List.of(TITLE, PURPOSE, SUPPORT, "各区要建立健全协调机制，定期研究解决科技成果转化当中的重大问题。同时要加强督促检查，确保各项任务落实。",
                "各部门要密切配合，形成工作合力，推动科技成果转化。")),
        Arguments.of("an indent kept as spaces is a paragraph's first line, not a short one", extracted(TITLE,
                "　　为深入实施创新驱动发展战略，推", "动高新技术产业开发区与高等院校协同", "发展，加快形成新质生产力，结合本市", "实际，制定本方案。",
                "　　各区各部门加快推进新一代人工智", "能与实体经济深度融合，推动数字经济", "和实体经济融合发展。"),
            List.of(TITLE, PURPOSE, "各区各部门加快推进新一代人工智能与实体经济深度融合，推动数字经济和实体经济融合发展。")));
  }

  @Test
  void aTitleWrappedAsTheBodyIsStaysOneTitle() {
    List<String> lines = new ArrayList<>(List.of("关于加快推进人工智能与实体经济深", "度融合的实施意见"));
    lines.addAll(List.of(OPENING).subList(1, OPENING.length));
    assertEquals(List.of("关于加快推进人工智能与实体经济深度融合的实施意见", PURPOSE, SUPPORT),
        read(extracted(lines.toArray(String[]::new))));
  }

  @Test
  void aShortLineEndingMidSentenceStandsAlone() {
    assertEquals(List.of(TITLE, PURPOSE, SUPPORT, "附件", "某某市人民政府办公室", "2023年12月27日"),
        read(withOpening("附件", "某某市人民政府办公室", "2023年12月27日")));
  }

  // ---- property: generated paragraphs of real-looking text, wrapped at width w ----

  private static final String[] SENTENCES = {
    "加快推进人工智能与实体经济深度融合", "推动科技成果转化和产业化", "2023年12月市政府印发了实施办法",
    "支持5G基站和数据中心建设", "到2025年建成创新平台20个以上", "各区要建立工作协调机制",
    "定期研究解决重大问题", "培育一批专精特新中小企业", "完善科技成果转化收益分配机制",
    "鼓励高校院所与企业共建实验室", "对符合条件的项目给予最高500万元支持", "强化知识产权保护和运用",
    "营造良好的创新创业生态", "推进“双随机、一公开”监管", "实施《关于促进国家高新区高质量发展的若干意见》",
    "引导AI技术在政务服务中的应用", "建设国家新一代人工智能创新发展试验区", "落实研发费用加计扣除政策",
  };
  private static final String ENDS = "。。。；！？";

  /** A paragraph of 2–5 sentences, each of 1–3 clauses joined by ，. */
  private static String paragraph(Random random) {
    StringBuilder p = new StringBuilder();
    int sentences = 2 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      int clauses = 1 + random.nextInt(3);
      for (int c = 0; c < clauses; c++) {
        p.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(c + 1 < clauses ? "，" : "");
      }
      p.append(ENDS.charAt(random.nextInt(ENDS.length())));
    }
    return p.toString();
  }

  /**
   * A paragraph's lines at display width {@code width}, as office software wraps: the first line
   * indented two characters, a run of Latin letters or digits never broken, a closing mark never at
   * a line's start (it stays at the end of the line before, past the width).
   */
  static List<String> wrap(String paragraph, int width, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    double used = 2;
    int i = 0;
    while (i < paragraph.length()) {
      int end = i + 1;
      while (isWordChar(paragraph.charAt(i)) && end < paragraph.length() && isWordChar(paragraph.charAt(end))) {
        end++;
      }
      String token = paragraph.substring(i, end);
      double w = LineShapes.width(token);
      if (used + w > width && line.length() > indent.length() && "，。、；：？！）》”".indexOf(token.charAt(0)) < 0) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      line.append(token);
      used += w;
      i = end;
    }
    lines.add(line.toString());
    return lines;
  }

  private static boolean isWordChar(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  @Test
  void everyPhraseInsideAParagraphStaysInsideOneParagraph() {
    int paragraphs = 0;
    int kept = 0;
    for (int seed = 0; seed < 400; seed++) {
      Random random = new Random(seed);
      int width = 15 + random.nextInt(26);
      String indent = random.nextBoolean() ? "" : "　　";
      List<String> original = new ArrayList<>(List.of(TITLE));
      List<String> lines = new ArrayList<>(List.of(TITLE));
      for (int p = 0, n = 4 + random.nextInt(8); p < n; p++) {
        if (random.nextInt(6) == 0) {
          String heading = "一二三四五六七八九".charAt(p % 9) + "、" + SENTENCES[random.nextInt(SENTENCES.length)].substring(0, 6);
          original.add(heading);
          lines.add(heading);
        }
        String text = paragraph(random);
        original.add(text);
        lines.addAll(wrap(text, width, indent));
      }
      List<String> read = read(extracted(lines.toArray(String[]::new)));
      String context = "seed " + seed + ", width " + width + ":\n" + String.join("\n", lines) + "\n→\n" + String.join("\n", read);
      // every paragraph lies inside one block, and blocks start only where paragraphs start
      int at = 0;
      for (String block : read) {
        String rest = block;
        boolean first = true;
        while (!rest.isEmpty()) {
          assertTrue(at < original.size(), context);
          String p = original.get(at++);
          assertTrue(rest.startsWith(p), () -> "a block breaks inside a paragraph, " + context);
          rest = rest.substring(p.length());
          kept += first ? 1 : 0;
          first = false;
        }
      }
      assertEquals(original.size(), at, context);
      paragraphs += original.size();
    }
    // a paragraph whose last line happens to fill the width and ends a sentence runs on into the next
    assertTrue(kept >= paragraphs * 0.85, kept + " of " + paragraphs + " paragraph starts kept");
  }
}
