package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.policykb.model.PolicyDocument;

class ArticleExtractorTest {
  private static final String PAGE = """
      <!DOCTYPE html><html><head><meta charset="utf-8">
      <title>国务院印发关于推动高新区高质量发展的意见_政务_某某新闻网</title>
      <script>var tracker = function() {};</script><style>p { color: red }</style></head>
      <body>
      <div id="topbar"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/gov">政务</a></div>
      <ul class="nav"><li><a href="/a">国内</a></li><li><a href="/b">国际</a></li></ul>
      <div class="main">
        <h1>国务院印发关于推动高新区高质量发展的意见</h1>
        <div class="post-info">2020-07-17 10:05　来源：新华社</div>
        <div class="article-content">
          <p>新华社北京7月17日电 国务院日前印发《关于促进国家高新技术产业开发区高质量发展的若干意见》。</p>
          <p>《意见》提出，到2025年，国家高新区布局更加优化，自主创新能力明显增强。</p>
          <p>到2035年，建成一大批具有全球影响力的高科技园区。</p>
        </div>
        <div class="share-bar"><a href="#">分享到微信</a><a href="#">分享到微博</a></div>
      </div>
      <div class="comment-box"><p>网友评论：这个政策很好，支持国家高新区高质量发展！</p><form><textarea></textarea></form></div>
      <div class="ad-banner"><p>点击领取超值优惠大礼包，限时抢购进行中，先到先得！</p></div>
      <div class="related"><p><a href="/x">相关阅读：高新区又有新动作</a></p></div>
      <div class="footer">版权所有 某某新闻网</div>
      </body></html>
      """;

  @Test
  void thePageIsReducedToItsArticleWithTitleDateAndSource() throws UnreadableSourceException {
    PolicyDocument d = new DocumentParser().parse("page", "page.html", PAGE.getBytes(StandardCharsets.UTF_8));
    assertEquals("国务院印发关于推动高新区高质量发展的意见", d.title());
    assertEquals(LocalDate.of(2020, 7, 17), d.date());
    assertEquals("新华社", d.source());
    assertEquals("""
        国务院印发关于推动高新区高质量发展的意见

        新华社北京7月17日电国务院日前印发《关于促进国家高新技术产业开发区高质量发展的若干意见》。

        《意见》提出，到2025年，国家高新区布局更加优化，自主创新能力明显增强。

        到2035年，建成一大批具有全球影响力的高科技园区。""", d.text());
  }

  @Test
  void aPageTitleLosesItsSiteSuffixWhenThereIsNoHeading() throws UnreadableSourceException {
    String page = "<html><head><title>交通运输部：着力打造京津冀区域综合立体交通网络-股票频道-和讯网</title></head>"
        + "<body><p>交通运输部近日表示，将着力打造京津冀区域综合立体交通网络，推动区域协同发展。</p></body></html>";
    PolicyDocument d = new DocumentParser().parse("p", "p.html", page.getBytes(StandardCharsets.UTF_8));
    assertEquals("交通运输部：着力打造京津冀区域综合立体交通网络", d.title());
  }
}
