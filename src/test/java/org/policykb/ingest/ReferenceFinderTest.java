package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.model.Reference;
import org.policykb.model.Reference.Kind;

/** References and what their sentences say of them, on sentences written for the test in the forms 公文 print. */
class ReferenceFinderTest {

  private static List<Reference> body(String text) {
    return ReferenceFinder.find(text, null).stream().filter(r -> !r.bare()).toList();
  }

  /** kind, title, number of each reference, as one line each. */
  private static List<String> summary(List<Reference> refs) {
    return refs.stream().map(r -> r.kind().key() + "|" + r.title() + "|" + r.number()).toList();
  }

  @Test
  void aBasisOfSeveralTitlesIsImplementedWholeWhenTheSentenceSaysWhatIsMadeOfIt() {
    String text = "为规范管理，根据《中华人民共和国预算法》、《中华人民共和国政府采购法》（以下简称政府采购法）和《财政部关于加强资产管理的意见》等规定，结合本省实际，制定本办法。";
    assertEquals(List.of("implements|中华人民共和国预算法|null", "implements|中华人民共和国政府采购法|null",
        "implements|财政部关于加强资产管理的意见|null"), summary(body(text)));
    String cited = "根据《中华人民共和国预算法》的规定，预算应当公开。";
    assertEquals(List.of("cites|中华人民共和国预算法|null"), summary(body(cited)));
  }

  @Test
  void carryingOutAPolicyImplementsItAndItsNumberInBracketsIsPartOfTheReference() {
    String text = "为贯彻落实《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》（国发〔2020〕7号）精神，现提出如下实施意见。";
    List<Reference> refs = body(text);
    assertEquals(List.of("implements|国务院关于促进国家高新技术产业开发区高质量发展的若干意见|国发〔2020〕7号"), summary(refs));
    Reference r = refs.get(0);
    assertEquals("《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》（国发〔2020〕7号）", text.substring(r.start(), r.end()));
    assertEquals(text, text.substring(r.sentenceStart(), r.sentenceEnd()));
  }

  @Test
  void numbersAreFoundInAnyBracketAndCutWhereTheRunningTextBeforeThemEnds() {
    String text = "按照国办发[2019]3号和苏政办发（２０２１）１２号文件要求，以国务院令第707号公布的条例为准。";
    assertEquals(List.of("国办发〔2019〕3号", "苏政办发〔2021〕12号", "国务院令第707号"),
        body(text).stream().map(Reference::number).toList());
    Reference first = body(text).get(0);
    assertEquals("国办发[2019]3号", text.substring(first.start(), first.end()));
  }

  @Test
  void aRepealIsReadFromTheWordsAfterTheListOrBeforeItButNotWhenOnlyAPartGoes() {
    String text = "本办法自2024年1月1日起施行。2015年3月2日印发的《江苏省科技计划管理办法》（苏科规〔2015〕1号）、《江苏省科技经费管理办法》同时废止。";
    List<Reference> refs = body(text);
    assertEquals(List.of("repeals|江苏省科技计划管理办法|苏科规〔2015〕1号", "repeals|江苏省科技经费管理办法|null"), summary(refs));
    assertEquals(2015, refs.get(0).year());
    assertNull(refs.get(1).year());
    assertEquals(List.of("repeals|南京市人才引进办法|null"), summary(body("现决定废止《南京市人才引进办法》。")));
    assertEquals(List.of("cites|南京市人才引进办法|null"),
        summary(body("《南京市人才引进办法》中与本办法不一致的规定，同时废止。")));
  }

  @Test
  void amendingAndIssuingAreReadFromTheVerbBeforeTheTitle() {
    assertEquals(List.of("amends|苏州市住房公积金管理办法|null"),
        summary(body("市政府决定对《苏州市住房公积金管理办法》作如下修改：")));
    assertEquals(List.of("amends|苏州市住房公积金管理办法|null"), summary(body("一、修改《苏州市住房公积金管理办法》")));
    assertEquals(List.of("issues|苏州市数字经济发展规划|null"),
        summary(body("现将《苏州市数字经济发展规划》印发给你们，请认真贯彻执行。")));
  }

  @Test
  void theTitleOfTheCitingDocumentIsReadTooAndARelayedDocumentNeedsNoMarks() {
    List<Reference> refs = ReferenceFinder.find("各省、自治区、直辖市人民政府：", "国务院办公厅转发国家发展改革委关于促进民间投资的意见的通知");
    assertEquals(List.of("issues|国家发展改革委关于促进民间投资的意见|null"), summary(refs));
    assertTrue(refs.get(0).inTitle());
    List<Reference> amending = ReferenceFinder.find("", "关于修改《苏州市住房公积金管理办法》的决定");
    assertEquals(List.of("amends|苏州市住房公积金管理办法|null"), summary(amending));
  }

  @Test
  void aQuotedPreambleIsNotTheQuotingDocumentsBasis() {
    String text = "将引言修改为：“为规范管理，根据《中华人民共和国预算法》，制定本办法。”";
    assertEquals(List.of("cites|中华人民共和国预算法|null"), summary(body(text)));
  }

  @Test
  void aLawNamedWithoutMarksIsABareReferenceEndingAtItsName() {
    String text = "依照刑法第三百四十五条的规定处罚。";
    List<Reference> bare = ReferenceFinder.find(text, null).stream().filter(Reference::bare).toList();
    assertEquals(1, bare.size());
    assertTrue(bare.get(0).title().endsWith("刑法"));
    assertEquals(Kind.CITES, bare.get(0).kind());
    assertEquals(bare.get(0).title(), text.substring(bare.get(0).start(), bare.get(0).end()));
  }

