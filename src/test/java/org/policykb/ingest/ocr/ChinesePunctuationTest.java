package org.policykb.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Half-width punctuation read in Chinese text is set full-width; between Latin letters or digits it stays. */
class ChinesePunctuationTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "评估(10%)|评估（10%）",
      "便民热线升级(2分)(牵头单位:市审批服务局)|便民热线升级（2分）（牵头单位：市审批服务局）",
      "根据工作需要,加快推进|根据工作需要，加快推进",
      "各有关部门:|各有关部门：",
      "会议于12:30开始|会议于12:30开始",
      "人工智能(AI)产业|人工智能（AI）产业",
      "see (AI) here, ok|see (AI) here, ok",
      "。(2分)|。（2分）",
      "推广“两跑三降\"模式|推广“两跑三降”模式",
      "实施\"双高\"计划和\"专精特新\"|实施“双高”计划和“专精特新”",
      "say \"AI\" here|say \"AI\" here"})
  void halfWidthPunctuationBesideChineseIsFullWidth(String read, String expected) {
    assertEquals(expected, ChinesePunctuation.fullWidth(read));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "关于印发《企业社会责任指引I》的通知;关于印发《企业社会责任指引》的通知",
      "《l上海市条例》;《上海市条例》",
      "《ISO》标准;《ISO》标准",
      "第I类;第I类"})
  void aBookTitleMarksStrokeReadAsALetterGoes(String read, String expected) {
    assertEquals(expected, ChinesePunctuation.withoutMarkStrokes(read));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"某政办发〔2０２4〕７号|某政办发〔2024〕7号", "２０２５年|2025年", "第12条|第12条"})
  void digitsAreReadHalfWidth(String read, String expected) {
    assertEquals(expected, ChinesePunctuation.halfWidthDigits(read));
  }
}
