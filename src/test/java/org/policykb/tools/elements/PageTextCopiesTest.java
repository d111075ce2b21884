package org.policykb.tools.elements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page-text shape the evaluation reads pages in: every text node a line, and only what it still shows expected. */
class PageTextCopiesTest {
  @Test
  void everyTextNodeIsALineAndScriptsAreLeftOut(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("p.html");
    Files.write(page, ("<html><head><meta charset=\"gbk\"><title>通知_某网站</title><script>var a = 1;</script></head>"
        + "<body><div>首页 &gt; <a>公开</a></div><p>现将有关事项通知<b>如下</b>。</p><style>p{}</style></body></html>")
        .getBytes(Charset.forName("GBK")));
    assertEquals("通知_某网站\n首页 >\n公开\n现将有关事项通知\n如下\n。\n", PageTextCopies.text(page));
  }

  @Test
  void aValueOnlyThePagesMarkupStatedIsExpectedUnread() {
    ExpectedDocument d = new ExpectedDocument(Path.of("p.html"), "p", Map.of("title", "关于测试的通知", "doc_type", "通知",
        "date_published", "2024-03-05", "date_signed", "2024-03-01", "doc_number", "测发〔2024〕7号", "issuer", "测试局、另一局"));
    ExpectedDocument v = PageTextCopies.visible(d, "关于测试的通知\n测发[2024]7号\n测试局\n发布时间：2024-03-05 10:20\n二〇二四年三月一日\n");
    assertEquals("关于测试的通知", v.get("title"));
    assertEquals("测发〔2024〕7号", v.get("doc_number"), "the same number in other brackets is shown");
    assertEquals("", v.get("issuer"), "另一局 is not in the text");
    assertEquals("2024-03-05", v.get("date_published"));
    assertEquals("2024-03-01", v.get("date_signed"), "in Han numerals");
    assertEquals("二〇二四年三月一日", PageTextCopies.hanDate(LocalDate.of(2024, 3, 1)));
    assertEquals("", PageTextCopies.visible(d, "别的文字\n").get("doc_type"), "the 文种 is read from the title");
  }
}
