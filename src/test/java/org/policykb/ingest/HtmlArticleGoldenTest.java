package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.model.PolicyDocument;

/**
 * Golden tests of article extraction: invented pages in {@code src/test/resources/html/} that have
 * the shapes of real ones, each with the exact text and title ingestion must give.
 */
class HtmlArticleGoldenTest {
  private static PolicyDocument page(String name) throws IOException, UnreadableSourceException {
    try (InputStream in = HtmlArticleGoldenTest.class.getResourceAsStream("/html/" + name)) {
      assertNotNull(in, name);
      return new DocumentParser().parse(name, name, in.readAllBytes());
    }
  }

  @Test
  void aLawInBrSeparatedLinesInsideAFormInATableLayoutKeepsEveryArticleAndNoMenuOrFooter() throws Exception {
    PolicyDocument d = page("law-br-table.html");
    assertEquals("某市促进科技园区发展条例", d.title());
    assertEquals(LocalDate.of(2021, 3, 18), d.date(), "from the 发布时间 label of the meta line");
    assertEquals("""
        某市促进科技园区发展条例

        第一章 总则

        第一条 为了促进科技园区高质量发展，推动创新资源集聚，根据有关法律、行政法规，结合本市实际，制定本条例。

        第二条 本条例适用于本市行政区域内科技园区的规划、建设、管理和服务活动。

        第三条 市人民政府统筹全市科技园区发展工作，区人民政府负责本辖区科技园区的建设和管理。

        第二章 规划与建设

        第四条 科技园区规划应当符合国土空间总体规划，坚持集约用地、产城融合、绿色低碳。

        第五条 园区管理机构应当完善道路、供水、供电、通信等基础设施，保障入驻企业正常生产经营。

        第三章 附则

        第六条 本条例自2021年5月1日起施行。""", d.text());
  }

  @Test
  void aNewsArticleInDivsWithoutParagraphsInsideAShareNamedWrapperIsKeptWithoutItsPageTools() throws Exception {
    PolicyDocument d = page("news-divs.html");
    assertEquals("我市出台支持中小企业发展十条措施", d.title());
    assertEquals(LocalDate.of(2021, 6, 8), d.date());
    assertEquals("某某日报", d.source());
    assertEquals("""
        我市出台支持中小企业发展十条措施

        本报讯日前，市政府办公室印发《关于支持中小企业高质量发展的若干措施》，从融资、用工、创新等方面提出十条具体措施。

        措施提出，设立中小企业发展专项资金，对首次获得银行贷款的企业给予贴息支持，单户企业年度贴息最高五十万元。

        在创新方面，对新认定的专精特新企业给予一次性奖励，并优先推荐申报国家级项目。

        市工业和信息化局有关负责人表示，各项措施将于今年七月起实施，有效期三年。""", d.text());
  }

  @Test
  void aLawWhoseArticlesAreOrderedListsKeepsItsIntroductionChaptersAndEveryArticle() throws Exception {
    PolicyDocument d = page("law-ol.html");
    assertEquals("某省数据要素市场管理办法", d.title());
    assertEquals("""
        某省数据要素市场管理办法

        （2022年4月6日省人民政府第十二次常务会议审议通过）

        为了规范数据要素市场秩序，省人民政府制定本办法，现予公布，自公布之日起施行。

        第一章 总则

        第一条 为了培育数据要素市场，促进数据依法有序流通，根据有关法律法规，制定本办法。

        第二条 本省行政区域内数据要素市场的培育、数据交易及其监督管理，适用本办法。

        第三条 县级以上人民政府应当加强对数据要素市场工作的领导，建立健全协调机制。

        第二章 数据交易

        第四条 数据交易应当遵循自愿、公平、诚信的原则，遵守法律法规和商业道德。

        第五条 鼓励市场主体通过依法设立的数据交易场所进行数据交易。

        第六条 有下列情形之一的，不得交易：危害国家安全的；侵犯个人隐私的；法律法规禁止交易的。

        第三章 附则

        第七条 本办法自2022年6月1日起施行。""", d.text());
  }

  @Test
  void anArticleSplitOverTwoSiblingDivsAroundAPictureKeepsBothParts() throws Exception {
    PolicyDocument d = page("news-split.html");
    assertEquals("全省推进开发区整合提升工作会议召开", d.title());
    assertEquals("""
        全省推进开发区整合提升工作会议召开

        本报讯全省推进开发区整合提升工作会议日前召开，会议总结近年来开发区改革发展成效，部署下一阶段重点任务。

        会议指出，开发区是全省经济发展的主阵地，要坚持以亩均效益为导向，推动土地、资金、人才等要素向优质园区集聚。

        会议要求，各地要稳妥推进开发区整合，做到一个区域一个平台、一个主导产业，避免同质竞争和低效开发。

        会议现场（记者王某摄）

        会议强调，要深化开发区管理制度改革，赋予开发区更大的经济管理权限，提升服务企业的能力。

        会议提出，到2025年，全省开发区规模以上工业增加值占比进一步提高，培育一批千亿级产业集群。

        各设区市政府负责同志在会上作交流发言。""", d.text());
  }

