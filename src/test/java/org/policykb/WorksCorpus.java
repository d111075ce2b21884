package org.policykb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.policykb.tools.bench.OfficialPdf;

/**
 * A corpus of works, written by the test with its answer: one notice as HTML, text, DOCX (POI) and
 * PDF ({@link OfficialPdf}); one news text republished by two sites (a line of furniture apart); a
 * measure of twenty articles and its revised version with four articles changed (two works); and an
 * unrelated text. Every text holds 高新区.
 */
public final class WorksCorpus {
  public static final String PHRASE = "高新区";
  public static final String TITLE = "江东省科学技术厅关于印发《江东省高新区与高校协同创新行动方案》的通知";
  public static final String NUMBER = "江科发〔2024〕12号";

  /** The works as the test reads them: work id (its smallest member id) → members; the first listed is shown. */
  public static final Map<String, List<String>> WORKS = Map.of(
      "notice-text", List.of("notice-web", "notice-text", "notice.docx", "notice.pdf"),
      "repub-a", List.of("repub-b", "repub-a"),
      "rule-2020", List.of("rule-2020"),
      "rule-2024", List.of("rule-2024"),
      "other", List.of("other"));
  public static final Set<String> SHOWN = Set.of("notice-web", "repub-b", "rule-2020", "rule-2024", "other");
  public static final int FILES = 9;

  private static final List<String> NOTICE = List.of(
      "现将《江东省高新区与高校协同创新行动方案》印发给你们，请结合实际认真贯彻落实。",
      "推进高新区与高校协同创新，是加快建设科技强省的重要举措。各地要提高认识，加强组织领导。",
      "到2026年，全省建成二十个以上高新区与高校共建的概念验证中心，转化科技成果一千项以上。",
      "支持高校院所在高新区设立新型研发机构，给予场地、资金和人才引进方面的支持。",
      "建立高新区企业技术需求清单和高校科研成果清单，每季度组织一次对接活动。",
      "鼓励高校科研人员到高新区企业兼职创新，兼职期间的工作业绩作为职称评审的依据。",
      "省科学技术厅会同教育厅建立工作协调机制，定期调度各项任务进展情况。",
      "各设区市要将协同创新工作纳入年度考核，对成效明显的高新区给予奖励。");

  private static final List<String> NEWS = List.of(
      "本报讯　记者从省科技厅获悉，今年以来全省高新区营业收入同比增长百分之十二。",
      "高新区以占全省百分之三的土地，贡献了全省三成以上的高新技术企业。",
      "在高新区集聚的创新平台中，国家级平台达到一百二十个，比上年增加十五个。",
      "省科技厅有关负责人表示，将继续推动高新区扩区提质，支持争创国家高新区。",
      "下一步，全省将围绕集成电路、生物医药和人工智能，布局一批未来产业园。",
      "同时，高新区将深化管理体制改革，推行市场化运营和专业化招商。",
      "据介绍，全省高新区今年新认定高新技术企业两千家，科技型中小企业一万家。",
      "高新区研发投入强度达到百分之四点五，高于全省平均水平两个百分点。",
      "业内人士认为，高新区正在成为区域经济高质量发展的重要引擎。");

  private WorksCorpus() {}

  /** Writes the corpus into {@code corpus}. */
  public static void write(Path corpus) throws IOException {
    Files.writeString(corpus.resolve("notice-text.txt"), noticeText(), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("notice-web.html"), noticeHtml(), StandardCharsets.UTF_8);
    Files.write(corpus.resolve("notice.docx"), noticeDocx());
    Files.write(corpus.resolve("notice.pdf"), noticePdf());
    Files.writeString(corpus.resolve("repub-a.txt"), "# 全省高新区营业收入增长百分之十二\n\n" + String.join("\n\n", NEWS) + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("repub-b.html"), html("全省高新区营业收入增长百分之十二",
        "来源：乙市新闻网　编辑：王五", NEWS), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("rule-2020.txt"), rule(List.of()), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("rule-2024.txt"), rule(List.of(3, 8, 12, 17)), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("other.txt"), "# 关于开展高新区统计调查的说明\n\n本次调查覆盖全部高新区的企业。调查表由企业在线填报。"
        + "统计部门负责审核数据质量。\n\n调查结果将用于编制年度发展报告。\n", StandardCharsets.UTF_8);
  }

