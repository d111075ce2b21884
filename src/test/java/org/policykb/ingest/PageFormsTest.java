package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.model.OfficialElements;
import org.policykb.model.PolicyDocument;

/**
 * Golden documents of our own in the forms local governments' and agencies' sites keep them in — a
 * site's body-only text export, a page with its site's table, a Word or PDF attachment: the expected
 * values are the document's own, written here; what it does not state stays null.
 */
class PageFormsTest {
  private final DocumentParser parser = new DocumentParser();

  private PolicyDocument one(String file, String content) throws UnreadableSourceException {
    return parser.parse(FileTypes.stem(file), file, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aBodyOnlyExportIsDatedByItsClosingDateAndGetsNoTitleFromItsLines() throws Exception {
    PolicyDocument d = one("notice.txt", """
        各县（市、区）人民政府，市政府各部门：
        为做好春季农业生产工作，市政府办公室将组织3个督导组赴各地开展专项督导。现将有关事项通知如下。
        2024年3月4日至6日
        督导组深入田间地头，实地查看春耕备耕进度，了解农资供应情况。
        请各地认真做好准备，按时报送有关材料。
        2024年2月28日　　
        （此件主动公开）
        """);
    assertTrue(d.titleDerived(), "the text prints no title: " + d.title());
    OfficialElements o = d.official();
    assertEquals(LocalDate.of(2024, 2, 28), o.dateSigned());
    assertEquals("各县（市、区）人民政府，市政府各部门", o.recipients());
    assertTrue(o.issuers().isEmpty(), "no signature names an issuer: " + o.issuers());
    assertNull(o.docType());
    assertNull(o.docNumber());
  }

  @Test
  void aLineLeadingIntoTheBodyIsNoTitle() throws Exception {
    PolicyDocument d = one("appointment.txt", """
        各县（区）人民政府，市政府各部门：
        经市政府研究决定：
        张某某任江东职业技术学院副院长（试用期一年）。
        2024年1月9日
        """);
    assertTrue(d.titleDerived(), "the text prints no title: " + d.title());
    assertEquals(LocalDate.of(2024, 1, 9), d.official().dateSigned());
  }

  @Test
  void aDecreeKeptWithoutItsHeadingIsOneButItsNumberAndIssuerAreNotRead() throws Exception {
    PolicyDocument d = one("decree.txt", """
        第15号
        《江东市人民政府关于修改〈江东市停车场管理办法〉的决定》已经2024年4月2日市人民政府第9次常务会议审议通过，现予公布，自公布之日起施行。
        市长　　　　　
        2024年4月12日
        （此件主动公开）
        """);
    assertTrue(d.titleDerived(), "a number standing alone is no title: " + d.title());
    OfficialElements o = d.official();
    assertEquals("命令", o.docType());
    assertNull(o.docNumber(), "without its heading the series of 第15号 is unknown");
    assertTrue(o.issuers().isEmpty(), "only the lost heading named the issuer: " + o.issuers());
    assertEquals(LocalDate.of(2024, 4, 12), o.dateSigned());
  }

  @Test
  void aTextWithoutAddressOrSignatureStatesNoDateSigned() throws Exception {
    PolicyDocument d = one("news.txt", """
        春耕备耕有序推进
        记者从市农业农村局获悉，全市春耕备耕工作有序推进，农资供应充足。
        2024年3月1日
        """);
    assertNull(d.official().dateSigned());
  }

  @Test
  void aBulletinNamesItsIssuersUnderItsTitle() throws Exception {
    PolicyDocument d = one("bulletin.txt", """
        江东县2023年国民经济和社会发展统计公报
        江东县统计局　国家统计局江东调查队
        （2024年4月）
        2023年，全县经济运行稳中向好，高质量发展扎实推进。
        一、综合
        全年实现生产总值120.5亿元，按可比价格计算，比上年增长5.1%。
        """);
    assertEquals("江东县2023年国民经济和社会发展统计公报", d.title());
    OfficialElements o = d.official();
    assertEquals("公报", o.docType());
    assertEquals(List.of("江东县统计局", "国家统计局江东调查队"), o.issuers());
    assertNull(o.dateSigned(), "（2024年4月） names no day");
  }

  @Test
  void aBulletinSignedInParenthesesWithoutADate() throws Exception {
    OfficialElements o = one("bulletin.txt", """
        江东县2016年国民经济和社会发展统计公报
        2016年，全县经济平稳增长，民生持续改善。
        一、综合
        全年实现生产总值100.2亿元，比上年增长8.1%。
        （江东县统计局）
        """).official();
    assertEquals(List.of("江东县统计局"), o.issuers());
    assertNull(o.dateSigned());
  }

  @Test
  void namesUnderTheTitleOfAnArticleAreNoIssuers() throws Exception {
    OfficialElements o = one("article.txt", """
        江东县春耕备耕有序推进
        江东县农业农村局
        记者从县农业农村局获悉，全县春耕备耕工作有序推进。
        （江东县融媒体中心）
        """).official();
    assertTrue(o.issuers().isEmpty(), o.issuers().toString());
  }

  @Test
  void aPagesPrintedPublicationDateIsTheDatePublished() throws Exception {
    OfficialElements o = one("page.html", """
        <!DOCTYPE html>
        <html><head><meta name="PubDate" content="2024-09-02 10:00:00"><title>江东市停车场管理办法_江东市人民政府</title></head>
        <body><div class="header">江东市人民政府</div>
        <h1>江东市停车场管理办法</h1>
        <div class="attr"><span class="time">发布日期：<b>2024-05-08</b></span> <span>来源：江东市交通运输局</span></div>
        <div class="content">
        <p>（2024年4月30日江东市人民政府令第15号公布）</p>
        <p>第一条 为了加强停车场管理，规范停车秩序，根据有关法律法规，结合本市实际，制定本办法。</p>
        <p>第二条 本市行政区域内停车场的规划、建设和管理，适用本办法。</p>
        </div></body></html>
        """).official();
    assertEquals(LocalDate.of(2024, 5, 8), o.datePublished(), "the page's line, not the 题注's 公布 date nor the page's PubDate");
  }

  @Test
  void aPagesPubDateMetaAloneIsNoDatePublished() throws Exception {
    OfficialElements o = one("page.html", """
        <!DOCTYPE html>
        <html><head><meta name="PubDate" content="2024-09-02 10:00:00"><title>江东市人民政府关于做好春耕工作的通知</title></head>
        <body><h1>江东市人民政府关于做好春耕工作的通知</h1>
        <div class="content"><p>各县（区）人民政府：</p><p>为做好春耕工作，现将有关事项通知如下。请认真贯彻执行。</p>
        <p>江东市人民政府</p><p>2024年3月1日</p></div></body></html>
        """).official();
    assertNull(o.datePublished(), "a page generated anew carries that day in its PubDate");
    assertEquals(LocalDate.of(2024, 3, 1), o.dateSigned());
  }

  @Test
  void aNoticeTitledOnTwoLinesWithABatchAfterItsTypeSignedByACustomsOffice() throws Exception {
    PolicyDocument d = one("notice.txt", """
        江东海关2024年度拟录用
        公务员公示公告（第一批）
        根据2024年度考试录用公务员工作有关要求，经过笔试、面试、体检和考察等程序，确定张某等3人为江东海关拟录用公务员，现予以公示。
        公示时间：2024年5月20日至5月24日（5个工作日）
        江东海关
        2024年5月17日
        """);
    assertEquals("江东海关2024年度拟录用公务员公示公告（第一批）", d.title());
    OfficialElements o = d.official();
    assertEquals("公告", o.docType());
    assertEquals(List.of("江东海关"), o.issuers());
    assertEquals(LocalDate.of(2024, 5, 17), o.dateSigned());
  }

  @Test
  void aQualifierAfterTheTypeKeepsItButALawsNoteRunIntoTheTitleDoesNot() {
    assertEquals("意见", PolicyTitles.docType("江东省人民政府关于促进消费的实施意见（试行）"));
    assertEquals("公告", PolicyTitles.docType("江东省税务局拟录用公务员公示公告（第二批）"));
    assertNull(PolicyTitles.docType("江东省人民代表大会常务委员会关于批准《江东市河道管理条例》的决议（2020年5月24日通过）"));
  }

  @Test
  void minutesNameTheirMeetingWithoutDe() {
    assertEquals("纪要", PolicyTitles.docType("关于办理涉水生态环境案件有关问题座谈会纪要"));
    assertEquals("纪要", PolicyTitles.docType("江东市河长制工作联席会议纪要"));
    assertNull(PolicyTitles.docType("纪要"));
  }

  @Test
  void aJointSignatureSetTwoByTwoIsReadNameByName() throws Exception {
    OfficialElements o = one("joint.txt", """
        中国银保监会江东监管局 江东省财政厅关于做好小微企业金融服务的通知
        各银保监分局，各市财政局：
        为做好小微企业金融服务工作，现就有关事项通知如下。请认真贯彻执行。
        中国银保监会江东监管局江东省财政厅
        江东省地方金融监管局国家税务总局江东省税务局
        2024年6月3日
        """).official();
    assertEquals(List.of("中国银保监会江东监管局", "江东省财政厅", "江东省地方金融监管局", "国家税务总局江东省税务局"), o.issuers());
    assertEquals(LocalDate.of(2024, 6, 3), o.dateSigned());
  }

  @Test
  void anUndatedSignatureNamesTheIssuersAsTheyArePrintedThere() throws Exception {
    OfficialElements o = one("notice.html", """
        <!DOCTYPE html>
        <html><head><title>江东保监局、江东市公安局关于交强险费率浮动标准的公告</title></head>
        <body><h1>江东保监局、江东市公安局关于交强险费率浮动标准的公告</h1>
        <div class="content"><p>根据有关规定，现将江东市交强险费率浮动标准公告如下，自2024年4月1日起实施。</p>
        <p>特此公告。</p><p>中国保监会江东监管局</p><p>江东市公安局</p></div></body></html>
        """).official();
    assertEquals(List.of("中国保监会江东监管局", "江东市公安局"), o.issuers(), "the signature's names, not the title's short ones");
    assertNull(o.dateSigned());
  }

  @Test
  void aListOfUnitsClosingANoticeIsNoSignature() throws Exception {
    OfficialElements o = one("list.txt", """
        江东市卫生健康委员会关于公布定点医疗机构名单的通知
        各区卫生健康局：
        现将定点医疗机构名单公布如下。
        江东市第一人民医院
        江东市第二人民医院
        江东市中医院
        江东市妇幼保健院
        江东市口腔医院
        """).official();
    assertEquals(List.of("江东市卫生健康委员会"), o.issuers(), "the title's issuer; the list names none");
  }

  @Test
  void aLongNameSetOnTwoLinesAboveASealNoteIsOneIssuer() throws Exception {
    OfficialElements o = one("notice.html", """
        <!DOCTYPE html>
        <html><head><title>关于印发江东省防汛抗旱应急预案的通知</title></head>
        <body><h1>关于印发江东省防汛抗旱应急预案的通知</h1>
        <div class="content"><p>各市防汛抗旱指挥部：</p><p>现将《江东省防汛抗旱应急预案》印发给你们，请认真组织实施。</p>
        <p>浙江省应对突发公共卫生事件</p><p>联防联控机制综合组</p><p>（浙江省卫生健康委代章）</p><p>2024年6月1日</p></div></body></html>
        """).official();
    assertEquals(List.of("浙江省应对突发公共卫生事件联防联控机制综合组"), o.issuers());
    assertEquals(LocalDate.of(2024, 6, 1), o.dateSigned());
  }

  @Test
  void aClosingFormulaAboveTheSignatureIsNoPartOfTheName() throws Exception {
    OfficialElements o = one("notice.html", """
        <!DOCTYPE html>
        <html><head><title>江东保监局关于做好汛期保险服务的通知</title></head>
        <body><h1>江东保监局关于做好汛期保险服务的通知</h1>
        <div class="content"><p>各保险公司：</p><p>为做好汛期保险服务，现将有关事项通知如下。各公司要认真落实。</p>
        <p>特此通知</p><p>江东保监局</p><p>2024年6月1日</p></div></body></html>
        """).official();
    assertEquals(List.of("江东保监局"), o.issuers());
  }

  @Test
  void theLinksToAPagesAttachedFilesAreItsAttachmentNoteNotNavigation() throws Exception {
    PolicyDocument d = one("notice.html", """
        <!DOCTYPE html>
        <html><head><title>江东市社会保险基金管理中心关于开展资格认证的通告</title></head>
        <body><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
        <h1>江东市社会保险基金管理中心关于开展资格认证的通告</h1>
        <div class="content"><p>为做好养老保险待遇领取资格认证工作，现将有关事项通告如下。待遇领取人员每年认证一次。</p>
        <p>附件：</p>
        <p><a href="/attachment/1/101.pdf">1.资格认证操作指引.pdf</a></p>
        <p><a download="2.社保服务网点名单.xlsx" href="/attachment/1/102">2.社保服务网点名单.xlsx</a></p>
        <p>江东市社会保险基金管理中心</p><p>2025年3月27日</p></div></body></html>
        """);
    assertTrue(d.text().contains("1.资格认证操作指引.pdf"), d.text());
    assertTrue(d.text().contains("2.社保服务网点名单.xlsx"), d.text());
    assertTrue(!d.text().contains("政务公开"), d.text());
  }
}