  @Test
  void documentsListedUnderARepealOrAmendHeadingAreRepealedOrAmendedWithTheirNumberAndYear() {
    // as a cleaned record prints such a decision: the items run together, the numbers' brackets lost
    String text = "我部决定对下列规章予以废止或者修改：一、决定予以废止的规章（一）南京市环境监测管理办法（1993年，宁环字1993483号）"
        + "（二）南京市排污收费规定（1995年，南京市人民政府令第16号）二、决定予以修改的规章（一）南京市扬尘污染防治管理办法（2006年，"
        + "南京市人民政府令第36号）删去第八条。";
    List<Reference> listed = ReferenceFinder.find(text, null).stream().filter(r -> r.title() != null).toList();
    assertEquals(List.of("repeals|南京市环境监测管理办法|宁环字〔1993〕483号", "repeals|南京市排污收费规定|南京市人民政府令第16号",
        "amends|南京市扬尘污染防治管理办法|南京市人民政府令第36号"), summary(listed));
    assertEquals(List.of(1993, 1995, 2006), listed.stream().map(Reference::year).toList());
    assertEquals("南京市排污收费规定", text.substring(listed.get(1).start(), listed.get(1).start() + "南京市排污收费规定".length()));
    assertTrue(ReferenceFinder.find(text, null).stream().noneMatch(r -> r.title() == null),
        "a number inside a listed item is that item's");
  }

  @Test
  void aTextIssuesWhatItSaysItIssuesNotWhatItReportsOthersIssued() {
    assertEquals(List.of("cites|南京市数字经济发展规划|null"),
        summary(body("去年，省政府印发《南京市数字经济发展规划》，成效明显。")));
    assertEquals(List.of("issues|南京市数字经济发展规划|null"), summary(body("现将《南京市数字经济发展规划》印发给你们。")));
    assertEquals(List.of("issues|南京市射线装置分类|null"), summary(body("我局制定了《南京市射线装置分类》，现予公布。")));
    assertEquals(List.of(), summary(body("参阅《南京市射线装置分类》。")), "a title that names no instrument, only cited");
  }

  @Test
  void aShortNameGivenToAReferenceIsNoReferenceAndLaterNamesWhatItWasGivenFor() {
    String text = "各地要准确适用《最高人民法院关于审理环境案件若干问题的解释》（法释〔2016〕29号，以下称《环境解释》）的规定。"
        + "根据《环境解释》，结合本地实际，制定本办法。《国家危险废物名录》（以下简称《名录》）另行公布，《名录》每年修订。";
    assertEquals(List.of("cites|最高人民法院关于审理环境案件若干问题的解释|法释〔2016〕29号",
        "implements|最高人民法院关于审理环境案件若干问题的解释|法释〔2016〕29号", "cites|国家危险废物名录|null",
        "cites|国家危险废物名录|null"), summary(body(text)));
    Reference later = body(text).get(1);
    assertEquals("《环境解释》", text.substring(later.start(), later.end()), "where the short name stands");
  }

  @Test
  void aLawNamedWithoutMarksIsAmendedWhenTheSentenceSaysSoAndCarryingOutStopsAtAComma() {
    List<Reference> bare = ReferenceFinder.find("为了惩治骗购外汇的犯罪行为，对刑法作如下补充修改：", null).stream()
        .filter(Reference::bare).toList();
    assertEquals(List.of("amends|对刑法|null"), summary(bare));
    assertEquals(List.of("cites|环境解释|null"), summary(body("必须坚决贯彻落实中央领导同志的指示精神，把《环境解释》的规定用足用好。")));
    assertEquals(List.of("implements|环境解释|null"), summary(body("为深入贯彻落实党中央、国务院决策部署和《环境解释》，现提出如下意见。")));
  }

  /**
   * Numbers and bare law names are looked for only near a 号 or a 法: on random texts of the characters they are made of
   * (and long runs of them), exactly the matches a scan of the whole text finds, in order.
   */
  @Test
  void lookingNearAnchorsFindsWhatAWholeScanFinds() {
    String alphabet = "国国发办办号号法法令公告通第字刑宪条的规定和及〔〕[]（）() 0123456789年年苏政府办公厅人民";
    java.util.Random random = new java.util.Random(20261207);
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(n % 10 == 0 ? 2000 : 300);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(20) == 0 ? "国务院办公厅关于印发的通知".repeat(1 + random.nextInt(8))
            : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      if (random.nextBoolean()) {
        text.append("国发〔2020〕7号").append("刑法第三条");
      }
      String s = text.toString();
      assertEquals(scan(ReferenceFinder.NUMBER, s), spans(ReferenceFinder.near(ReferenceFinder.NUMBER, s, '号',
          ReferenceFinder.NUMBER_REACH)), s);
      assertEquals(scan(ReferenceFinder.BARE_LAW, s), spans(ReferenceFinder.near(ReferenceFinder.BARE_LAW, s, '法',
          ReferenceFinder.BARE_LAW_REACH)), s);
    }
  }

  /** The oracle: every match of a plain scan, as start-end and its groups. */
  private static List<String> scan(java.util.regex.Pattern p, String s) {
    java.util.regex.Matcher m = p.matcher(s);
    List<java.util.regex.MatchResult> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.toMatchResult());
    }
    return spans(out);
  }

  private static List<String> spans(List<java.util.regex.MatchResult> matches) {
    List<String> out = new java.util.ArrayList<>();
    for (java.util.regex.MatchResult m : matches) {
      StringBuilder g = new StringBuilder(m.start() + "-" + m.end());
      for (int i = 1; i <= m.groupCount(); i++) {
        g.append('|').append(m.group(i));
      }
      out.add(g.toString());
    }
    return out;
  }
}
