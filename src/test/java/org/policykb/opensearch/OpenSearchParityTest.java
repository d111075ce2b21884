package org.policykb.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.LinkedTexts;
import org.policykb.LiveWords;
import org.policykb.OfficialTexts;
import org.policykb.SameAnswers;
import org.policykb.TestCorpus;
import org.policykb.index.Json;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.query.Count;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;
import org.policykb.search.BackendUnavailableException;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.DocumentNotFoundException;
import org.policykb.search.Health;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.tools.bench.OfficialPdf;
import org.policykb.tools.devcluster.DevCluster;

/**
 * The same corpus in both backends — the embedded index and a three-node OpenSearch cluster in
 * this JVM (two shards, one replica each) — gives the same answers, query by query: totals, ids,
 * order, scores, occurrence counts, snippets with their offsets, facets; also with a node stopped,
 * while the alias switches to a new generation under concurrent searches, and after incremental
 * builds, whose word statistics must be the live documents' (an independent count of their words)
 * whenever each engine merges. The shipped corpus, plus {@code ../shared/realworld} and the policy
 * documents of {@code ../shared/policydocs} (whose official elements the documents compared carry)
 * when they are there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchParityTest {
  private static final Path REALWORLD = Path.of("..", "shared", "realworld");
  private static final Path POLICYDOCS = Path.of("..", "shared", "policydocs");
  private static final String ALIAS = "parity";

  private static final List<String> QUERIES = List.of(
      "双高协同", "“双高”协同", "双高 协同", "双高，协同", "高新区", "发展 OR 创新", "title:高新区", "高质量 -双高",
      "發展", "ＡＩ", "ai", "新", "新质生产力", "专精特新", "揭榜挂帅", "人工智能 NEAR/10 产业", "园区 NEAR/5 高校",
      "政府工作报告", "社会主义", "改革开放 -经济", "title:报告", "２０２５年", "《中华人民共和国", "国务院 OR 人民政府 -总理");

  @TempDir static Path tmp;
  private static DevCluster cluster;
  private static ClusterClient client;
  private static LuceneSearchBackend embedded;
  private static OpenSearchBackend opensearch;
  private static Path corpus;
  private static SameAnswers same;
  /** The documents of the first build. */
  private static List<String> firstIds;

  @BeforeAll
  static void build() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    copyFiles(TestCorpus.SEEDS, corpus);
    if (Files.isDirectory(REALWORLD)) {
      copyFiles(REALWORLD, corpus);
    }
    if (Files.isDirectory(POLICYDOCS)) { // policy documents with every official element, in three shapes, and as PDF/Word files
      for (Path folder : List.of(POLICYDOCS, POLICYDOCS.resolve("formats"))) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path f : files.filter(f -> f.getFileName().toString().matches("\\w+_\\d+\\.(html|json|txt|pdf|docx|doc)")).toList()) {
            Files.copy(f, corpus.resolve(f.getFileName()));
          }
        }
      }
    }
    Files.write(corpus.resolve(PAGED + ".pdf"), pagedPdf());
    // its second page scanned: a page read by OCR, its concordance lines' confidence and its work member's mark
    Files.write(corpus.resolve(PAGED + "（扫描件）.pdf"),
        org.policykb.tools.ocr.Scans.scan(pagedPdf(), org.policykb.tools.ocr.Scans.Condition.CLEAN_300, List.of(1)));
    org.policykb.NearReference.writeGenerated(corpus, 30, 20261202L); // phrases that repeat, overlap and touch
    OfficialTexts.write(corpus);
    LinkedTexts.write(corpus); // documents that cite, implement, amend and repeal one another
    Files.createDirectories(corpus.resolve("副本")); // one file name in two folders: an id of its own on both engines
    Files.writeString(corpus.resolve("副本/official_a.txt"), "关于双高协同的说明\n\n双高协同的副本，另存一处。\n");
    var built = TestCorpus.buildIndex(corpus, tmp.resolve("index"));
    firstIds = built.results().stream().filter(r -> r.status() == org.policykb.ingest.IngestResult.Status.OK)
        .map(org.policykb.ingest.IngestResult::id).toList();
    embedded = new LuceneSearchBackend(tmp.resolve("index"));
    cluster = DevCluster.start(3, 0, tmp.resolve("cluster"));
    client = new ClusterClient(ClusterClient.Options.of(cluster.url()).withTimeoutMillis(120_000));
    var report = new ClusterIndexBuilder(client, new ClusterGenerations(client, ALIAS), 2, 1).build(corpus, (r, b) -> {});
    assertEquals(embedded.health().documents(), report.added(), "documents in both");
    opensearch = new OpenSearchBackend(client, ALIAS, 10_000);
    same = new SameAnswers(embedded, opensearch);
  }

  @AfterAll
  static void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  private static void copyFiles(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  /**
   * Both engines against a reference written in the test (not against each other only): the documents
   * a query matches, decided by {@link org.policykb.ReferenceSearch} over every document's text, so that a
   * bug in the parser or matcher the engines share cannot pass both.
   */
  @Test
  @Order(1)
  void bothEnginesMatchTheDocumentsAnIndependentReadingFinds() {
    List<org.policykb.model.PolicyDocument> documents = firstIds.stream().map(embedded::document).toList();
    int nonEmpty = 0;
    for (String q : List.of("双高协同", "“双高”协同", "新质生产力", "专精特新 OR 揭榜挂帅", "高新区 -苏州", "發展", "ＡＩ",
        "title:报告", "政府工作报告 -经济", "２０２５年", "国务院 OR 人民政府 -总理")) {
      long expected = documents.stream().filter(d -> org.policykb.ReferenceSearch.matches(d.title(), d.text(), q)).count();
      SearchRequest r = new SearchRequest(q, 1, 1, SearchRequest.Sort.RELEVANCE, org.policykb.NearReference.FILES, Set.of(), 10);
      assertEquals(expected, embedded.search(r).total(), "embedded: " + q);
      assertEquals(expected, opensearch.search(r).total(), "OpenSearch: " + q);
      nonEmpty += expected > 0 ? 1 : 0;
    }
    assertTrue(nonEmpty >= 8, "queries that match something: " + nonEmpty);
  }

  /**
   * NEAR pairs drawn at random from the texts, on both engines against {@link org.policykb.NearReference}
   * (the tests' own reading): the documents matched, each one's count, the total counted, and one
   * document's spans.
   */
  @Test
  @Order(1)
  void randomNearPairsMatchAndCountAsTheReferenceSaysOnBothEngines() {
    List<String> ids = new java.util.ArrayList<>(firstIds);
    java.util.Collections.sort(ids);
    List<String> texts = ids.stream().map(id -> embedded.document(id).text()).toList();
    List<org.policykb.NearReference.Folded> folded = texts.stream().map(org.policykb.NearReference::fold).toList();
    java.util.Random random = new java.util.Random(20261203L);
    int asked = 0;
    int matched = 0;
    while (asked < 300) {
      org.policykb.NearReference.Pair pair = org.policykb.NearReference.draw(random, texts, folded);
      if (pair == null) {
        continue;
      }
      asked++;
      int[] a = org.policykb.NearReference.foldPhrase(pair.a());
      int[] b = org.policykb.NearReference.foldPhrase(pair.b());
      java.util.Map<String, List<org.policykb.NearReference.Span>> expected = new java.util.TreeMap<>();
      for (int d = 0; d < ids.size(); d++) {
        var spans = org.policykb.NearReference.spans(folded.get(d), a, b, pair.distance());
        if (!spans.isEmpty()) {
          expected.put(ids.get(d), spans);
        }
      }
      java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
      expected.forEach((id, spans) -> counts.put(id, spans.size()));
      long total = counts.values().stream().mapToLong(Integer::longValue).sum();
      String q = pair.query();
      for (var engine : List.of(embedded, opensearch)) {
        String name = engine == embedded ? "embedded: " : "OpenSearch: ";
        assertEquals(counts, org.policykb.NearReference.hits(engine, q), name + q);
        var concordance = engine.concordance(new ConcordanceRequest(q, org.policykb.NearReference.FILES, 10, null, 0, 1));
        assertEquals(total, concordance.totalOccurrences(), name + q + " total");
      }
      if (!expected.isEmpty()) {
        matched++;
        String id = new java.util.ArrayList<>(expected.keySet()).get(random.nextInt(expected.size()));
        var spans = opensearch.snippets(id, q, 5, 100_000).snippets().stream()
            .map(x -> new org.policykb.NearReference.Span(x.start(), x.end())).toList();
        assertEquals(expected.get(id), spans, "OpenSearch: " + q + " in " + id);
      }
    }
    assertTrue(matched > 80, "pairs that occur somewhere: " + matched);
  }

  @Test
  @Order(1)
  void everyQueryAnswersTheSame() {
    int compared = same.answers(QUERIES);
    assertTrue(compared > 100, "answers compared: " + compared);
  }

  @Test
  @Order(1)
  void policyDocumentsCarryTheSameOfficialElements() throws IOException {
    List<String> ids;
    try (Stream<Path> files = Files.list(corpus)) {
      ids = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("(zygov|bucm|mkpol)_\\d+\\..*"))
          .map(n -> n.endsWith(".pdf") || n.endsWith(".doc") || n.endsWith(".docx") ? n : n.substring(0, n.indexOf('.')))
          .sorted().toList();
    }
    org.junit.jupiter.api.Assumptions.assumeFalse(ids.isEmpty(), "../shared/policydocs is not here");
    for (String id : ids) {
      var e = embedded.document(id);
      assertEquals(id.endsWith(".pdf"), !e.pages().isEmpty(), id + " has pages when it is a PDF");
      assertTrue(e.official().docNumber() != null && !e.official().issuers().isEmpty(), id + ": " + e.official());
      assertEquals(json(e), json(opensearch.document(id)), id);
    }
  }

  /** A PDF of three pages, each with 双高协同 once, written by the test: pages and each line's page on both engines. */
  private static final String PAGED = "分页文件";

  private static byte[] pagedPdf() throws IOException {
    OfficialPdf pdf = new OfficialPdf();
    for (int page = 1; page <= 3; page++) {
      pdf.newPage().gap().gap().paragraph("第" + page + "页：推动双高协同发展，培育新质生产力，这是第" + page + "页的任务。");
      pdf.folio("－ " + page + " －", page % 2 == 1);
    }
    return pdf.bytes();
  }

  @Test
  @Order(1)
  void aPdfsPagesAndEachLinesPageAreTheSame() {
    String id = PAGED + ".pdf";
    var e = embedded.document(id);
    assertEquals(json(e), json(opensearch.document(id)));
    assertEquals(List.of(1, 2, 3), e.pages().stream().map(org.policykb.model.Page::number).toList());
    ConcordanceRequest c = new ConcordanceRequest("双高协同", Filters.NONE, 10, ConcordanceRequest.Order.DOC, 0, Long.MAX_VALUE);
    List<ConcordanceLine> e1 = new ArrayList<>();
    List<ConcordanceLine> o1 = new ArrayList<>();
    assertEquals(json(embedded.concordance(c, e1::add)), json(opensearch.concordance(c, o1::add)));
    assertEquals(e1, o1);
    List<Integer> pages = new ArrayList<>();
    for (ConcordanceLine line : e1) {
      if (line.id().equals(id)) {
        pages.add(line.page());
        int page = e.text().substring(0, line.start()).split("第\\d页：", -1).length - 1; // the oracle: how many page openings precede it
        assertEquals(page, line.page(), line.toString());
      }
    }
    assertEquals(List.of(1, 2, 3), pages);
    assertEquals(json(embedded.snippets(id, "双高协同", 10, 10)), json(opensearch.snippets(id, "双高协同", 10, 10)));
  }

  @Test
  @Order(1)
  void aFileNameInTwoFoldersGivesTwoDocuments() {
    assertTrue(embedded.document("official_a").official().docNumber() != null);
    assertEquals(json(embedded.document("副本~official_a.txt")), json(opensearch.document("副本~official_a.txt")));
    assertEquals(json(embedded.document("official_a")), json(opensearch.document("official_a")));
  }

  /**
   * The same works on both engines: the policy documents here are one text as HTML, record or text, PDF,
   * DOCX and DOC; each file's work, its members and which is shown, and the totals of works and files.
   */
  @Test
  @Order(1)
  void bothEnginesGroupTheSameWorks() {
    int grouped = 0;
    for (String id : firstIds) {
      org.policykb.search.Work w = embedded.work(id);
      assertEquals(json(w), json(opensearch.work(id)), id);
      grouped += w.members().size() > 1 ? 1 : 0;
    }
    if (Files.isDirectory(POLICYDOCS)) {
      assertTrue(grouped >= 16, "files in works of several: " + grouped);
      assertEquals(List.of("zygov_2", "zygov_2.docx", "zygov_2.doc", "zygov_2.pdf"),
          embedded.work("zygov_2.pdf").members().stream().map(org.policykb.search.WorkMember::id).toList());
    }
    String scan = PAGED + "（扫描件）.pdf";
    assertTrue(embedded.work(scan).members().stream().anyMatch(m -> m.id().equals(scan) && m.ocr()), "the scan says OCR");
    for (var f : List.of(Filters.NONE.withCount(org.policykb.query.Count.WORKS), Filters.NONE)) {
      SearchRequest r = new SearchRequest("的", 1, 10, SearchRequest.Sort.RELEVANCE, f, Set.of(Facet.YEAR, Facet.SOURCE), 100);
      assertEquals(json(embedded.search(r).facets()), json(opensearch.search(r).facets()));
      assertEquals(embedded.search(r).total(), opensearch.search(r).total());
    }
  }

  @Test
  @Order(1)
  void bothEnginesGiveTheSameLinksCountsVersionsAndRegistries() {
    same.links(firstIds);
    // the links the texts were written with are there (their kinds and targets: LinksApiTest)
    assertEquals(3, embedded.links(new org.policykb.search.LinksRequest("link_gx", org.policykb.search.LinksRequest.Direction.IN,
        Set.of(), 0, 10)).total());
    for (String code : List.of("穗府办", "国发", "苏府规字", "国办发")) {
      for (Integer year : java.util.Arrays.asList(null, 2021, 2020)) {
        assertEquals(json(embedded.registry(code, year)), json(opensearch.registry(code, year)), code + " " + year);
      }
    }
    assertEquals(json(org.policykb.research.Validity.of(embedded, "link_old", java.time.LocalDate.of(2024, 1, 1))),
        json(org.policykb.research.Validity.of(opensearch, "link_old", java.time.LocalDate.of(2024, 1, 1))));
    assertSameGraphs();
  }

  /** Diffusion, first uses per province and the edges of subcorpora are the same on both engines. */
  private static void assertSameGraphs() {
    var implementsOrCites = Set.of(org.policykb.model.Reference.Kind.IMPLEMENTS, org.policykb.model.Reference.Kind.CITES);
    for (String id : List.of("link_gx", "link_js", "link_gz1")) {
      for (var kinds : List.of(Set.<org.policykb.model.Reference.Kind>of(), implementsOrCites)) {
        assertEquals(json(org.policykb.research.Diffusion.of(embedded, id, kinds, 0, 100)),
            json(org.policykb.research.Diffusion.of(opensearch, id, kinds, 0, 100)), id + " " + kinds);
      }
    }
    for (String q : List.of("高新区", "发展", "通知")) {
      for (Filters f : List.of(Filters.NONE.withCount(org.policykb.query.Count.WORKS),
          Filters.of(Map.of("region", List.of("江苏"), "level", List.of("市", "省"))))) {
        assertEquals(json(org.policykb.research.FirstUses.of(embedded, q, f)),
            json(org.policykb.research.FirstUses.of(opensearch, q, f)), q + " " + f);
      }
    }
    for (var request : List.of(new org.policykb.search.EdgesRequest(Filters.NONE, Set.of(), false),
        new org.policykb.search.EdgesRequest(Filters.NONE.withCount(org.policykb.query.Count.WORKS), implementsOrCites, false),
        new org.policykb.search.EdgesRequest(Filters.of(Map.of("region", List.of("江苏", "广东"))), Set.of(), true))) {
      List<org.policykb.model.Link> fromEmbedded = new java.util.ArrayList<>();
      List<org.policykb.model.Link> fromCluster = new java.util.ArrayList<>();
      assertEquals(embedded.edges(request, fromEmbedded::add), opensearch.edges(request, fromCluster::add), request.toString());
      assertEquals(json(fromEmbedded), json(fromCluster), request.toString());
      assertTrue(request.within() || !fromEmbedded.isEmpty(), "edges to compare: " + request);
    }
  }

  @Test
  @Order(1)
  void aLookupByNumberFindsTheSameDocuments() {
    for (var o : OfficialTexts.ALL) {
      String other = o.docNumber().replace('〔', '[').replace('〕', ']');
      List<String> ids = embedded.documentsByNumber(other).stream().map(org.policykb.model.PolicyDocument::id).toList();
      assertEquals(List.of(o.id()), ids, o.docNumber());
      assertEquals(json(embedded.documentsByNumber(other)), json(opensearch.documentsByNumber(other)), o.docNumber());
    }
    for (String n : List.of("国发〔2019〕4号", "国办发〔2018〕129号", "京中医科字【2020】172号", "国发〔1999〕1号")) {
      assertEquals(json(embedded.documentsByNumber(n)), json(opensearch.documentsByNumber(n)), n);
    }
    assertThrows(InvalidRequestException.class, () -> opensearch.documentsByNumber("第十二条"));
  }

  @Test
  @Order(2)
  void bothEnginesReadTheSameSequencesInIdOrder() {
    same.sequences(org.policykb.query.Subcorpus.all(Count.FILES));
  }

  @Test
  @Order(2)
  void bothEnginesCountTheSameWordsFrequenciesAndKeywords() {
    same.wordCounts(List.of(
        org.policykb.query.Subcorpus.all(Count.FILES),
        org.policykb.query.Subcorpus.all(Count.WORKS),
        new org.policykb.query.Subcorpus(null, Filters.of(Map.of("level", List.of("省", "市")))),
        new org.policykb.query.Subcorpus("发展", Filters.of(Map.of("from", List.of("2000")))),
        new org.policykb.query.Subcorpus("高新区 OR 开发区", Filters.NONE)));
  }

  @Test
  @Order(2)
  void suggestionsAreTheSame() {
    assertSuggestionsAreTheSame();
  }

  private static void assertSuggestionsAreTheSame() {
    assertThrows(InvalidRequestException.class, () -> opensearch.suggest("《", 10, Count.WORKS));
    int nonEmpty = same.suggestions(List.of("新质", "双高", "高", "专精", "发展", "政府", "國家", "改革", "ＡＩ"));
    assertTrue(nonEmpty >= 5, "prefixes with suggestions: " + nonEmpty);
  }

  @Test
  @Order(2)
  void theHealthOfBothNamesTheSameDocumentsAndGeneration() {
    Health e = embedded.health();
    Health o = opensearch.health();
    assertEquals(e.documents(), o.documents());
    assertEquals("gen-000001", o.generation());
    assertEquals("ok", o.status(), String.valueOf(o.problem()));
    assertThrows(DocumentNotFoundException.class, () -> opensearch.document("no-such-document"));
  }

  @Test
  @Order(3)
  void aStoppedNodeChangesNoAnswer() throws IOException {
    cluster.stopNode(2);
    cluster.awaitHealth("yellow", 2, 60);
    same.answers(QUERIES.subList(0, 8));
  }

  @Test
  @Order(4)
  void anAliasSwitchUnderConcurrentSearchesFailsNoRequest() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger answered = new AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService searchers = Executors.newFixedThreadPool(4);
    long expected = embedded.search(new SearchRequest("高新区", 1, 10, SearchRequest.Sort.RELEVANCE)).total();
    for (int i = 0; i < 4; i++) {
      searchers.submit(() -> {
        while (running.get()) {
          try {
            SearchResult r = opensearch.search(new SearchRequest("高新区", 1, 10, SearchRequest.Sort.RELEVANCE));
            if (r.total() != expected) {
              failures.add(new AssertionError("total " + r.total() + " in " + r.generation()));
            }
            answered.incrementAndGet();
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }
      });
    }
    var report = new ClusterIndexBuilder(client, new ClusterGenerations(client, ALIAS), 2, 1).build(corpus, (r, b) -> {});
    opensearch.reload();
    Thread.sleep(300);
    running.set(false);
    searchers.shutdown();
    assertTrue(searchers.awaitTermination(30, TimeUnit.SECONDS));
    assertEquals(List.of(), failures);
    assertTrue(answered.get() > 10, "searches during the switch: " + answered.get());
    assertEquals("gen-000002", report.generation());
    assertEquals("gen-000002", opensearch.health().generation());
    SearchResult after = opensearch.search(new SearchRequest("高新区", 1, 10, SearchRequest.Sort.RELEVANCE));
    assertEquals("gen-000002", after.generation());
    assertEquals("gen-000001", new ClusterGenerations(client, ALIAS).rollback());
    opensearch.reload();
    assertEquals("gen-000001", opensearch.search(new SearchRequest("高新区", 1, 10, SearchRequest.Sort.RELEVANCE)).generation());
  }

  @Test
  @Order(5)
  void anIncrementalBuildReadsOnlyChangedFilesAndAnswersTheSame() throws Exception {
    List<Path> files;
    try (Stream<Path> listed = Files.list(corpus)) {
      files = listed.sorted().toList();
    }
    Files.delete(files.get(1));
    Files.writeString(files.get(0), Files.readString(files.get(0)) + "\n\n增量构建新增的段落：双高协同再出发。\n");
    Files.writeString(corpus.resolve("zz_new_article.txt"), "新增文章\n\n新质生产力与双高协同，增量构建之后可以检索。\n");
    // a law an old reference names arrives, and a document that implemented another goes: links follow on both engines
    Files.writeString(corpus.resolve("zz_law.txt"), "中华人民共和国科学技术进步法\n\n"
        + "（1993年7月2日第八届全国人民代表大会常务委员会第二次会议通过）\n\n第一条 为了全面促进科学技术进步，制定本法。\n");
    Files.delete(corpus.resolve("link_zj.txt"));
    var embeddedReport = TestCorpus.buildIndex(corpus, tmp.resolve("index"));
    embedded.reload();
    var report = new ClusterIndexBuilder(client, new ClusterGenerations(client, ALIAS), 2, 1).build(corpus, (r, b) -> {});
    opensearch.reload();
    assertEquals(false, report.full(), "started from the served generation");
    assertEquals(List.of(embeddedReport.added(), embeddedReport.updated(), embeddedReport.deleted(), embeddedReport.unchanged()),
        List.of(report.added(), report.updated(), report.deleted(), report.unchanged()), "added, updated, deleted, unchanged");
    assertEquals(2, report.added(), "the new article and the law");
    assertTrue(report.unchanged() > 0);
    assertTrue(report.updated() > 0 && report.deleted() > 0, "old versions were deleted: " + report.deleted());
    assertEquals(embedded.health().documents(), opensearch.health().documents());
    // the word statistics are the live documents', on both engines, whenever either merges
    List<String> live = embeddedReport.results().stream().filter(r -> r.status() == org.policykb.ingest.IngestResult.Status.OK)
        .map(org.policykb.ingest.IngestResult::id).toList();
    assertEquals(embedded.health().documents(), live.size());
    LiveWords words = LiveWords.of(live.stream().map(id -> embedded.document(id).text()).toList());
    for (String q : List.of("双高协同", "高新区")) {
      CollocatesRequest c = new CollocatesRequest(q, Filters.NONE, 4, 1, 100, CollocatesRequest.Side.BOTH);
      words.assertTold(embedded.collocates(c), "embedded");
      words.assertTold(opensearch.collocates(c), "OpenSearch");
    }
    var gx = new org.policykb.search.LinksRequest("link_gx", org.policykb.search.LinksRequest.Direction.OUT, Set.of(), 0, 10);
    assertEquals("zz_law", embedded.links(gx).links().get(0).to().id(), "an old reference resolved to a document added");
    var gxIn = new org.policykb.search.LinksRequest("link_gx", org.policykb.search.LinksRequest.Direction.IN, Set.of(), 0, 10);
    assertEquals(List.of("link_js", "link_sz"), embedded.links(gxIn).links().stream().map(l -> l.from().id()).toList(),
        "the links of a document removed went with it");
    same.links(live);
    // so both engines rank alike: scores and related documents compared too
    same.answers(List.of("双高协同", "新质生产力", "增量构建", "高新区"));
    assertSuggestionsAreTheSame();
  }

  @Test
  @Order(6)
  void aBuildRunsAloneClearsWhatACrashLeftAndKeepsThreeGenerations() throws Exception {
    ClusterGenerations generations = new ClusterGenerations(client, ALIAS);
    client.put("/" + ALIAS + "-build-lock", Json.mapper().createObjectNode());
    var busy = assertThrows(org.policykb.index.IndexBusyException.class,
        () -> new ClusterIndexBuilder(client, generations, null, null).build(corpus, (r, b) -> {}));
    assertTrue(busy.getMessage().contains("delete the index " + ALIAS + "-build-lock"), busy.getMessage());
    client.delete("/" + ALIAS + "-build-lock");
    client.put("/" + ALIAS + "-gen-000009", org.policykb.opensearch.ClusterSchema.index(1, 0)); // as a crash leaves it
    var report = new ClusterIndexBuilder(client, generations, null, null).build(corpus, (r, b) -> {});
    assertEquals("gen-000004", report.generation());
    assertEquals(0, report.added() + report.updated() + report.deleted(), "nothing changed");
    assertEquals(List.of("gen-000002", "gen-000003", "gen-000004"), generations.list());
    assertTrue(!client.exists("/" + ALIAS + "-gen-000001-files") && client.exists("/" + ALIAS + "-gen-000004-files"));
    assertEquals("2", client.get("/" + ALIAS + "-gen-000004/_settings").path(ALIAS + "-gen-000004").path("settings")
        .path("index").path("number_of_shards").asText(), "the served generation's shape");
    opensearch.reload();
    same.answers(List.of("双高协同"));
  }

  @Test
  @Order(7)
  void anUnreachableClusterIsA503NotAHang() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ClusterClient dead = new ClusterClient(ClusterClient.Options.of("http://127.0.0.1:" + port).withTimeoutMillis(2_000));
    long started = System.nanoTime();
    assertThrows(IllegalStateException.class, () -> ClusterChecks.check(dead));
    assertThrows(BackendUnavailableException.class, () -> new OpenSearchBackend(dead, ALIAS, 2_000));
    assertTrue(System.nanoTime() - started < 10_000_000_000L, "failed fast");
  }

  @Test
  @Order(8)
  void aClusterGoneWhileServingIsA503WithJsonNeverAHang() throws Exception {
    var server = org.policykb.http.ApiServer.start(opensearch, org.policykb.http.ServerOptions.local(0), null);
    try (var http = java.net.http.HttpClient.newHttpClient()) {
      var uri = java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=%E9%AB%98%E6%96%B0%E5%8C%BA");
      var request = java.net.http.HttpRequest.newBuilder(uri).build();
      var ok = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(200, ok.statusCode(), ok.body());
      cluster.close();
      cluster = null;
      long started = System.nanoTime();
      var gone = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(503, gone.statusCode(), gone.body());
      JsonNode body = Json.mapper().readTree(gone.body());
      assertEquals("backend_unavailable", body.path("error").asText(), gone.body());
      assertTrue(body.path("message").asText().contains("OpenSearch"), gone.body());
      assertTrue(System.nanoTime() - started < 15_000_000_000L, "answered in time");
    } finally {
      server.close();
    }
  }

  private static JsonNode json(Object answer) {
    return SameAnswers.json(answer);
  }
}