  /** A text that is the news, near-identical: it joins the work of repub-a and repub-b. */
  public static String republication(String furniture) {
    return "# 全省高新区营业收入增长百分之十二\n\n" + furniture + "\n\n" + String.join("\n\n", NEWS) + "\n";
  }

  /** The notice as a text file: the number on its own line, the body, the signature and the date. */
  public static String noticeText() {
    return "# " + TITLE + "\n\n" + NUMBER + "\n\n各设区市科技局，省各有关单位：\n\n" + String.join("\n\n", NOTICE)
        + "\n\n江东省科学技术厅\n\n2024年3月15日\n";
  }

  private static String noticeHtml() {
    List<String> body = new ArrayList<>();
    body.add(NUMBER);
    body.add("各设区市科技局，省各有关单位：");
    body.addAll(NOTICE);
    body.add("江东省科学技术厅");
    body.add("2024年3月15日");
    return html(TITLE, null, body);
  }

  private static String html(String title, String furniture, List<String> paragraphs) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(title)
        .append("</title></head><body><div class=\"article\"><h1>").append(title).append("</h1>");
    if (furniture != null) {
      out.append("<p>").append(furniture).append("</p>");
    }
    paragraphs.forEach(p -> out.append("<p>").append(p).append("</p>"));
    return out.append("</div></body></html>").toString();
  }

  private static byte[] noticeDocx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      centred(doc, NUMBER);
      centred(doc, TITLE);
      doc.createParagraph().createRun().setText("各设区市科技局，省各有关单位：");
      NOTICE.forEach(p -> doc.createParagraph().createRun().setText(p));
      doc.createParagraph().createRun().setText("江东省科学技术厅");
      doc.createParagraph().createRun().setText("2024年3月15日");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void centred(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.createRun().setText(text);
  }

  private static byte[] noticePdf() throws IOException {
    OfficialPdf pdf = new OfficialPdf().newPage();
    pdf.centred(NUMBER, 16).gap();
    pdf.centred("江东省科学技术厅关于印发《江东省高新区与高校", 22).centred("协同创新行动方案》的通知", 22).gap();
    pdf.line("各设区市科技局，省各有关单位：", 0);
    for (int i = 0; i < 4; i++) {
      pdf.paragraph(NOTICE.get(i));
    }
    pdf.folio("－ 1 －", true);
    pdf.newPage();
    for (int i = 4; i < NOTICE.size(); i++) {
      pdf.paragraph(NOTICE.get(i));
    }
    pdf.gap().right("江东省科学技术厅", 4).right("2024年3月15日", 4);
    pdf.folio("－ 2 －", false);
    return pdf.bytes();
  }

  /** A measure of twenty articles; the articles listed in {@code revised} say something else. */
  private static String rule(List<Integer> revised) {
    StringBuilder out = new StringBuilder("# 江东省高新区管理办法\n\n");
    String[] subjects = {"高新区管理机构", "高新区企业", "入驻高校", "新型研发机构", "孵化器"};
    String[] duties = {"应当建立统计制度", "应当按年度报送发展情况", "应当公开服务事项", "应当接受绩效评价",
      "可以申请专项资金支持", "应当遵守用地规划"};
    for (int i = 1; i <= 20; i++) {
      String duty = duties[i % duties.length];
      if (revised.contains(i)) {
        duty = duty.replace("应当", "必须") + "并于每年三月底前完成";
      }
      out.append("第").append(i).append("条　").append(subjects[i % subjects.length]).append(duty)
          .append("，具体事项由第").append(i).append("项细则规定。\n\n");
    }
    return out.toString();
  }
}
