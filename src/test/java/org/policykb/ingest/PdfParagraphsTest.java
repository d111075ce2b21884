package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykb.tools.bench.OfficialPdf;

/**
 * Paragraphs of PDF and OFD pages the test writes ({@link OfficialPdf}: 28 characters of 16 pt to a
 * line): unindented paragraphs, list items at the margin, and a joint 版头 whose stacked names sorting
 * interleaves — each page's blocks exactly.
 */
class PdfParagraphsTest {

  private static List<String> blocks(OfficialPdf pdf, String format) throws IOException, UnreadableSourceException {
    PageLayout.Read read = format.equals("pdf") ? PdfReader.read(pdf.bytes()).layout() : OfdReader.read(pdf.ofd());
    return read.blocks().stream().map(Block::text).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pdf", "ofd"})
  void unindentedParagraphsEndWhereALineEndsASentenceShortOfTheColumn(String format) throws Exception {
    OfficialPdf pdf = new OfficialPdf().newPage();
    pdf.line("为深入实施创新驱动发展战略，推动高新技术产业开发区与高等", 0)
        .line("院校协同发展，加快形成新质生产力，结合实际，制定方案。", 0) // ends a sentence one character short
        .line("各区要建立工作协调机制，定期研究解决科技成果转化中的重大", 0)
        .line("问题，确保各项任务落到实处、取得实效。", 0)
        .line("各部门要密切配合，形成工作合力，推动人工智能与实体经济深", 0)
        .line("度融合发展。", 0);
    assertEquals(List.of(
        "为深入实施创新驱动发展战略，推动高新技术产业开发区与高等院校协同发展，加快形成新质生产力，结合实际，制定方案。",
        "各区要建立工作协调机制，定期研究解决科技成果转化中的重大问题，确保各项任务落到实处、取得实效。",
        "各部门要密切配合，形成工作合力，推动人工智能与实体经济深度融合发展。"), blocks(pdf, format));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pdf", "ofd"})
  void aListItemAtTheMarginStartsAParagraphButAWrapBeforeANumberDoesNot(String format) throws Exception {
    OfficialPdf pdf = new OfficialPdf().newPage();
    pdf.line("一、总体要求", 0)
        .line("（一）指导思想。坚持以企业为主体、以市场为导向，促进创新", 0)
        .line("链产业链深度融合，全面提升科技成果转化产业化水平，见效。", 0) // full, ends a sentence
        .line("（二）工作目标。到2025年建成平台二十个，对考核优秀的", 0)
        .line("1.5倍于上年的专项资金予以奖励，并严格按照本办法附件的", 0) // full, mid-sentence, before 第三条
        .line("第三条所列名单执行，培育专精特新中小企业一百家以上。", 0)
        .line("1.建设创新平台。", 0)
        .line("2.培育创新主体。", 0)
        .line("第一条 为规范专项资金管理，根据有关规定，制定本办法。", 0);
    assertEquals(List.of("一、总体要求",
        "（一）指导思想。坚持以企业为主体、以市场为导向，促进创新链产业链深度融合，全面提升科技成果转化产业化水平，见效。",
        "（二）工作目标。到2025年建成平台二十个，对考核优秀的1.5倍于上年的专项资金予以奖励，并严格按照本办法附件的"
            + "第三条所列名单执行，培育专精特新中小企业一百家以上。",
        "1.建设创新平台。", "2.培育创新主体。", "第一条 为规范专项资金管理，根据有关规定，制定本办法。"), blocks(pdf, format));
  }

  private static final String NOTICE = "为贯彻落实党中央、国务院决策部署，加快推进新一代人工智能与实体经济深度融合，"
      + "促进科技成果转化和产业化，现将有关事项通知如下。";

  /** The 版头 of a joint document: two names stacked at 30 pt, 文件 beside them, {@code apart} characters between baselines. */
  private static OfficialPdf jointMark(float apart) {
    OfficialPdf pdf = new OfficialPdf().newPage();
    float size = 30;
    String upper = "国家发展和改革委员会";
    String lower = "财政部";
    for (int i = 0; i < upper.length(); i++) {
      pdf.at(upper.substring(i, i + 1), OfficialPdf.LEFT + i * size, 120, size);
    }
    for (int i = 0; i < lower.length(); i++) {
      pdf.at(lower.substring(i, i + 1), OfficialPdf.LEFT + i * size * 3.5f, 120 + size * apart, size);
    }
    pdf.at("文件", OfficialPdf.LEFT + size * 10.5f, 120 + size * apart / 2, size);
    pdf.gap().gap().gap().gap().line("发改财金〔2024〕12号", 8).gap();
    pdf.line("各省、自治区、直辖市发展改革委、财政厅（局）：", 0).paragraph(NOTICE);
    return pdf;
  }

  @ParameterizedTest
  @ValueSource(floats = {0.5f, 0.4f, 0.7f, 1.2f})
  void aJointMarkWhoseStackedNamesOverlapReadsAsTheTwoNames(float apart) throws Exception {
    assertEquals(List.of("国家发展和改革委员会", "财 政 部 文件", "发改财金〔2024〕12号",
        "各省、自治区、直辖市发展改革委、财政厅（局）：", NOTICE), blocks(jointMark(apart), "pdf"));
  }
}
