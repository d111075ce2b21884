package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykb.model.OfficialElements;
import org.policykb.model.PolicyDocument;

/**
 * Golden tests on documents of our own in the shapes policy documents are published in: every
 * element of an official document read from where GB/T 9704-2012 puts it, nothing read from a
 * text that is no official document.
 */
class OfficialElementsTest {
  private final DocumentParser parser = new DocumentParser();

  private PolicyDocument one(String file, String content) throws UnreadableSourceException {
    return parser.parse(FileTypes.stem(file), file, content.getBytes(StandardCharsets.UTF_8));
  }

  /** The official layout as a Word file's text comes out: 版头, number, a title on two lines, 版记. */
  private static final String NOTICE = """
      江东省科学技术厅文件

      江科发〔2024〕12号

      江东省科学技术厅关于印发《江东省高新区与高校

      协同创新行动方案》的通知

      各设区市科技局，省各有关单位：

      现将《江东省高新区与高校协同创新行动方案》印发给你们，请结合实际认真贯彻落实。

      附件：1．江东省双高协同重点任务清单

      2．江东省双高协同联络员名单

      江东省科学技术厅

      二〇二四年三月十五日

      （此件公开发布）

      江东省高新区与高校协同创新行动方案

      一、总体要求

      推进高新区与高校“双高协同”，到2026年建成一批协同创新平台。

      抄送：科学技术部，省委办公厅，省政府办公厅。

      江东省科学技术厅办公室　　2024年3月18日印发
      """;

  @Test
  void aNoticeInTheOfficialLayoutStatesEveryElementWhereTheStandardPutsIt() throws Exception {
    PolicyDocument d = one("notice.txt", NOTICE);
    assertEquals("江东省科学技术厅关于印发《江东省高新区与高校协同创新行动方案》的通知", d.title());
    assertFalse(d.titleDerived());
    assertTrue(d.text().contains("江科发〔2024〕12号\n\n江东省科学技术厅关于印发《江东省高新区与高校协同创新行动方案》的通知\n\n各设区市"),
        "the title's two lines are one paragraph: " + d.text());
    OfficialElements o = d.official();
    assertEquals("江科发〔2024〕12号", o.docNumber());
    assertEquals("header", o.docNumberFrom());
    assertEquals(List.of("江科发", 2024, 12), List.of(o.agencyCode(), o.docYear(), o.serial()));
    assertEquals(List.of("江东省科学技术厅"), o.issuers());
    assertEquals("signature", o.issuersFrom());
    assertEquals("通知", o.docType());
    assertEquals("title", o.docTypeFrom());
    assertEquals("方案", o.issuedInstrument());
    assertEquals("江东省高新区与高校协同创新行动方案", o.issuedInstrumentTitle());
    assertEquals(LocalDate.of(2024, 3, 15), o.dateSigned());
    assertEquals("signature", o.dateSignedFrom());
    assertNull(o.datePublished(), "a printed document states no publication date");
    assertNull(o.datePublishedFrom());
    assertEquals("各设区市科技局，省各有关单位", o.recipients());
    assertEquals("body", o.recipientsFrom());
    assertEquals(List.of("江东省双高协同重点任务清单", "江东省双高协同联络员名单"), o.attachments());
    assertEquals("body", o.attachmentsFrom());
    assertEquals("科学技术部，省委办公厅，省政府办公厅", o.cc());
    assertEquals("closing", o.ccFrom());
    assertEquals("江东省科学技术厅办公室", o.printedBy());
    assertEquals(LocalDate.of(2024, 3, 18), o.printedDate());
    assertEquals("closing", o.printedFrom());
  }

  @Test
  void aJointDocumentWithoutSignatureNamesItsIssuersInTheStackedMark() throws Exception {
    PolicyDocument d = one("joint.txt", """
        工业和信息化部

        科学技术部文件

        工信部联科〔2024〕3号

        工业和信息化部 科学技术部关于加快培育新质生产力的指导意见

        各省、自治区、直辖市工业和信息化主管部门、科技厅（委、局）：

        为加快培育新质生产力，现提出如下意见。

        一、总体要求

        以科技创新引领产业创新。

        2024年5月6日
        """);
    OfficialElements o = d.official();
    assertEquals("工业和信息化部 科学技术部关于加快培育新质生产力的指导意见", d.title());
    assertEquals(List.of("工业和信息化部", "科学技术部"), o.issuers());
    assertEquals("header", o.issuersFrom());
    assertEquals("意见", o.docType());
    assertEquals("工信部联科〔2024〕3号", o.docNumberNormalized());
    assertEquals(LocalDate.of(2024, 5, 6), o.dateSigned());
    assertEquals("各省、自治区、直辖市工业和信息化主管部门、科技厅（委、局）", o.recipients());
  }

