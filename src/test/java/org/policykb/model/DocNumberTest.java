package org.policykb.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 发文字号 in the forms they are printed and typed in, and what is not one. */
class DocNumberTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "国发〔2020〕7号         | 国发〔2020〕7号       | 国发     | 2020 | 7",
      "国办发[2023]12号        | 国办发〔2023〕12号    | 国办发   | 2023 | 12",
      "苏政办发【2021】3号      | 苏政办发〔2021〕3号   | 苏政办发 | 2021 | 3",
      "科工法字［2000］851号    | 科工法字〔2000〕851号 | 科工法字 | 2000 | 851",
      "京政发（2019）1号        | 京政发〔2019〕1号     | 京政发   | 2019 | 1",
      "京政发(2019)1号          | 京政发〔2019〕1号     | 京政发   | 2019 | 1",
      "国办发 〔２０２３〕 １２ 号 | 国办发〔2023〕12号    | 国办发   | 2023 | 12",
      "国 发 〔 2019 〕 4 号     | 国发〔2019〕4号       | 国发     | 2019 | 4",
      "京中医科字〔2020〕172号   | 京中医科字〔2020〕172号 | 京中医科字 | 2020 | 172",
      "国函〔2018〕159号        | 国函〔2018〕159号     | 国函     | 2018 | 159",
      "工信部联科〔2022〕007号   | 工信部联科〔2022〕7号  | 工信部联科 | 2022 | 7",
      "〔89〕东检会（研）字第12号 | 〔89〕东检会（研）字第12号 | 东检会（研）字 | 1989 | 12",
      "[1985]东政法字第007号    | 〔1985〕东政法字第7号  | 东政法字 | 1985 | 7",
      "穗府办201715号          | 穗府办〔2017〕15号    | 穗府办   | 2017 | 15",
      "粤发改气候函2017937号    | 粤发改气候函〔2017〕937号 | 粤发改气候函 | 2017 | 937"})
  void aPrintedOrTypedNumberHasOneNormalForm(String printed, String normalized, String agency, int year, int serial) {
    DocNumber n = DocNumber.parse(printed);
    assertEquals(new DocNumber(normalized, agency, year, serial), n, printed);
    assertEquals(n, DocNumber.parse(normalized), "the normal form reads back as itself");
  }

  @ParameterizedTest
  @ValueSource(strings = {"国发2020年7号", "国发20200号", "第2017号", "〔2020〕7号", "国发〔2020〕", "国发〔20〕7号", "国发〔2020〕7号文件", "", " "})
  void whatIsNotAWholeNumberIsNone(String text) {
    assertNull(DocNumber.parse(text), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "国务院令第707号              | 国务院令第707号            | 国务院令         |      | 707",
      "中华人民共和国国务院令第 707 号 | 国务院令第707号            | 国务院令         |      | 707",
      "上海市人民政府令第19号         | 上海市人民政府令第19号      | 上海市人民政府令  |      | 19",
      "中华人民共和国主席令第十六号    | 主席令第16号               | 主席令           |      | 16",
      "江东省人民政府令第一百零二号    | 江东省人民政府令第102号     | 江东省人民政府令  |      | 102",
      "国家税务总局公告2023年第3号    | 国家税务总局公告2023年第3号 | 国家税务总局公告  | 2023 | 3",
      "财政部 公告 2019 年第 ０３ 号   | 财政部公告2019年第3号       | 财政部公告       | 2019 | 3",
      "江东银行公告〔2023〕第4号      | 江东银行公告2023年第4号     | 江东银行公告     | 2023 | 4",
      "江东银行公开市场业务交易公告 [2026]第157号 | 江东银行公开市场业务交易公告2026年第157号 | 江东银行公开市场业务交易公告 | 2026 | 157",
      "江东银行 江东省高级人民法院 江东省人民检察院 江东省公安厅公告〔2023〕第7号 | 江东银行江东省高级人民法院江东省人民检察院江东省公安厅公告2023年第7号 | 江东银行江东省高级人民法院江东省人民检察院江东省公安厅公告 | 2023 | 7"})
  void decreesAndAnnouncementsAreNumberedInSeries(String printed, String normalized, String series, Integer year, int serial) {
    assertEquals(new DocNumber(normalized, series, year, serial), DocNumber.parse(printed), printed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "中华人民共和国国务院令 | 第707号     | 国务院令第707号",
      "上海市人民政府令      | （第19号）   | 上海市人民政府令第19号",
      "国家税务总局公告      | 2023年第3号 | 国家税务总局公告2023年第3号",
      "江东银行公告         | 〔2023〕第4号 | 江东银行公告2023年第4号",
      "江东银行令           | 〔2003〕第5号 | 江东银行令〔2003〕5号"})
  void theSerialUnderAHeadingReadsWithItsSeries(String heading, String line, String normalized) {
    assertEquals(normalized, DocNumber.underHeading(heading, line).normalized());
    assertNull(DocNumber.underHeading(heading, "第七条"));
  }

  @org.junit.jupiter.api.Test
  void aNumberWhoseBracketsWereLostIsFoundOnlyStandingAlone() {
    DocNumber.Found f = DocNumber.find("关于做好碳排放核查工作的通知 粤发改气候函2017937号 广州市发展改革委：");
    assertEquals("粤发改气候函〔2017〕937号", f.number().normalized());
    assertEquals("粤发改气候函2017937号", f.written());
    assertNull(DocNumber.find("全市完成投资2017937号线工程"));
    assertNull(DocNumber.find("截至2017年共有20179号"));
  }

  @org.junit.jupiter.api.Test
  void aNumberIsFoundInsideALabelledLine() {
    assertEquals("国发〔2019〕5号", DocNumber.find("发文字号：国发 〔2019〕 5号").number().normalized());
    assertNull(DocNumber.find("没有文号的一句话。"));
  }
}