  @Test
  void relatedListsDisclaimersShareBarsAndCommentsAreDroppedAndTheEditorLineStays() throws Exception {
    PolicyDocument d = page("news-notices.html");
    assertEquals("国家发展改革委部署推进新型基础设施建设", d.title());
    assertEquals("""
        国家发展改革委部署推进新型基础设施建设

        国家发展改革委近日召开专题会议，部署推进新型基础设施建设工作，要求加快第五代移动通信网络、数据中心等领域建设进度。

        会议强调，要坚持市场主导与政府引导相结合，创新投融资机制，积极引导社会资本参与新型基础设施建设。

        会议要求，各地要结合实际制定实施方案，确保各项任务落地见效。

        （责任编辑：张某）""", d.text());
  }

  @Test
  void anArticleOfParagraphsComesOutAsItAlwaysHas() throws Exception {
    PolicyDocument d = page("plain-p.html");
    assertEquals("科技部发布国家高新区评价指标体系", d.title());
    assertEquals(LocalDate.of(2021, 4, 2), d.date());
    assertEquals("科技日报", d.source());
    assertEquals("""
        科技部发布国家高新区评价指标体系

        科技部日前印发《国家高新技术产业开发区综合评价指标体系》，引导国家高新区走创新驱动发展道路。

        指标体系由创新能力和创业活跃度、结构优化和产业价值链、绿色发展和宜居包容性等五个方面构成。

        评价结果的运用

        评价结果将作为国家高新区动态管理的重要依据，对评价结果较差的高新区予以通报。""", d.text());
  }

  @Test
  void paragraphsMadeMostlyOfInlineKeywordLinksAreSentencesAndStayWhole() throws Exception {
    PolicyDocument d = page("portal-keyword-links.html");
    assertEquals("我市推动国家高新区创新发展取得新成效", d.title());
    assertEquals(LocalDate.of(2025, 3, 12), d.date());
    assertEquals("""
        我市推动国家高新区创新发展取得新成效

        国家高新区是实施创新驱动发展战略的重要载体，在科技创新、产业升级和对外开放中发挥着示范引领作用。

        近年来，我市坚持把高新区作为高质量发展的主阵地，围绕集成电路、生物医药、人工智能三大主导产业，推动创新链、产业链、资金链、人才链深度融合。

        2024年，全市高新技术企业达到3200家，研发投入强度达到3.1%，技术合同成交额突破百亿元。

        市科技局有关负责人介绍，下一步将出台专项政策，对新认定的专精特新企业给予一次性奖励，并支持龙头企业牵头组建创新联合体。

        同时，我市将深化“放管服”改革，推行“一网通办”，为入园企业提供全生命周期服务，打造一流营商环境。""", d.text());
  }

  @Test
  void aPageWhoseArticleIsALinkFarmKeepsOnlyItsRealText() throws Exception {
    PolicyDocument d = page("link-farm.html");
    assertEquals("关于某某信息港", d.title());
    assertEquals("""
        关于某某信息港

        某某信息港是本地生活服务信息发布平台，为市民免费提供招聘、租房、二手交易等分类信息。

        用户发布信息须遵守国家法律法规，不得发布虚假、违法信息；一经发现，平台将予以删除并依法处理。""", d.text());
  }

  @Test
  void aReplyBoxOfReadersMessagesAndARelatedTeaserAfterTheArticleAreDropped() throws Exception {
    PolicyDocument d = page("news-reply-teaser.html");
    assertEquals("我市出台措施支持高校毕业生就业创业", d.title());
    assertEquals(LocalDate.of(2024, 6, 3), d.date());
    assertEquals("""
        我市出台措施支持高校毕业生就业创业

        近日，市人力资源和社会保障局等五部门联合印发《关于进一步做好高校毕业生就业创业工作的若干措施》，从拓宽就业渠道、支持自主创业、强化服务保障等方面提出十二条措施。

        措施明确，对吸纳应届高校毕业生就业并签订一年以上劳动合同的中小微企业，按每人一千五百元的标准给予一次性扩岗补助。

        在支持创业方面，高校毕业生在我市首次创办小微企业的，可申请最高三十万元的创业担保贷款，并按规定享受贴息。

        市人社局有关负责人表示，将持续开展“就业服务进校园”活动，为毕业生提供政策咨询、岗位推荐和职业指导等服务。""", d.text());
    for (String gone : List.of("网友留言", "留言人", "回复", "相关阅读", "百日千万招聘", "孵化示范基地已达十二家")) {
      assertFalse(d.text().contains(gone), gone);
    }
  }

  @Test
  void brSeparatedLinesAreParagraphsOfTheirOwn() {
    List<Block> blocks = HtmlBody.readFragment(
        "<div>第一条　为了规范管理，制定本办法。<br><br>第二条　本办法适用于全省。<br>第三条　本办法自公布之日起施行。</div>");
    assertEquals(
        List.of(Block.paragraph("第一条　为了规范管理，制定本办法。"), Block.paragraph("第二条　本办法适用于全省。"),
            Block.paragraph("第三条　本办法自公布之日起施行。")),
        blocks);
  }
}