  @Test
  void aJointSignatureOnOneLineNamesEveryIssuer() throws Exception {
    PolicyDocument d = one("signed.txt", """
        关于推进双高协同创新的通知

        各有关单位：

        现就推进双高协同创新有关事项通知如下。

        工业和信息化部　　　　科学技术部

        2024年5月6日
        """);
    assertEquals(List.of("工业和信息化部", "科学技术部"), d.official().issuers());
    assertEquals("signature", d.official().issuersFrom());
    assertNull(d.official().docNumber());
  }

  @Test
  void aLineThatEndsInAColonButSaysSomethingAddressesNoOne() throws Exception {
    PolicyDocument d = one("announcement.txt", """
        江东省科学技术厅关于2024年度双高协同项目立项的公告

        现将2024年度双高协同项目立项情况公告如下：

        一、立项项目共计42项。

        江东省科学技术厅

        2024年6月3日
        """);
    assertNull(d.official().recipients());
    assertNull(d.official().recipientsFrom());
    assertEquals("公告", d.official().docType());
    assertEquals(LocalDate.of(2024, 6, 3), d.official().dateSigned());
  }

  @Test
  void aNewsArticleWithADatelineIsNoOfficialDocument() throws Exception {
    PolicyDocument d = one("news.txt", """
        高新区“双高协同”见实效

        江东省科学技术厅

        2024年5月6日

        江东省科学技术厅近日召开会议，部署高新区与高校协同创新工作。
        """);
    assertEquals(OfficialElements.NONE, d.official());
  }

  @Test
  void aLegalDatabaseExportLosesItsHeaderLinesAndPrintsItsTitleOnce() throws Exception {
    PolicyDocument d = one("export.txt", "【法宝引证码】 CLI.12.1234567\r\n原文链接：https://www.example.org/lar/abc.html\r\n"
        + "江东市人民政府办公室关于做好2024年数据要素工作的通知\r\n江东市人民政府办公室关于做好2024年数据要素工作的通知\r\n"
        + "江政办发〔2024〕5号\r\n各县区人民政府，市直各部门：\r\n现就做好2024年数据要素工作通知如下。\r\n2024年2月1日\r\n");
    assertEquals("江东市人民政府办公室关于做好2024年数据要素工作的通知", d.title());
    assertEquals("https://www.example.org/lar/abc.html", d.url());
    assertFalse(d.text().contains("法宝引证码"), d.text());
    assertEquals(d.text().indexOf(d.title()), d.text().lastIndexOf(d.title()), "the title once: " + d.text());
    OfficialElements o = d.official();
    assertEquals(List.of("江东市人民政府办公室"), o.issuers());
    assertEquals("title", o.issuersFrom(), "no signature above the date: the issuer the title names");
    assertEquals("江政办发〔2024〕5号", o.docNumber());
    assertEquals(LocalDate.of(2024, 2, 1), o.dateSigned());
  }

  @Test
  void aScrapedRecordWithAnHtmlBodyAndItsOwnFieldsIsRead() throws Exception {
    PolicyDocument d = one("record.json", """
        {"urlsource": "http://www.example.org/czt/t20240601_1.html", "title": "江东省财政厅关于下达2024年双高协同专项资金的通知",
         "date": "2024-06-01", "source": "江东省财政厅", "发文字号": "江财发[2024]8号",
         "article": "<div class=\\"view trs_paper_default\\"><p style=\\"text-align:center\\"><strong>江财发〔2024〕8号</strong></p><p>各市财政局：</p><p>现将2024年双高协同专项资金下达给你们。</p><p style=\\"text-align:right\\">江东省财政厅</p><p style=\\"text-align:right\\">2024年5月28日</p></div>",
         "attachment": [{"mark": "附件1、资金分配表", "link": "http://www.example.org/a.xlsx"}, {"mark": "附件2-3、绩效目标表", "link": "x"}]}
        """);
    assertEquals("json+html", d.format());
    assertEquals("http://www.example.org/czt/t20240601_1.html", d.url());
    assertFalse(d.text().contains("trs_paper_default") || d.text().contains("<p"), d.text());
    OfficialElements o = d.official();
    assertEquals("江财发[2024]8号", o.docNumber(), "as the record prints it");
    assertEquals("江财发〔2024〕8号", o.docNumberNormalized());
    assertEquals("record", o.docNumberFrom());
    assertEquals(List.of("江东省财政厅"), o.issuers());
    assertEquals("signature", o.issuersFrom());
    assertEquals(LocalDate.of(2024, 5, 28), o.dateSigned());
    assertEquals(LocalDate.of(2024, 6, 1), o.datePublished());
    assertEquals("record", o.datePublishedFrom());
    assertEquals(List.of("资金分配表", "绩效目标表"), o.attachments());
    assertEquals("record", o.attachmentsFrom());
    assertEquals("各市财政局", o.recipients());
  }

