package org.policykb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policykb.ingest.ReferenceFinder;
import org.policykb.model.Link;
import org.policykb.model.Reference.Kind;

/** Resolution of references to works, on small corpora written for the test with the answers written beside them. */
class LinksTest {

  private static LinkSignature doc(String id, String title, String number, String date, String text) {
    return new LinkSignature(id, title, null, number, date == null ? null : LocalDate.parse(date), List.of(),
        ReferenceFinder.find(text, title));
  }

  private static List<String> linksOf(List<Link> links, String from) {
    List<String> out = new ArrayList<>();
    for (Link l : links) {
      if (l.from().equals(from)) {
        out.add(l.kind().key() + "→" + (l.resolved() ? l.to() : l.resolution() + ":" + l.title() + ":" + l.number())
            + (l.candidates().isEmpty() || l.resolved() ? "" : l.candidates()));
      }
    }
    return out;
  }

  @Test
  void numbersFirstThenTitlesAndNeverTheDocumentItself() {
    List<LinkSignature> docs = List.of(
        doc("gx", "国务院关于促进国家高新技术产业开发区高质量发展的若干意见", "国发〔2020〕7号", "2020-07-13",
            "国发〔2020〕7号\n各省、自治区、直辖市人民政府：国家高新区经过30多年发展。"),
        doc("js", "江苏省关于促进高新区高质量发展的实施意见", "苏政发〔2020〕90号", "2020-11-02",
            "为贯彻落实《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》（国发〔2020〕7号），结合我省实际，提出如下意见。"
                + "按照国发〔2020〕7号要求推进。依照《中华人民共和国科学技术进步法》执行。"),
        doc("sz", "苏州市实施方案", null, "2021-01-05", "根据苏政发[2020]90号和《证券法》的规定，结合本市实际，制定本方案。"),
        doc("law", "中华人民共和国证券法", null, "2019-12-28", "为了规范证券发行和交易行为，制定本法。"));
    List<Link> links = Links.resolve(docs, Map.of());
    assertEquals(List.of(), linksOf(links, "gx"), "its own number is no link");
    assertEquals(List.of("implements→gx", "cites→unresolved:中华人民共和国科学技术进步法:null"), linksOf(links, "js"));
    Link js = links.stream().filter(l -> l.from().equals("js")).findFirst().orElseThrow();
    assertEquals(Link.BY_NUMBER, js.resolution());
    assertEquals(2, js.occurrences(), "the title and the number alone later name one target");
    assertEquals(List.of("implements→js", "implements→law"), linksOf(links, "sz"));
    assertEquals(Link.BY_SHORT_TITLE, links.stream().filter(l -> "law".equals(l.to())).findFirst().orElseThrow().resolution());
  }

  @Test
  void versionsOfOneTitleAreChosenByDateAndMakeAChain() {
    String title = "苏州市住房公积金管理办法";
    List<LinkSignature> docs = List.of(
        doc("v2010", title, null, "2010-05-01", "第一条 为了加强住房公积金管理，制定本办法。"),
        doc("v2015", title, null, "2015-05-01", "第一条 为了加强住房公积金管理，制定本办法。"),
        doc("v2022", title, null, "2022-05-01", "第一条 为了加强住房公积金管理，制定本办法。2010年5月1日发布的《苏州市住房公积金管理办法》同时废止。"),
        doc("c2018", "关于做好公积金工作的通知", null, "2018-03-01", "各区：请按照《苏州市住房公积金管理办法》执行。"),
        doc("c2009", "关于公积金试点的通知", null, "2009-03-01", "各区：参照《苏州市住房公积金管理办法》（草案）执行。"),
        doc("cUndated", "关于公积金的问答", null, null, "问：依据什么？答：《苏州市住房公积金管理办法》。"));
    List<Link> links = Links.resolve(docs, Map.of());
    assertEquals(List.of("cites→v2015"), linksOf(links, "c2018"), "the latest version on or before the citing document");
    assertEquals(List.of("cites→v2010"), linksOf(links, "c2009"), "none before it: the earliest");
    assertEquals(List.of("cites→v2010"), linksOf(links, "cUndated"), "no date: the earliest");
    assertEquals(List.of("amends→v2010"), linksOf(links, "v2015"));
    // the 2022 version is newer than the 2015 one, and repeals the one its sentence dates 2010
    assertEquals(List.of("amends→v2015", "repeals→v2010"), linksOf(links, "v2022"));
    assertTrue(links.stream().filter(l -> l.from().equals("v2015")).allMatch(l -> l.resolution().equals(Link.VERSION)));
  }

  @Test
  void aTitleTwoWorksShareWithoutBeingVersionsStaysAmbiguousAndSaysWhichTheyAre() {
    String title = "关于做好2020年春耕生产工作的通知";
    List<LinkSignature> docs = List.of(
        doc("a", title, "苏农发〔2020〕1号", "2020-02-01", "各市农业农村局：做好春耕。"),
        doc("b", title, "浙农发〔2020〕3号", "2020-02-03", "各市农业农村局：做好春耕。"),
        doc("c", "关于春耕情况的报告", null, "2020-06-01", "根据《关于做好2020年春耕生产工作的通知》要求，现将情况报告如下。"));
    List<Link> links = Links.resolve(docs, Map.of());
    assertEquals(List.of("implements→ambiguous:关于做好2020年春耕生产工作的通知:null[a, b]"), linksOf(links, "c"));
  }

  @Test
  void aLinkNamesTheWorkAndItsShownMemberAndMembersOfOneWorkDoNotLinkToEachOther() {
    List<LinkSignature> docs = List.of(
        doc("page", "南京市人才引进办法", "宁政规字〔2021〕2号", "2021-03-01", "第一条 为引进人才，制定本办法。"),
        doc("pdf", "南京市人才引进办法", "宁政规字〔2021〕2号", "2021-03-01", "宁政规字〔2021〕2号 第一条 为引进人才，制定本办法。"),
        doc("cite", "关于落实人才政策的通知", null, "2021-06-01", "各区：请落实宁政规字〔2021〕2号。"));
    Map<String, WorkRole> roles = Map.of("page", new WorkRole("page", true), "pdf", new WorkRole("page", false),
        "cite", new WorkRole("cite", true));
    List<Link> links = Links.resolve(docs, roles);
    assertEquals(List.of(), linksOf(links, "pdf"));
    Link l = links.stream().filter(x -> x.from().equals("cite")).findFirst().orElseThrow();
    assertEquals("page", l.to());
    assertEquals("page", l.toDocument());
    assertEquals(Kind.CITES, l.kind());
  }
}
