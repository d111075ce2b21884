package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-style tests of line joining and clean-up: input (\n escaped as |) → blocks joined by ¶. */
class PlainTextBodyTest {

  private static String clean(String input) {
    List<Block> blocks = PlainTextBody.read(LineFilter.apply(input.replace("|", "\n")).text());
    return String.join("¶", blocks.stream().map(TextNormalizer::block).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock = """
          # 标题|正文第一段。                                   ; 标题¶正文第一段。
          前文。|为推动高新区发展，更好地发|挥作用，制定本意见。    ; 前文。¶为推动高新区发展，更好地发挥作用，制定本意见。
          要素成本优势弱化,传统||动能空间收窄。                    ; 要素成本优势弱化,传统动能空间收窄。
          占规 模 以 上 工 业 总 产 值比重，到 2025 年。         ; 占规模以上工业总产值比重，到2025年。
          集聚了高层次人才。9||## 下一节                            ; 集聚了高层次人才。¶下一节
          第一段结束。||12||第二段开始。                            ; 第一段结束。¶第二段开始。
          前文。|涉及全国21个省(区、市)的60个||新闻发布会现场||城市,覆盖66个高新区。 ; 前文。¶涉及全国21个省(区、市)的60个城市,覆盖66个高新区。¶新闻发布会现场
          一、为什么要提出|建设国家高新区是重大决策。                ; 一、为什么要提出¶建设国家高新区是重大决策。
          [返回首页](//x.com/)｜[返回新闻](//x.com/n)|<http://x.com/a>|正文。 ; 正文。
          详见[国务院](http://gov.cn)**通知**。                  ; 详见国务院通知。
          法释〔2016〕29号{style="text-align:center"}|正文。 ; 法释〔2016〕29号¶正文。
          居中的标题 {.center #top}|正文。 ; 居中的标题¶正文。
          Intro.|The new energy law, which|entered into force, applies. ; Intro.¶The new energy law, which entered into force, applies.
          """)
  void cleans(String input, String expected) {
    assertEquals(expected.strip(), clean(input.strip()));
  }
}
