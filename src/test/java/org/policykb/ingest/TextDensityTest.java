package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextDensityTest {
  private static TextDensity of(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    return TextDensity.of(body.child(0));
  }

  @Test
  void keywordLinksInsideASentenceAreItsText() {
    for (String sentence : List.of(
        "<p><a href=/k/1>国家高新区</a>是实施<a href=/k/2>创新驱动发展战略</a>的重要载体。</p>",
        "<p><a href=/k/1>2024年</a>，<a href=/k/2>全市</a><a href=/k/3>高新技术企业</a>达到<a href=/k/4>3200家</a>。</p>",
        "<div>据<a href=/k/1><span>新华社</span></a>报道，会议强调，要加快<a href=/k/2>数据中心</a>建设。</div>")) {
      TextDensity d = of(sentence);
      assertEquals(0, d.linkLetters(), sentence);
      assertFalse(d.isMostlyLinks(), sentence);
    }
  }

  @Test
  void linksStandingApartAreLinksEvenBesideASentenceEnd() {
    for (String links : List.of(
        "<p><a href=/1>首页</a> | <a href=/2>新闻中心</a> | <a href=/3>政务公开</a></p>",
        "<p>相关阅读：<a href=/1>全市新增一批专精特新企业</a> <a href=/2>市科技局召开年度工作会议</a>。</p>",
        "<li><a href=/1>西城优质美食推荐第1期</a><span>2023-01-10</span></li>",
        "<div><a href=/1>上一篇：关于开展安全检查的通知。</a></div>")) {
      TextDensity d = of(links);
      assertTrue(d.isMostlyLinks(), links);
    }
  }

  @Test
  void linkTextIsCountedBlockByBlock() {
    TextDensity d = of("<div><p>会议要求，各地要结合<a href=/k>实际</a>制定实施方案。</p><ul><li><a href=/1>新基建投资有望加速</a></li></ul></div>");
    assertEquals(9, d.linkLetters());
    assertEquals(26, d.letters());
  }
}
