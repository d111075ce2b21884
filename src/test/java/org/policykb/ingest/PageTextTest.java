package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.model.OfficialElements;
import org.policykb.model.PolicyDocument;

/**
 * The text a scraper kept of a whole page — every text node on a line, menus, breadcrumb, the page's
 * metadata as label and value lines, tools and footer — read as the article it carries. A golden page of
 * our own in the shape such texts have; the expected values are the page's, written here.
 */
class PageTextTest {
  private static final String PAGE = """
      江东市人民政府关于加强数据治理的通知_江东市人民政府门户网站
      无障碍
      长者模式
      首页
      要闻动态
      政务公开
      政务服务
      互动交流
      走进江东
      专题专栏
      当前位置：
      首页
      \u00a0>\u00a0
      政务公开
      \u00a0>\u00a0
      通知公告
      索 引 号：
      11440100MB2C92/2024-00012
      发文机关：
      江东市人民政府
      成文日期：
      2024-03-01
      发文字号：
      江府〔2024〕7号
      江东市人民政府关于加强数据治理的通知
      发布时间：
      2024-03-05 10:20
      来源：
      市政府办公室
      字号：
      大
      中
      小
      江府〔2024〕7号
      各区人民政府，市政府各部门：
      为加强数据治理，提升公共数据质量，现就有关事项通知如下。
      一、建立数据目录。各部门要于年底前编制数据目录。
      二、强化数据安全。各部门要落实数据安全责任。
      附件：
      1.江东市公共数据目录
      江东市人民政府
      2024年3月1日
      【打印本页】
      【关闭窗口】
      扫一扫在手机打开当前页
      上一篇：江东市人民政府关于印发工作要点的通知
      相关链接
      江北市人民政府
      江南市人民政府
      网站地图
      联系我们
      主办单位：江东市人民政府办公室
      版权所有：江东市人民政府
      东ICP备12345678号
      """;

  @Test
  void thePageIsCutToItsArticleAndItsMetadataIsRead() throws Exception {
    PolicyDocument d = new DocumentParser().parse("page", "page.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    assertEquals("江东市人民政府关于加强数据治理的通知", d.title());
    String text = d.text();
    assertTrue(text.startsWith("江东市人民政府关于加强数据治理的通知\n"), text);
    assertTrue(text.contains("为加强数据治理，提升公共数据质量，现就有关事项通知如下。"));
    assertTrue(text.contains("1.江东市公共数据目录"), "the attachments' list stays");
    for (String furniture : List.of("无障碍", "当前位置", "索 引 号", "发布时间", "字号", "打印本页", "扫一扫", "上一篇", "相关链接",
        "江北市人民政府", "网站地图", "版权所有", "ICP")) {
      assertFalse(text.contains(furniture), furniture + " is the page's, not the article's: " + text);
    }
    OfficialElements o = d.official();
    assertEquals("江府〔2024〕7号", o.docNumber());
    assertEquals(List.of("江东市人民政府"), o.issuers());
    assertEquals(LocalDate.of(2024, 3, 1), o.dateSigned());
    assertEquals(LocalDate.of(2024, 3, 5), o.datePublished(), "the page's 发布时间");
    assertEquals("通知", o.docType());
    assertEquals("11440100MB2C92/2024-00012", o.indexNumber());
  }

  @Test
  void theDayAndTimeStandingAloneUnderThePagesTitleIsWhenItWasPublished() throws Exception {
    String page = PAGE.replace("发布时间：\n2024-03-05 10:20\n", "2024-03-06 09:00\n");
    PolicyDocument d = new DocumentParser().parse("page", "page.txt", page.getBytes(StandardCharsets.UTF_8));
    assertEquals(LocalDate.of(2024, 3, 6), d.official().datePublished());
    assertFalse(d.text().contains("2024-03-06"), "the page's, not the article's");
    assertEquals(LocalDate.of(2024, 3, 1), d.official().dateSigned());
  }

  @Test
  void aMenuUnderThePagesTitleGoesButAJointDocuments版头Stays() throws Exception {
    String page = PAGE.replace("江东市人民政府关于加强数据治理的通知\n发布时间：", "江东市人民政府关于加强数据治理的通知\n编辑\n查看历史\n工具\n链入页面\n相关更改\n"
        + "江东市财政局\n江东市教育局\n江东市民政局\n江东市司法局\n江东市商务局\n发布时间：");
    String text = new DocumentParser().parse("page", "page.txt", page.getBytes(StandardCharsets.UTF_8)).text();
    assertFalse(text.contains("查看历史"), text);
    assertTrue(text.contains("江东市财政局\n\n江东市教育局"), "organs' names stacked are no menu: " + text);
  }

  @Test
  void textThatIsNoPagesIsLeftAsItIs() {
    assertNull(PageText.cut("江东市人民政府关于加强数据治理的通知\n\n各区人民政府：\n\n现就有关事项通知如下。\n\n江东市人民政府\n\n2024年3月1日\n"));
    // a law's chapters are short lines too, but no page's notices stand among them
    StringBuilder law = new StringBuilder("江东省数据条例\n");
    for (int i = 1; i <= 12; i++) {
      law.append("第").append(i).append("章\n").append("第").append(i).append("条 本条例自公布之日起施行。\n");
    }
    assertNull(PageText.cut(law.toString()));
  }
}