  @Test
  void aGovernmentPagesMetadataTableIsReadAndIsNotText() throws Exception {
    PolicyDocument d = one("page.html", """
        <html><head><title>江东省人民政府关于加快数据要素市场化配置的意见_江东省人民政府</title></head><body>
        <table class="bd1"><tr><td><b>索 引 号：</b></td><td>000014349/2024-00012</td><td><b>主题分类：</b></td><td>综合政务、数据\\要素</td></tr>
        <tr><td><b>发文机关：</b></td><td>江东省人民政府</td><td><b>成文日期：</b></td><td>2024年04月02日</td></tr>
        <tr><td><b>标　　题：</b></td><td colspan="3">江东省人民政府关于加快数据要素市场化配置的意见</td></tr>
        <tr><td><b>发文字号：</b></td><td>江政发〔2024〕9号</td><td><b>发布日期：</b></td><td>2024年04月10日</td></tr></table>
        <div id="UCAP-CONTENT"><p>江东省人民政府关于加快数据要素市场化配置的意见</p><p>江政发〔2024〕9号</p>
        <p>各市、县（区）人民政府，省政府各部门：</p>
        <p>为加快培育数据要素市场，释放数据要素价值，推动数字经济高质量发展，结合我省实际，现提出如下意见。各地各部门要把数据要素市场化配置改革摆在突出位置，建立健全工作机制，细化任务分工，确保各项措施落地见效，为全省经济社会高质量发展提供有力支撑。</p>
        <p>江东省人民政府</p><p>2024年4月2日</p></div></body></html>
        """);
    OfficialElements o = d.official();
    assertEquals("江政发〔2024〕9号", o.docNumber());
    assertEquals("page_table", o.docNumberFrom());
    assertEquals(List.of("江东省人民政府"), o.issuers());
    assertEquals("page_table", o.issuersFrom());
    assertEquals(LocalDate.of(2024, 4, 2), o.dateSigned());
    assertEquals("page_table", o.dateSignedFrom());
    assertEquals(LocalDate.of(2024, 4, 10), o.datePublished());
    assertEquals("page_table", o.datePublishedFrom());
    assertEquals("000014349/2024-00012", o.indexNumber());
    assertEquals(List.of("综合政务", "数据\\要素"), o.topics());
    assertEquals("意见", o.docType());
    assertFalse(d.text().contains("索 引 号") || d.text().contains("主题分类"), d.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2019年1月24日          | 2019-01-24",
      "2019 年 1 月 24 日      | 2019-01-24",
      "２０１９年１月２４日      | 2019-01-24",
      "二〇二三年三月十五日      | 2023-03-15",
      "二○一九年十二月三十一日  | 2019-12-31",
      "二〇二〇年十月二十日      | 2020-10-20",
      "二00九年五月二十六日      | 2009-05-26",
      "二OO三年四月十日         | 2003-04-10",
      "2000年5月26日          | 2000-05-26",
      "2019年1月24日印发       | ",
      "2019年2月30日          | ",
      "关于2019年1月24日的通知 | "})
  void aDateUnderASignatureIsReadInEitherNumerals(String line, String expected) {
    assertEquals(expected == null ? null : LocalDate.parse(expected), DateParser.whole(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见 | 意见 |",
      "国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见 | 意见 |",
      "国务院关于河北雄安新区总体规划（2018—2035年）的批复 | 批复 |",
      "国务院关于印发国家职业教育改革实施方案的通知 | 通知 | 方案:国家职业教育改革实施方案",
      "国务院关于印发中医药发展战略规划纲要（2016—2030年）的通知 | 通知 | 纲要:中医药发展战略规划纲要（2016—2030年）",
      "北京市经济和信息化局印发《关于推进北京市数据专区建设的指导意见》的通知 | 通知 | 意见:关于推进北京市数据专区建设的指导意见",
      "关于转发《江东省数据条例》的通知 | 通知 | 条例:江东省数据条例",
      "陈独秀在中国共产党第三次全国代表大会上的报告 | |",
      "江东省科学技术厅关于2023年工作情况的报告 | 报告 |",
      "高新区“双高协同”见实效 | |",
      "通知 | |"})
  void aTitleNamesItsDocTypeAndTheInstrumentItIssues(String title, String type, String instrument) {
    assertEquals(type, PolicyTitles.docType(title), title);
    String[] issued = type == null ? null : PolicyTitles.issuedInstrument(title);
    assertEquals(instrument, issued == null ? null : issued[0] + ":" + issued[1], title);
  }
}
