package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.model.PolicyDocument;

/** Golden tests: one input file of each shape → its exact documents, ids, text and metadata. */
class SourceReadersTest {
  private final DocumentParser parser = new DocumentParser();

  private List<DocumentParser.Record> records(String file, String content) throws UnreadableSourceException {
    return parser.readAll(FileTypes.stem(file), file, content.getBytes(StandardCharsets.UTF_8));
  }

  private PolicyDocument one(String file, String content) throws UnreadableSourceException {
    return parser.parse(FileTypes.stem(file), file, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aJsonArrayIsOneDocumentPerRecordWithTheRecordsOwnIdsOrNumbers() throws Exception {
    List<DocumentParser.Record> r = records("reports.json", """
        [{"id": "r-2024", "title": "二〇二四年报告", "year": 2024, "content": "第一份报告的正文。"},
         {"title": "第二份", "date": "2025-03-05", "content": "第二份报告的正文。"},
         {"title": "没有正文"},
         "not an object"]
        """);
    assertEquals(List.of("reports#r-2024", "reports#2", "reports#3", "reports#4"), r.stream().map(DocumentParser.Record::id).toList());
    PolicyDocument first = r.get(0).parsed().document();
    assertEquals("二〇二四年报告\n\n第一份报告的正文。", first.text());
    assertNull(first.date());
    assertEquals(2024, first.year());
    assertEquals("record", first.dateFrom());
    PolicyDocument second = r.get(1).parsed().document();
    assertEquals(LocalDate.of(2025, 3, 5), second.date());
    assertEquals("record", second.dateFrom());
    assertEquals("record 3: JSON record has no body field (one of content, text, body, article, body_html, content_html, html, 正文, 内容, 全文, "
        + "a field named like them such as news_content or detail_html, or a field of 200 or more Chinese characters), no summary field "
        + "and no 发文字号 or issuer of its own", r.get(2).failure());
    assertTrue(r.get(3).failure().startsWith("record 4: a JSON record must be an object"), r.get(3).failure());
  }

  @Test
  void aRecordsBodyIsFoundInAFieldOfAnotherName() throws Exception {
    String long300 = "推动双高协同发展，培育新质生产力。".repeat(20);
    List<DocumentParser.Record> r = records("scraped.json", """
        [{"biaoti": "通知一", "title": "关于双高协同的通知", "news_content": "<p>第一条正文，推动双高协同，加快培育新质生产力，建设协同创新平台。</p>", "summary": "摘要"},
         {"title": "关于新质生产力的意见", "wenben": "LONG", "note": "短字段"},
         {"title": "只有短字段", "note": "不到两百个汉字的字段不是正文"}]
        """.replace("LONG", long300));
    assertEquals("关于双高协同的通知\n\n第一条正文，推动双高协同，加快培育新质生产力，建设协同创新平台。", r.get(0).parsed().document().text());
    assertEquals("json+html", r.get(0).parsed().document().format());
    assertEquals("关于新质生产力的意见\n\n" + long300, r.get(1).parsed().document().text());
    assertTrue(r.get(2).failure().contains("has no body field"), r.get(2).failure());
  }

  @Test
  void aCatalogueRecordWithoutABodyIsReadAsItsSummaryOrItsTitle() throws Exception {
    List<DocumentParser.Record> r = records("library.json", """
        [{"doc_title": "某市人民政府关于加强河湖管理的通知", "fileNum": "某府发〔2023〕7号", "pubOrg": "某市人民政府",
          "index_no": "000000000/2023-00012", "doc_summary": "通知就河湖长制、岸线管理和执法巡查作出部署。", "publishTime": "2023-04-02"},
         {"title": "某县农业农村局关于开展春耕检查的通知", "发文字号": "某农发〔2024〕3号", "发文机关": "某县农业农村局", "成文日期": "2024-03-01"},
         {"title": "某区关于绿化工作的情况介绍", "date": "2022-05-06", "views": 12}]
        """);
    PolicyDocument summarised = r.get(0).parsed().document();
    assertEquals("某市人民政府关于加强河湖管理的通知\n\n通知就河湖长制、岸线管理和执法巡查作出部署。", summarised.text());
    assertEquals("json+catalogue", summarised.format());
    assertEquals("某府发〔2023〕7号", summarised.official().docNumber());
    assertEquals("000000000/2023-00012", summarised.official().indexNumber());
    PolicyDocument titled = r.get(1).parsed().document();
    assertEquals("某县农业农村局关于开展春耕检查的通知", titled.text());
    assertEquals("json+catalogue", titled.format());
    assertEquals("某农发〔2024〕3号", titled.official().docNumber());
    assertEquals(List.of("某县农业农村局"), titled.official().issuers());
    assertEquals(LocalDate.of(2024, 3, 1), titled.official().dateSigned());
    assertEquals("record 3: JSON record has no body field (one of content, text, body, article, body_html, content_html, html, 正文, 内容, 全文, "
        + "a field named like them such as news_content or detail_html, or a field of 200 or more Chinese characters), no summary field "
        + "and no 发文字号 or issuer of its own", r.get(2).failure());
  }

  @Test
  void aRecordsPublicationDateIsATimeFieldNamedSoOrAgreeingWithItsAddress() throws Exception {
    List<DocumentParser.Record> r = records("search.json", """
        [{"title": "甲市人民政府关于甲事项的通知", "content": "各区人民政府：现就甲事项通知如下。", "f_1": "2021-08-10 18:57:10",
          "save_time": "2021-08-16 18:57:10", "save_time_filter": "2021", "update_time": "2022-01-01 00:00:00"},
         {"title": "乙市人民政府关于乙事项的通知", "content": "各区人民政府：现就乙事项通知如下。",
          "url": "http://www.example.gov.cn/zwgk/202109/t20210902_9651675.html", "ctime": "2021/9/2 13:52", "crawl_time": "2025-01-01"},
         {"title": "丙市人民政府关于丙事项的通知", "content": "各区人民政府：现就丙事项通知如下。",
          "url": "http://www.example.gov.cn/zwgk/202109/t20210903_9651676.html", "ctime": "2021-08-21 16:35:00"},
         {"title": "丁市人民政府关于丁事项的通知", "content": "各区人民政府：现就丁事项通知如下。", "pubtime": "2021-09-03", "releasetime": "2021-09-04"}]
        """);
    assertEquals(LocalDate.of(2021, 8, 16), r.get(0).parsed().document().official().datePublished(), "save_time, not the unnamed or the updated time");
    assertEquals(LocalDate.of(2021, 9, 2), r.get(1).parsed().document().official().datePublished(), "a time whose day the address carries");
    assertNull(r.get(2).parsed().document().official().datePublished(), "a time of no publishing name that the address contradicts");
    assertNull(r.get(3).parsed().document().official().datePublished(), "two publishing times that disagree");
  }

  @Test
  void theFontSizeToolsEndingARecordsTextGoWhateverStandsBeforeThem() throws Exception {
    PolicyDocument d = one("tools.json", """
        {"title": "关于甲事项的公告", "content": "现将甲事项公告如下。特此公告。 甲部 2020年5月13日 甲部办公厅2020年5月14日印发 字号：大 中 小打印仅打印内容"}
        """);
    assertEquals("关于甲事项的公告\n\n现将甲事项公告如下。特此公告。甲部2020年5月13日甲部办公厅2020年5月14日印发", d.text());
  }

  @Test
  void jsonLinesReadEveryLineAndABrokenLineFailsAlone() throws Exception {
    List<DocumentParser.Record> r = records("batch.jsonl", """
        {"title": "甲", "content": "第一条。"}
        {"title": "乙", "content":
        {"title": "丙", "content": "第三条。", "author": "张三、李四"}
        """);
    assertEquals(List.of("batch#1", "batch#2", "batch#3"), r.stream().map(DocumentParser.Record::id).toList());
    assertEquals("甲\n\n第一条。", r.get(0).parsed().document().text());
    assertTrue(r.get(1).failure().startsWith("record 2, line 2: not valid JSON"), r.get(1).failure());
    assertEquals(List.of("张三", "李四"), r.get(2).parsed().document().authors());
  }

  @Test
  void aJsonFileOfOneRecordKeepsTheFileNameAsItsId() throws Exception {
    List<DocumentParser.Record> r = records("gwr_2025.json", "{\"id\": \"x\", \"title\": \"报告\", \"content\": \"正文。\"}");
    assertEquals(List.of("gwr_2025"), r.stream().map(DocumentParser.Record::id).toList());
    assertThrows(UnreadableSourceException.class, () -> records("bad.json", "{\"title\": "));
    assertThrows(UnreadableSourceException.class, () -> records("empty.json", "[]"));
  }

  @Test
  void severalDocRecordsInOneGbkFileAreOneDocumentEach() throws Exception {
    String file = "<doc>\r\n<url>http://news.example.com/20120630/n346.shtml</url>\r\n<docno>a1</docno>\r\n"
        + "<contenttitle>第一条新闻</contenttitle>\r\n<content>医保互认今年推开。\uE40C记者张三报道</content>\r\n</doc>\r\n"
        + "<doc>\r\n<url>http://news.example.com/n347.shtml</url>\r\n<docno>a2</docno>\r\n"
        + "<contenttitle>第二条新闻</contenttitle>\r\n<content>流浪乞讨救助 & 安置。</content>\r\n</doc>\r\n";
    List<DocumentParser.Record> r = parser.readAll("sogou_x", "sogou_x.txt", file.getBytes(Charset.forName("GBK")));
    assertEquals(List.of("sogou_x#a1", "sogou_x#a2"), r.stream().map(DocumentParser.Record::id).toList());
    PolicyDocument first = r.get(0).parsed().document();
    assertEquals("第一条新闻\n\n医保互认今年推开。\n\n记者张三报道", first.text());
    assertEquals(LocalDate.of(2012, 6, 30), first.date());
    assertEquals("url", first.dateFrom());
    assertEquals(List.of("张三"), first.authors());
    PolicyDocument second = r.get(1).parsed().document();
    assertEquals("第二条新闻\n\n流浪乞讨救助 & 安置。", second.text());
    assertNull(second.year());
    assertNull(second.dateFrom());
  }

  @Test
  void aJekyllPostSavedAsHtmlIsReadByItsFrontMatter() throws Exception {
    PolicyDocument d = one("2022-03-09-post.html", """
        ---
        layout: post
        title: "区域科技创新高地“联网协奏”"
        date: 2022-03-09 15:27:08 +0800
        categories: xinhuaribao
        tags: 新华日报新闻
        ---
        <p>今年政府工作报告提出，要支持各地加大科技投入。</p><p><strong>区域协同创新</strong></p><p>苏南国家自主创新示范区纷纷探索。</p>
        """);
    assertEquals("区域科技创新高地“联网协奏”", d.title());
    assertEquals(LocalDate.of(2022, 3, 9), d.date());
    assertEquals("front_matter", d.dateFrom());
    assertEquals("front-matter+html", d.format());
    assertEquals("区域科技创新高地“联网协奏”\n\n今年政府工作报告提出，要支持各地加大科技投入。\n\n区域协同创新\n\n苏南国家自主创新示范区纷纷探索。",
        d.text());
    assertEquals(List.of("xinhuaribao"), d.categories());
  }

  @Test
  void datelinesUnderTheTitleGiveTheDateInEveryWrittenForm() throws Exception {
    String[][] cases = {
      {"（2017年10月18日）", "2017-10-18"},
      {"（2023年3月13日第十四届全国人民代表大会第一次会议通过）", "2023-03-13"},
      {"(一九五六年九月十五日)", "1956-09-15"},
      {"（一九五四年九月二十三日在第一届全国人民代表大会第一次会议上）", "1954-09-23"},
      {"——2024年3月5日在第十四届全国人民代表大会第二次会议上", "2024-03-05"},
      {"1957年6月26日在第一届全国人民代表大会第四次会議上", "1957-06-26"},
      {"（２００７年６月２９日第十届全国人民代表大会常务委员会第二十八次会议通过）", "2007-06-29"},
    };
    for (String[] c : cases) {
      PolicyDocument d = one("r.md", "# 关于政府工作报告的决议\n\n" + c[0] + "\n\n会议听取了报告，同意报告提出的2025年经济社会发展的总体要求。\n");
      assertEquals(LocalDate.parse(c[1]), d.date(), c[0]);
      assertEquals("dateline", d.dateFrom(), c[0]);
    }
  }

  @Test
  void aYearOrDateInsideASentenceIsNotTheDocumentsDate() throws Exception {
    PolicyDocument d = one("r.md", "# 关于政府工作报告的决议\n\n会议同意报告提出的2025年经济社会发展的总体要求。\n\n"
        + "会议决定自2025年1月1日起施行。\n");
    assertNull(d.date());
    assertNull(d.year());
    assertNull(d.dateFrom());
  }

  @Test
  void aDateInTheTitleOrInTheUrlPathIsTheDateWhenNothingEarlierStatesOne() throws Exception {
    PolicyDocument title = one("xwlb.md", "# 新闻联播 2026-06-08\n\n1. 习近平会见外宾。\n");
    assertEquals(LocalDate.of(2026, 6, 8), title.date());
    assertEquals("title", title.dateFrom());
    for (String url : List.of("http://www.gov.cn/zhengce/content/2019-03/15/content_5374031.htm",
        "http://paper.people.com.cn/rmrb/html/2019/0315/nw.htm", "http://www.most.gov.cn/xxgk/201903/t20190315_145730.html",
        "https://news.example.com/2019/03/15/story.html")) {
      PolicyDocument d = one("u.md", "---\ntitle: 通知\nurl: " + url + "\n---\n正文。\n");
      assertEquals(LocalDate.of(2019, 3, 15), d.date(), url);
      assertEquals("url", d.dateFrom(), url);
    }
    PolicyDocument stated = one("s.md", "---\ntitle: 通知\ndate: 2019-03-20\nurl: http://www.gov.cn/2019-03/15/c.htm\n---\n正文。\n");
    assertEquals(LocalDate.of(2019, 3, 20), stated.date());
    assertEquals("front_matter", stated.dateFrom());
  }

  @Test
  void aPageWithoutACanonicalLinkHasTheAddressItsShareButtonsPassOn() throws Exception {
    PolicyDocument d = one("p.html", "<html><head><title>交通运输部：打造区域综合立体交通网络</title></head><body>"
        + "<div class=\"art\"><p>今日从交通运输部新闻发布会获悉，京津冀交通一体化建设各项工作取得积极成效，下一步将着力打造三地综合立体交通网络。</p></div>"
        + "<a href=\"http://service.weibo.com/share/share.php?url=https%3A%2F%2Fstock.example.com%2F2019-09-26%2F198678130.html%3Ffrom%3Drss\">微博</a>"
        + "</body></html>");
    assertEquals("https://stock.example.com/2019-09-26/198678130.html?from=rss", d.url());
    assertEquals(LocalDate.of(2019, 9, 26), d.date());
    assertEquals("url", d.dateFrom());
  }

  @Test
  void aYearOnlyDocumentHasNoDateAndAContradictingDatelineIsReported() throws Exception {
    DocumentParser.Parsed p = parser.read("r", "r.json",
        "{\"title\": \"报告\", \"year\": 1956, \"content\": \"（1955年6月16日）\\n\\n各位代表：\\n\\n正文。\"}".getBytes(StandardCharsets.UTF_8));
    assertNull(p.document().date());
    assertEquals(1956, p.document().year());
    assertEquals("record", p.document().dateFrom());
    assertEquals(List.of("date 1955-06-16 (dateline) contradicts year 1956 (record): kept the year"), p.warnings());
  }

  @Test
  void bylinesUnderTheTitleAreReadAsAuthorsWithoutSplittingOnSpaces() throws Exception {
    PolicyDocument spaced = one("a.md", "# 决胜全面建成小康社会\n\n——在中国共产党第十九次全国代表大会上的报告\n\n（2017年10月18日）\n\n习　近　平\n\n同志们：\n\n现在，我代表第十八届中央委员会向大会作报告。\n");
    assertEquals(List.of("习近平"), spaced.authors());
    assertEquals(LocalDate.of(2017, 10, 18), spaced.date());
    PolicyDocument office = one("b.md", "# 政府工作报告\n\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n\n国务院总理\n\n李克强\n\n各位代表：\n");
    assertEquals(List.of("李克强"), office.authors());
    PolicyDocument several = one("c.html", "---\ntitle: 关于某问题的报告\n---\n<p>（2020年5月1日）</p><p>张三、李四</p><p>正文第一段，说明情况。</p>\n");
    assertEquals(List.of("张三", "李四"), several.authors());
    PolicyDocument noDateline = one("d.md", "# 改革开放\n\n坚持、创新\n\n正文第一段，说明情况。\n");
    assertEquals(List.of(), noDateline.authors(), "a list of words without a dateline is not a byline");
    PolicyDocument reporters = one("e.md", "# 新闻\n\n文／记者 陈晶 见习记者 陈心如 图／ 记者 刘畅\n\n正文第一段，说明情况。\n");
    assertEquals(List.of("陈晶", "陈心如", "刘畅"), reporters.authors());
  }

  @Test
  void everyVariantOfTheWikisourceNoticeIsDroppedFromTheEndOfARecord() throws Exception {
    String body = "各位代表：\\n\\n正文最后一句。\\n\\n\\n\\n";
    List<String> notices = List.of(
        "本作品是中华人民共和国的\\n法律\\n、\\n法规\\n，国家机关的决议。根据《\\n中华人民共和国著作权法\\n》第五条第一项，本作品不适用于该法，属于\\n公有领域\\n。\\n\\n注：中文维基文库社群认为，公务演讲不总是具有立法性质的文件。\\n\\nPublic domain\\nPublic domain\\nfalse\\nfalse",
        "本作品来自1949年10月1日（含）之后的中国共产党文件。根据指导案例第680号\\n[\\nCPC 1\\n]\\n，不适用于著作权法保护，所以属于\\n公有领域\\n。\\n\\n↑\\n \\n《刑事审判参考》2011年第1集。\\n\\n↑\\n \\n据\\n2024年社群共识\\n，视同“直属机构”制定。\\n\\n在中文维基文库社群中存在争议。应使用\\n版权失效模板\\n。\\n\\nPublic domain\\nPublic domain\\nfalse\\nfalse",
        "这部作品在1931年1月1日以前以匿名或別名發表，確實作者身份不明，在\\n美國\\n以及版權期限是\\n匿名別名作品發表起95年\\n以下的國家以及地区屬於\\n公有領域\\n。\\n\\nPublic domain\\nPublic domain\\nfalse\\nfalse",
        "本作品来自中华人民共和国全国人民代表大会的决定、决议。依据《\\n中华人民共和国著作权法\\n》第五条，本作品不适用于该法，所以属于\\n公有领域\\n。\\n\\n本模板所指的决定包括由主席令公布的修改或废止法律的决定。\\n\\nPublic domain\\nfalse");
    for (String notice : notices) {
      PolicyDocument d = one("w.json", "{\"title\": \"报告\", \"content\": \"" + body + notice + "\"}");
      assertEquals("报告\n\n各位代表：\n\n正文最后一句。", d.text(), notice);
    }
  }

  @Test
  void copyrightDisclaimerAndAppNoticesAreDroppedButAParagraphAboutThePublicDomainStays() throws Exception {
    PolicyDocument d = one("n.md", "# 新闻\n\n正文第一段。\n\n免责声明：本文仅代表作者观点，不构成投资建议。\n\n"
        + "版权声明：本文版权归原作者所有，未经授权不得转载。\n\n(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)\n");
    assertEquals("新闻\n\n正文第一段。", d.text());
    PolicyDocument closing = one("c.md", "# 某市行政许可办法\n\n第一条 为了规范行政许可，制定本办法。\n\n"
        + "本文件自2024年1月1日起施行，此前的授权和许可决定继续有效。\n\n文化和旅游部门依法实施许可。\n");
    assertEquals("某市行政许可办法\n\n第一条 为了规范行政许可，制定本办法。\n\n本文件自2024年1月1日起施行，此前的授权和许可决定继续有效。\n\n"
        + "文化和旅游部门依法实施许可。", closing.text(), "a policy's closing articles are not a notice");
    PolicyDocument kept = one("k.md", "# 关于著作权的意见\n\n正文第一段。\n\n进入公有领域的作品，任何人都可以依法使用，本意见自发布之日起施行。\n");
    assertEquals("关于著作权的意见\n\n正文第一段。\n\n进入公有领域的作品，任何人都可以依法使用，本意见自发布之日起施行。", kept.text());
  }

  @Test
  void aMetadataOverrideNamesOneDocumentSoItIsNotAppliedToAFileOfSeveralRecords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path corpus)
      throws Exception {
    java.nio.file.Files.writeString(corpus.resolve("batch.jsonl"),
        "{\"title\": \"甲\", \"content\": \"一。\"}\n{\"title\": \"乙\", \"content\": \"二。\"}\n", StandardCharsets.UTF_8);
    java.nio.file.Files.writeString(corpus.resolve("batch.meta.yaml"), "title: 覆盖\n", StandardCharsets.UTF_8);
    List<IngestResult> r = new CorpusReader().readAll(corpus, corpus.resolve("batch.jsonl"));
    assertEquals(List.of("甲", "乙"), r.stream().map(x -> x.document().title()).toList());
    assertTrue(r.get(0).warnings().get(0).contains("not applied"), r.get(0).warnings().toString());
  }

  @Test
  void theMultiRecordFixtureGivesItsDocumentsAndItsErrorsRecordByRecord() throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of("src", "test", "resources", "records");
    List<IngestResult> r = new CorpusReader().readAll(dir, dir.resolve("reports.jsonl"));
    assertEquals(List.of("reports#2024-resolution", "reports#2", "reports#3", "reports#4"), r.stream().map(IngestResult::id).toList());
    assertEquals(List.of(IngestResult.Status.OK, IngestResult.Status.FAILED, IngestResult.Status.OK, IngestResult.Status.FAILED),
        r.stream().map(IngestResult::status).toList());
    PolicyDocument resolution = r.get(0).document();
    assertEquals("关于政府工作报告的决议\n\n（2024年3月11日第十四届全国人民代表大会第二次会议通过）\n\n会议同意报告提出的2024年经济社会发展的总体要求。",
        resolution.text());
    assertEquals(LocalDate.of(2024, 3, 11), resolution.date());
    assertEquals("dateline", resolution.dateFrom());
    PolicyDocument report = r.get(2).document();
    assertEquals(LocalDate.of(2023, 3, 5), report.date());
    assertEquals("dateline", report.dateFrom(), "the record states the year, the dateline adds its day");
    assertEquals(List.of("李克强"), report.authors());
    assertEquals("record 2: JSON record has no body field (one of content, text, body, article, body_html, content_html, html, 正文, 内容, 全文, "
        + "a field named like them such as news_content or detail_html, or a field of 200 or more Chinese characters), no summary field "
        + "and no 发文字号 or issuer of its own", r.get(1).reason());
    assertTrue(r.get(3).reason().startsWith("record 4, line 4: not valid JSON"), r.get(3).reason());
  }
}
