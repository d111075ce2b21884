package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * One golden document of our own for each form an {@link ElementReader} reads, in the shapes the
 * development set showed them in (a 令 as legal databases export it, a law's 题注, a number in
 * parentheses, a record of a site's search service run together, names run together): the expected
 * values are the document's own, written here.
 */
class ElementReadersTest {
  private final DocumentParser parser = new DocumentParser();

  private PolicyDocument one(String file, String content) throws UnreadableSourceException {
    return parser.parse(FileTypes.stem(file), file, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aDecreeIsIssuedByTheGovernmentOfItsHeadingNotByTheMayorWhoSigns() throws Exception {
    OfficialElements o = one("decree.txt", """
        江东市人民政府令

        （第19号）

        《江东市公共数据开放办法》已经2024年2月26日市政府第41次常务会议通过，现予公布，自2024年5月1日起施行。

        市长　王某某

        2024年3月1日
        """).official();
    assertEquals("第19号", o.docNumber());
    assertEquals("江东市人民政府令第19号", o.docNumberNormalized());
    assertEquals("江东市人民政府令", o.agencyCode());
    assertNull(o.docYear(), "a decree is numbered without a year");
    assertEquals(List.of("江东市人民政府"), o.issuers());
    assertEquals("命令", o.docType());
    assertEquals(LocalDate.of(2024, 3, 1), o.dateSigned());
  }

  @Test
  void aLawsNoteStatesWhenItWasAdoptedAndWhichDecreePromulgatedIt() throws Exception {
    PolicyDocument d = one("rule.md", """
        # 江东省数据条例

        2023年6月1日 中华人民共和国国务院令第901号发布

        2023年9月1日 施行

        <!-- INFO END -->

        第一条 为了规范数据处理活动，制定本条例。
        """);
    OfficialElements o = d.official();
    assertEquals("中华人民共和国国务院令第901号", o.docNumber());
    assertEquals("国务院令第901号", o.docNumberNormalized());
    assertEquals(List.of("国务院"), o.issuers());
    assertEquals(LocalDate.of(2023, 6, 1), o.dateSigned());
    assertEquals(LocalDate.of(2023, 6, 1), o.datePublished());
    assertNull(o.docType(), "a regulation standing alone has no 文种");
    assertTrue(!d.text().contains("INFO END"), d.text());
  }

  @Test
  void anAdoptionAndARevisionTellTheDateAnAmendmentDoesNot() throws Exception {
    OfficialElements o = one("law.txt", """
        江东省河道管理条例

        （2001年5月1日江东省第九届人民代表大会常务委员会第二十次会议通过　2015年7月30日江东省第十二届人民代表大会常务委员会第十八次会议修订　根据2020年9月29日江东省第十三届人民代表大会常务委员会第二十次会议《关于修改〈江东省河道管理条例〉的决定》修正）

        第一条　为了加强河道管理，制定本条例。
        """).official();
    assertEquals(LocalDate.of(2015, 7, 30), o.dateSigned());
    assertNull(o.datePublished(), "the note names no promulgation");
  }

  @Test
  void aNoteHardWrappedOverLinesIsReadWhole() throws Exception {
    OfficialElements o = one("decision.md", """
        # 江东市人民代表大会常务委员会关于废止《江东市湖泊保护条例》的决定

        江东市人民代表大会常务委员会

        关于废止《江东市湖泊保护条例》的决定

        > （2022年6月28日江东市第七届人民代表大会常务
        >
        > 委员会第九次会议通过　2022年7月29日江东省
        >
        > 第十三届人民代表大会常务委员会第四次会议批准）

        江东市第七届人民代表大会常务委员会第九次会议决定：废止《江东市湖泊保护条例》。
        """).official();
    assertEquals(LocalDate.of(2022, 6, 28), o.dateSigned(), "adopted by the issuing organ; the province's 批准 is no adoption");
    assertEquals("决定", o.docType());
  }

  @Test
  void aJointInterpretationIsDatedTheDayTheLaterOrganAdoptedIt() throws Exception {
    PolicyDocument d = one("interpretation.md", """
        # 最高人民法院、最高人民检察院关于办理虚构案件适用法律若干问题的解释

        2022年11月7日 最高人民法院审判委员会第1800次会议、2023年1月4日最高人民检察院第十三届检察委员会第九十次会议通过

        2023年3月1日 施行

        <!-- INFO END -->

        最高人民法院 最高人民检察院 关于办理虚构案件适用法律若干问题的解释

        法释〔2023〕2号

        为依法惩治虚构案件的犯罪活动，根据刑法的规定，现就有关问题解释如下：

        第一条 本解释自2023年3月1日起施行。
        """);
    assertEquals(LocalDate.of(2023, 1, 4), d.official().dateSigned());
    assertEquals("法释〔2023〕2号", d.official().docNumber());
    assertTrue(d.text().contains("会议通过\n"), "the note's steps stay lines of their own: " + d.text());
  }

  @Test
  void aNoteRunOnAfterTheTitleIsRead() throws Exception {
    OfficialElements o = one("reply.md", """
        # 最高人民法院关于审理虚构纠纷案件适用法律问题的批复

        最高人民法院

        关于审理虚构纠纷案件适用法律问题的批复（2021年3月2日最高人民法院审判委员会第1830次会议通过，自2021年4月1日起施行）

        各省、自治区、直辖市高级人民法院：

        经研究，批复如下：本批复自2021年4月1日起施行。
        """).official();
    assertEquals(LocalDate.of(2021, 3, 2), o.dateSigned());
    assertEquals("批复", o.docType());
  }

  @Test
  void aSignedDateComesBeforeTheNotesAdoption() throws Exception {
    OfficialElements o = one("reply.txt", """
        最高人民检察院关于虚构行为如何定性问题的批复

        （1996年9月2日最高人民检察院第八届检察委员会

        第六十次会议通过）

        江东省人民检察院：

        你院请示收悉。经研究，批复如下：此复。

        最高人民检察院

        1996年9月10日
        """).official();
    assertEquals(LocalDate.of(1996, 9, 10), o.dateSigned());
    assertEquals(List.of("最高人民检察院"), o.issuers());
  }

  @Test
  void aDateBesideTheNumberUnderTheTitleDatesTheDocument() throws Exception {
    OfficialElements o = one("notice.md", """
        # 关于统一虚构物品估价工作的通知

        1993年5月6日　东法（刑）发〔1993〕14号

        各市中级人民法院：

        现就虚构物品估价工作的有关事项通知如下：本通知自下达之日起执行。
        """).official();
    assertEquals("东法（刑）发〔1993〕14号", o.docNumber());
    assertEquals(LocalDate.of(1993, 5, 6), o.dateSigned());
    assertEquals("通知", o.docType());
  }

  @Test
  void anOlderNumberWithItsYearFirstIsReadBesideItsDate() throws Exception {
    OfficialElements o = one("announcement.txt", """
        关于不再追诉虚构人员犯罪行为的公告

        〔88〕东检会（研）字第3号　1988年6月1日

        为了促进交流，现公告如下：对上述人员不再追诉。
        """).official();
    assertEquals("〔88〕东检会（研）字第3号", o.docNumber());
    assertEquals(1988, o.docYear());
    assertEquals(LocalDate.of(1988, 6, 1), o.dateSigned());
  }

  @Test
  void aDateAloneInParenthesesUnderTheTitleDatesAnOfficialDocument() throws Exception {
    OfficialElements o = one("announcement.txt", """
        关于虚构人员来访登记的公告

        （1990年2月3日）

        来访人员应遵守有关规定，其正当活动受法律保护。
        """).official();
    assertEquals(LocalDate.of(1990, 2, 3), o.dateSigned());
    assertEquals("公告", o.docType());
    assertNull(o.docNumber(), "no number is printed");
  }

  @Test
  void aJointDocumentsTitleNamesTheIssuersARecordCutShort() throws Exception {
    OfficialElements o = one("joint.md", """
        ---
        title: "最高人民法院、最高人民检察院、公安部关于虚构案件协查工作的通知"
        office: "最高人民法院、最高人民检察院"
        ---

        最高人民法院 最高人民检察院 公安部

        关于虚构案件协查工作的通知

        各省、自治区、直辖市高级人民法院、人民检察院、公安厅（局）：

        现就虚构案件协查工作通知如下：请遵照执行。
        """).official();
    assertEquals(List.of("最高人民法院", "最高人民检察院", "公安部"), o.issuers());
  }

  @Test
  void aTitleFieldHoldingTheHeadersNamesGivesTheIssuersNotTheTitle() throws Exception {
    PolicyDocument d = one("reply.md", """
        ---
        title: "最高人民法院    国务院宗教事务局"
        issuing_authority: "最高人民法院"
        ---

        关于虚构房屋产权归属问题的复函

        江东省高级人民法院、江东省宗教事务局：

        你们的请示报告收悉。经研究，同意所提意见。此复。
        """);
    assertEquals("关于虚构房屋产权归属问题的复函", d.title());
    assertEquals(List.of("最高人民法院", "国务院宗教事务局"), d.official().issuers(), "a central organ's whole name is one name");
  }

  @Test
  void aTitleSetWithWordsManualLineBreaksIsOneTitle() throws Exception {
    // a Word document saved as text: paragraphs end in CRLF, the title's lines are broken with a bare LF
    PolicyDocument d = one("decision.txt", "\uFEFF\r\n\r\n江东省人民代表大会常务委员会关于批准\n《江东市虚构物品管理办法》\n的决议\r\n\r\n"
        + "（2019年4月2日通过）\r\n\r\n江东省第十三届人民代表大会常务委员会第九次会议决定：批准《江东市虚构物品管理办法》。\r\n");
    assertEquals("江东省人民代表大会常务委员会关于批准《江东市虚构物品管理办法》的决议", d.title());
    OfficialElements o = d.official();
    assertEquals("决议", o.docType());
    assertEquals(List.of("江东省人民代表大会常务委员会"), o.issuers());
    assertEquals(LocalDate.of(2019, 4, 2), o.dateSigned());
  }

  @Test
  void aTitleOverALawsNoteNamesItsIssuerThoughItEndsInNoDocType() throws Exception {
    OfficialElements o = one("rules.txt", """
        江东省人民代表大会常务委员会关于乡镇人民代表大会代表选举的若干规定

        （1990年6月5日江东省第七届人民代表大会常务委员会第十四次会议通过）

        为了做好乡镇人民代表大会代表的选举工作，作如下规定：
        """).official();
    assertEquals(List.of("江东省人民代表大会常务委员会"), o.issuers());
    assertEquals(LocalDate.of(1990, 6, 5), o.dateSigned());
    assertNull(o.docType(), "若干规定 is no 法定文种");
  }

  @Test
  void aPagesHeaderHoldingALawsNoteIsTheDocumentsNotThePages() throws Exception {
    PolicyDocument d = one("law.html", """
        <html><head><title>江东省虚构物品管理条例 (1994年)</title></head><body>
        <div id="pageHeader"><table><tr><td><a href="/prev">江东省虚构物品管理条例 (1990年)</a></td>
        <td><b>江东省虚构物品管理条例</b></td><td><a href="/next">江东省虚构物品管理条例 (2001年)</a></td></tr></table>
        <table><tr><td>（1994年3月2日江东省第八届人民代表大会常务委员会第七次会议通过　1994年3月9日江东省人民代表大会常务委员会公告第十二号公布　根据1999年5月6日江东省第九届人民代表大会常务委员会第九次会议《<a href="/d">关于修改〈江东省虚构物品管理条例〉的决定</a>》修正）</td></tr></table></div>
        <div class="content">
        <p>第一条　为了加强虚构物品的管理，保障公共安全，根据有关法律的规定，结合本省实际，制定本条例。</p>
        <p>第二条　本条例适用于本省行政区域内虚构物品的生产、销售和使用。各级人民政府应当加强领导。</p>
        <p>第三条　本条例自1994年5月1日起施行。县级以上人民政府有关部门按照各自职责做好管理工作。</p>
        </div></body></html>
        """);
    assertTrue(d.text().contains("第九次会议《关于修改〈江东省虚构物品管理条例〉的决定》修正）"), d.text());
    assertEquals("江东省虚构物品管理条例", d.title(), "the wiki's page name tells it from its namesakes by a year");
    OfficialElements o = d.official();
    assertEquals(LocalDate.of(1994, 3, 2), o.dateSigned());
    assertEquals(LocalDate.of(1994, 3, 9), o.datePublished());
    assertEquals("江东省人民代表大会常务委员会公告第12号", o.docNumberNormalized(), "a serial in Han numerals");
  }

  @Test
  void aTextOpeningWithThe公告ThatPublishesItIsTheDocumentItPublishes() throws Exception {
    PolicyDocument d = one("reply.md", """
        ---
        title: "中华人民共和国最高人民法院"
        issuing_authority: "最高人民法院"
        ---

        公    告

        《最高人民法院关于虚构合同纠纷适用法律问题的批复》已于2015年6月8日由最高人民法院审判委员会第1600次会议通过，现予公布，自公布之日起施行。

        最高人民法院

        2015年6月12日

        最高人民法院

        关于虚构合同纠纷适用法律问题的批复

        （2015年6月8日最高人民法院审判委员会

        第1600次会议通过）

        法释〔2015〕11号

        江东省高级人民法院：

        你院请示收悉。经研究，批复如下：此复。

        最高人民法院

        2015年6月12日
        """);
    assertEquals("最高人民法院关于虚构合同纠纷适用法律问题的批复", d.title());
    OfficialElements o = d.official();
    assertEquals("法释〔2015〕11号", o.docNumber());
    assertEquals("批复", o.docType());
    assertEquals(List.of("最高人民法院"), o.issuers());
    assertEquals(LocalDate.of(2015, 6, 12), o.dateSigned());
  }

  @Test
  void aLongNoteListingManyAmendmentsIsReadWhole() throws Exception {
    StringBuilder note = new StringBuilder("（1985年4月1日江东省第六届人民代表大会第三次会议通过　1996年5月2日江东省第八届人民代表大会第四次会议修订");
    for (int year = 1999; year <= 2021; year += 2) {
      note.append("　根据").append(year).append("年6月3日江东省人民代表大会常务委员会《关于修改〈江东省虚构物品管理条例〉的决定》修正");
    }
    note.append("）");
    assertTrue(note.length() > 400, "longer than a short note");
    OfficialElements o = one("law.txt", "江东省虚构物品管理条例\n\n" + note + "\n\n第一条　为了加强虚构物品的管理，制定本条例。\n").official();
    assertEquals(LocalDate.of(1996, 5, 2), o.dateSigned(), "revised whole in 1996; amended since");
  }

  @Test
  void aSourceLinesDateOverALawIsWhenTheSitePublishedIt() throws Exception {
    OfficialElements o = one("law.md", """
        江东省虚构物品管理条例
        --------------------

        来源： 中国人大网　2019年4月2日 10:11:12

        （2019年3月28日江东省第十三届人民代表大会常务委员会第十次会议通过）

        第一条　为了加强虚构物品的管理，制定本条例。
        """).official();
    assertEquals(LocalDate.of(2019, 3, 28), o.dateSigned());
    assertEquals(LocalDate.of(2019, 4, 2), o.datePublished(), "the time of day is no part of the date");
  }

  @Test
  void aBarePromulgationNamingNoDecreeGivesNoSignedDate() throws Exception {
    OfficialElements o = one("rule.md", """
        # 江东省虚构物品管理条例

        1988年5月6日 江东省人民政府发布

        2016年2月6日 《江东省人民政府关于修改部分规章的决定》第一次修订

        <!-- INFO END -->

        第一条　为了加强虚构物品的管理，制定本条例。
        """).official();
    assertNull(o.dateSigned(), "发布 names no 令 or 公告 whose date the rule would carry");
    assertEquals(LocalDate.of(1988, 5, 6), o.datePublished());
    assertNull(o.docNumber());
  }

  @Test
  void aTrialOpinionsTypeIsOpinionAndItsRunOnSignatureIsRead() throws Exception {
    OfficialElements o = one("opinion.md", """
        # 关于虚构项目投资额认定问题的指导意见（试行）

        为规范虚构项目投资额的认定，现提出以下意见。

        一、投资额根据有关审批文件认定。

        地方在执行本意见过程中，如遇到问题，请及时向生态环境部和国家发展和改革委员会反映。

        生态环境部发展改革委2019年7月3日
        """).official();
    assertEquals("意见", o.docType());
    assertEquals(List.of("生态环境部", "发展改革委"), o.issuers());
    assertEquals(LocalDate.of(2019, 7, 3), o.dateSigned());
  }

  @Test
  void aMeetingsMinutesAre纪要WithoutOf() throws Exception {
    OfficialElements o = one("minutes.md", """
        # 关于办理虚构案件有关问题座谈会纪要

        会议指出，办理虚构案件应当依法进行。
        """).official();
    assertEquals("纪要", o.docType());
    assertNull(o.dateSigned(), "no date is printed");
  }

  @Test
  void aLongSignatureWrappedOverTwoLinesIsOneNameAndTheSealLenderSignsNothing() throws Exception {
    OfficialElements o = one("notice.txt", """
        东联防综发〔2021〕9号

        关于印发虚构疫情防控方案的通知

        各市应对虚构疫情联防联控机制：

        现将方案印发给你们，请认真组织实施。

        浙江省应对虚构疫情

        联防联控机制综合组

        （江东省卫生健康委代章）

        2021年5月6日
        """).official();
    assertEquals(List.of("浙江省应对虚构疫情联防联控机制综合组"), o.issuers(), "a name wrapped where it begins as a province's does");
    assertEquals(LocalDate.of(2021, 5, 6), o.dateSigned());
  }

  @Test
  void aNumberAWordExportSetAfterThe版记IsTheDocumentsNumber() throws Exception {
    OfficialElements o = one("reply.md", """
        # 最高人民法院关于虚构案件管辖问题的批复

        各省、自治区、直辖市高级人民法院：

        经研究，批复如下：虚构案件由被告住所地人民法院管辖。

        此复。

        最高人民法院办公厅                     2021年3月4日印发

        最高人民法院

        法释〔2021〕6号
        """).official();
    assertEquals("法释〔2021〕6号", o.docNumber());
    assertEquals("批复", o.docType());
  }

  @Test
  void aNumberInParenthesesUnderTheTitleIsTheDocumentsNumber() throws Exception {
    OfficialElements o = one("export.txt", """
        江东市人民政府办公室关于印发江东市数据开放实施方案的通知

        （东政办发〔2021〕82号）

        各区人民政府，市政府各部门：

        现将《江东市数据开放实施方案》印发给你们，请认真贯彻执行。

        江东市人民政府办公室

        2021年8月2日
        """).official();
    assertEquals("东政办发〔2021〕82号", o.docNumber());
    assertEquals("各区人民政府，市政府各部门", o.recipients());
    assertEquals(List.of("江东市人民政府办公室"), o.issuers());
    assertEquals(LocalDate.of(2021, 8, 2), o.dateSigned());
  }

  @Test
  void aSearchServicesRecordRunTogetherIsReadFromItsNestedFieldsAndItsRunOnText() throws Exception {
    PolicyDocument d = one("record.json", """
        {"score": 4.5, "highlight": {"content": ["<em>通知</em>"]},
         "data": {"filenumber": "东政发〔2023〕7号", "deploytime": 1700000000000,
          "content": "江东市人民政府关于加快数据要素市场建设的通知东政发〔2023〕7号各区人民政府，市政府各部门：为加快数据要素市场建设，现就有关事项通知如下。一、建设数据交易平台。二、培育数据服务企业。特此通知。江东市人民政府2023年11月10日（此件公开发布）"}}
        """);
    OfficialElements o = d.official();
    assertEquals("江东市人民政府关于加快数据要素市场建设的通知", d.title());
    assertEquals("东政发〔2023〕7号", o.docNumber());
    assertEquals(LocalDate.of(2023, 11, 15), o.datePublished(), "milliseconds since 1970 on China's clock");
    assertEquals("各区人民政府，市政府各部门", o.recipients());
    assertEquals(List.of("江东市人民政府"), o.issuers());
    assertEquals(LocalDate.of(2023, 11, 10), o.dateSigned());
    assertEquals("通知", o.docType());
  }

  @Test
  void aNumberWhoseBracketsARecordLostIsReadRightAfterTheTitleItRunsInto() throws Exception {
    PolicyDocument d = one("record.json", """
        {"title": "江东市发展改革委关于做好碳排放报告核查工作的通知",
         "content": "江东市发展改革委关于做好碳排放报告核查工作的通知 东发改气候函2017937号 各区发展改革局，各核查机构： 为做好碳排放报告核查工作，现将有关事项通知如下。一、按时报送排放报告。"}
        """);
    assertEquals("东发改气候函〔2017〕937号", d.official().docNumberNormalized());
    assertEquals("通知", d.official().docType());
    PolicyDocument plain = one("record.json", """
        {"title": "江东市发展改革委关于做好碳排放报告核查工作的通知",
         "content": "江东市发展改革委关于做好碳排放报告核查工作的通知 各区发展改革局，各核查机构： 为做好2017年937号线路的报告工作，现将有关事项通知如下。"}
        """);
    assertNull(plain.official().docNumber(), "no number where the text prints none");
  }

  @Test
  void aJointSignatureRunIntoTheAttachmentsIsFoundWhereItsNamesBegin() throws Exception {
    OfficialElements o = one("notice.json", """
        {"title": "关于发布江东省碳排放因子的公告",
         "content": "为落实有关要求，组织计算了江东省电力碳排放因子，现予发布。 特此公告。 附件：江东省电力碳排放因子 生态环境部 国家统计局 2024年4月12日 生态环境部办公厅2024年4月13日印发 解读：有关负责人答记者问"}
        """).official();
    assertEquals(List.of("生态环境部", "国家统计局"), o.issuers());
    assertEquals(LocalDate.of(2024, 4, 12), o.dateSigned());
    assertEquals("公告", o.docType());
  }

  @Test
  void aSignatureRunIntoTheLastAttachmentsWordsBeginsWhereAName() throws Exception {
    OfficialElements o = one("joint.json", """
        {"title": "关于发布江东省有毒化学品名录的公告",
         "content": "现发布江东省有毒化学品名录。 特此公告。 附件：1《名录》 2《放行通知单》办理说明 环境保护部 商务部 海关总署 2017年12月15日 主送：各省环境保护厅"}
        """).official();
    assertEquals(List.of("环境保护部", "商务部", "海关总署"), o.issuers());
    assertEquals(LocalDate.of(2017, 12, 15), o.dateSigned());
  }

  @Test
  void aTitleListedWithItsNumberInParenthesesIsTheTitleAndTheNumberIsItsNumber() throws Exception {
    PolicyDocument d = one("listed.txt", """
        江东省财政厅 江东省教育厅关于做好学生资助工作的意见（江财教〔2024〕2号）
        各市、县（区）财政局、教育局：
        为做好学生资助工作，现提出如下意见。
        一、提高资助精准度。
        江东省财政厅
        江东省教育厅
        2024年1月5日
        """);
    assertEquals("江东省财政厅江东省教育厅关于做好学生资助工作的意见", d.title().replace(" ", ""));
    assertTrue(d.text().startsWith("江东省财政厅 江东省教育厅关于做好学生资助工作的意见（江财教〔2024〕2号）\n"), "the line stays as printed");
    OfficialElements o = d.official();
    assertEquals("江财教〔2024〕2号", o.docNumber());
    assertEquals("意见", o.docType());
    assertEquals(List.of("江东省财政厅", "江东省教育厅"), o.issuers());
    assertEquals(LocalDate.of(2024, 1, 5), o.dateSigned());
  }

  @Test
  void aNumberInParenthesesRunIntoThe主送LineStandsOnALineOfItsOwn() throws Exception {
    OfficialElements o = one("runon.txt", """
        江东省财政厅关于规范代收业务的通知（江财发〔2021〕237号）各市、县财政局：
        为规范代收业务，现就有关事项通知如下。
        江东省财政厅
        2021年9月15日
        """).official();
    assertEquals("江财发〔2021〕237号", o.docNumber());
    assertEquals("各市、县财政局", o.recipients());
  }

  @Test
  void aDecreeListedWithTheTitleOfWhatItPromulgatesIsThatTitleAndTheDecreesNumberDateAndIssuers() throws Exception {
    PolicyDocument d = one("joint-decree.txt", """
        江东省财政厅 江东省公安厅令〔2014〕第1号（江东省资产冻结管理办法）
        根据有关法律，江东省财政厅、江东省公安厅制定了《江东省资产冻结管理办法》，现予发布，自发布之日起施行。
        江东省财政厅 厅长：王某
        江 东 省 公 安 厅 厅长：李某
        2014年1月10日
        江东省资产冻结管理办法
        第一条 为规范资产冻结，制定本办法。
        第二条 本办法自发布之日起施行。
        """);
    assertEquals("江东省资产冻结管理办法", d.title());
    OfficialElements o = d.official();
    assertEquals("江东省财政厅江东省公安厅令〔2014〕1号", o.docNumberNormalized());
    assertEquals(List.of("江东省财政厅", "江东省公安厅"), o.issuers());
    assertEquals("命令", o.docType(), "a 令, though what it promulgates is titled otherwise");
    assertEquals(LocalDate.of(2014, 1, 10), o.dateSigned());
  }

  @Test
  void aDecreeWhoseNumberHasABracketedYearUnderItsHeadingIsDatedAboveWhatItPromulgates() throws Exception {
    PolicyDocument d = one("decree-year.txt", """
        江东银行令
        〔2003〕第5号
        为规范结算账户的开立和使用，江东银行制定了《江东银行结算账户管理办法》，经2002年8月21日第34次行长办公会议通过，现予公布，自2003年9月1日起施行。
        行长：王某某
        二00三年四月十日
        江东银行结算账户管理办法
        第一章 总则
        第一条 为规范结算账户的开立和使用，制定本办法。
        第二条 本办法由江东银行负责解释。
        二〇〇三年五月一日
        """);
    assertEquals("江东银行结算账户管理办法", d.title());
    OfficialElements o = d.official();
    assertEquals("〔2003〕第5号", o.docNumber());
    assertEquals("江东银行令〔2003〕5号", o.docNumberNormalized());
    assertEquals(List.of("江东银行"), o.issuers());
    assertEquals("命令", o.docType());
    assertEquals(LocalDate.of(2003, 4, 10), o.dateSigned(), "the 令's date, not a date in what it promulgates");
  }

  @Test
  void aJointDocumentSignedByTenOrgansOneALineNamesThemAll() throws Exception {
    List<String> organs = List.of("江东省财政厅", "江东省教育厅", "江东省公安厅", "江东省民政厅", "江东省司法厅", "江东省商务厅",
        "江东省审计厅", "江东省统计局", "江东省医疗保障局", "江东省人民检察院");
    OfficialElements o = one("ten.txt", "江东省财政厅等十部门关于防范风险的通知\n\n各市人民政府：\n\n现就有关事项通知如下。\n\n"
        + String.join("\n\n", organs) + "\n\n2021年9月15日\n").official();
    assertEquals(organs, o.issuers());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the instrument's title right after the notice's date
      "现将《江东市碳普惠实施办法》印发给你们，请认真贯彻执行。江东市生态环境局2023年1月31日江东市碳普惠实施办法第一条 为推广低碳生活，制定本办法。第二条 本办法自印发之日起施行。",
      // its first words after it, the title left out
      "现将《江东市碳普惠实施办法》印发给你们，请认真贯彻执行。实施中遇到的问题，请径向市生态环境局反映。 江东市生态环境局 2023年1月31日 为推广低碳生活，制定本办法。本办法自2023年3月1日起施行。"})
  void theSignatureOfANoticeIssuingAnInstrumentStandsBeforeIt(String body) throws Exception {
    OfficialElements o = one("issuing.json", "{\"title\": \"江东市生态环境局关于印发江东市碳普惠实施办法的通知\", \"content\": \"" + body + "\"}").official();
    assertEquals(LocalDate.of(2023, 1, 31), o.dateSigned());
    assertEquals(List.of("江东市生态环境局"), o.issuers());
  }

  @Test
  void aDecreeRunIntoWhatItPromulgatesIsDatedWhereItsOfficialsSign() throws Exception {
    PolicyDocument d = one("decree-run-on.json", "{\"title\": \"江东省焊接人员资格管理规定\", \"content\": \"《江东省焊接人员资格管理规定》已于2019年5月1日"
        + "由江东省生态环境厅厅务会议审议通过，现予公布，自2020年1月1日起施行。2007年12月28日发布的《江东省焊工管理规定》同时废止。"
        + " 江东省生态环境厅厅长 王某某 江东省市场监督管理局局长 李某 2019年6月12日 江东省焊接人员资格管理规定 第一章 总 则 第一条 为了加强焊接人员的资格管理，制定本规定。\"}");
    assertEquals(LocalDate.of(2019, 6, 12), d.official().dateSigned());
    assertNull(d.official().docType(), "a rule standing alone");
  }

  @Test
  void aJointAnnouncementNumberedInItsOwnSeriesUnderIts版头IsReadAsItsNumber() throws Exception {
    OfficialElements o = one("joint-announcement.json", "{\"title\": \"关于调整排放标准实施要求的公告\", \"content\": \"生态环境部工业和信息化部商务部 公告 公告"
        + " 2020年 第28号 关于调整排放标准实施要求的公告 为落实有关要求，现将有关事项公告如下： 一、自2020年7月1日起实施。 特此公告。"
        + " 生态环境部 工业和信息化部 商务部 2020年5月13日\"}").official();
    assertEquals("生态环境部工业和信息化部商务部公告2020年第28号", o.docNumberNormalized());
    assertEquals("公告", o.docType());
    assertEquals(List.of("生态环境部", "工业和信息化部", "商务部"), o.issuers());
    assertEquals(LocalDate.of(2020, 5, 13), o.dateSigned(), "the text run on after the number is still read");
  }

  @Test
  void aSealNoteAmongNamesRunTogetherIsNoPartOfThem() throws Exception {
    OfficialElements o = one("seal.json", "{\"title\": \"关于发布《江东行为规范》的公告\", \"content\": \"杭州市生态环境局、杭州市教育局修订了《江东行为规范》，现予发布。特此公告。"
        + "附件：江东行为规范杭州市生态环境局杭州市文明办（杭州市委宣传部代章）杭州市教育局2023年5月31日\"}").official();
    assertEquals(List.of("杭州市生态环境局", "杭州市文明办", "杭州市教育局"), o.issuers());
    assertEquals(LocalDate.of(2023, 5, 31), o.dateSigned());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "国务院|应对新型冠状病毒肺炎疫情联防联控机制综合组|国务院应对新型冠状病毒肺炎疫情联防联控机制综合组",
      "证监会|外汇局|证监会,外汇局"})
  void aLongNameThatBeginsAsNoNameDoesGoesOnFromTheLineAbove(String upper, String lower, String names) throws Exception {
    OfficialElements o = one("signed.txt", "关于做好防控工作的通知\n\n各省、自治区、直辖市：\n\n现就有关事项通知如下。\n\n" + upper + "\n\n" + lower
        + "\n\n2022年6月27日\n").official();
    assertEquals(List.of(names.split(",")), o.issuers());
  }

  @Test
  void anOfficeOfAnOrganSignsUnderItsOwnName() throws Exception {
    OfficialElements o = one("office.txt", """
        江东银行公开市场业务交易公告〔2026〕第157号
        根据一级交易商的需求，2026年8月14日开展了逆回购操作。
        江东银行公开市场业务操作室
        二〇二六年八月十四日
        """).official();
    assertEquals(List.of("江东银行公开市场业务操作室"), o.issuers());
    assertEquals("公告", o.docType(), "a 公告 titled by its number");
    assertEquals(LocalDate.of(2026, 8, 14), o.dateSigned());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "生态环境部国家统计局              | 生态环境部,国家统计局",
      "最高人民法院最高人民检察院          | 最高人民法院,最高人民检察院",
      "生态环境部办公厅                  | 生态环境部办公厅",
      "发展改革委科技部                  | 发展改革委,科技部",
      "教育部共青团中央全国妇联            | 教育部,共青团中央,全国妇联",
      "国家税务总局江西省税务局            | 国家税务总局江西省税务局",
      "江东县统计局 国家统计局江东调查队     | 江东县统计局,国家统计局江东调查队"})
  void namesRunTogetherAreSplitWhereBothSidesAreWholeNames(String line, String names) {
    assertEquals(List.of(names.split(",")), OrganisationNames.in(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "最高人民法院关于寺庙房屋产权归属问题的复函 | 函",
      "2023年江东市国民经济和社会发展统计公报   | 公报",
      "政府工作报告                          | 报告",
      "江东海关2023年度拟录用公务员公示公告     | 公告",
      "在全省大会上的报告                     | ''"})
  void aTitleNamesItsDocType(String title, String type) {
    assertEquals(type.isEmpty() ? null : type, PolicyTitles.docType(title));
  }
}
