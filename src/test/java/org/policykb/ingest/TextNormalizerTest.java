package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest(name = "heading [{0}]")
  @CsvSource(delimiter = '|', textBlock = """
      聚力创新聚焦融合 当好新质转型开路先锋    | 聚力创新聚焦融合 当好新质转型开路先锋
      '  前后空白  '                          | 前后空白
      'a  b\t\tc'                             | a b c
      '全角\u3000空格\u00A0和不换行'            | 全角 空格 和不换行
      '控制\u0001字符\uFEFF和\uFFFD替换'        | 控制字符和替换
      'a \u0001'                              | a
      '\u200B零宽'                            | 零宽
      ''                                      | ''
      """)
  void headingsCollapseWhitespace(String in, String expected) {
    assertEquals(expected, TextNormalizer.heading(in));
  }

  @ParameterizedTest(name = "paragraph [{0}]")
  @CsvSource(delimiter = '|', textBlock = """
      规 模 以 上 工 业                         | 规模以上工业
      到 2025 年，增长 5.4%                     | 到2025年，增长5.4%
      RLV-T6 与 静态试车平台                     | RLV-T6与静态试车平台
      重点任务 and 保障措施                      | 重点任务 and 保障措施
      “双高” 协同                              | “双高”协同
      第一条　为了深化国家监察体制改革            | 第一条 为了深化国家监察体制改革
      第十二章 附则                             | 第十二章 附则
      依据本法第十二条 规定                      | 依据本法第十二条规定
      第 一 条 为了                             | 第一条为了
      """)
  void paragraphsLoseSpacesBetweenChineseCharacters(String in, String expected) {
    assertEquals(expected, TextNormalizer.paragraph(in));
  }
}
