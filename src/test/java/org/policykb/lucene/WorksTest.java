package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.WorksCorpus;
import org.policykb.index.BuildReport;
import org.policykb.ingest.IngestResult;
import org.policykb.query.Count;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.FacetValue;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.search.TrendRequest;
import org.policykb.search.TrendResult;
import org.policykb.search.Work;
import org.policykb.search.WorkMember;

/**
 * One text in several files is one work, on a real index of {@link WorksCorpus}: counted once by
 * default and every file under count=files, in totals, facets, trends and concordances; each file
 * reachable with its work; related documents without the work's own members; and works kept right
 * by incremental builds. The expected works are the corpus's, written in the test.
 */
class WorksTest {
  @TempDir Path corpus;
  @TempDir Path index;

  @BeforeEach
  void write() throws IOException {
    WorksCorpus.write(corpus);
  }

  private BuildReport build() throws IOException {
    BuildReport r = TestCorpus.buildIndex(corpus, index);
    assertTrue(r.results().stream().noneMatch(x -> x.status() == IngestResult.Status.FAILED), r.results().toString());
    return r;
  }

  private static Filters count(Count c) {
    return Filters.NONE.withCount(c);
  }

  private SearchResult search(LuceneSearchBackend backend, Count c) {
    return backend.search(new SearchRequest(WorksCorpus.PHRASE, 1, 50, SearchRequest.Sort.RELEVANCE, count(c),
        Set.of(Facet.YEAR, Facet.SOURCE), 100));
  }

  /** Work id → its members, as the index answers: every file's /api/documents work. */
  private static Map<String, Set<String>> works(LuceneSearchBackend backend, Set<String> ids) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String id : ids) {
      Work w = backend.work(id);
      Set<String> members = new TreeSet<>(w.members().stream().map(WorkMember::id).toList());
      assertTrue(members.contains(id), id + " is not among its work's members " + members);
      Set<String> before = out.put(w.id(), members);
      assertTrue(before == null || before.equals(members), "work " + w.id() + " has two member lists");
    }
    return out;
  }

  private static Map<String, Set<String>> expected(Map<String, List<String>> works) {
    Map<String, Set<String>> out = new HashMap<>();
    works.forEach((w, m) -> out.put(w, new TreeSet<>(m)));
    return out;
  }

  private static Set<String> allIds(Map<String, List<String>> works) {
    Set<String> out = new HashSet<>();
    works.values().forEach(out::addAll);
    return out;
  }

  private static long sum(List<FacetValue> values) {
    return values.stream().mapToLong(FacetValue::count).sum();
  }

  @Test
  void oneTextInFourFormatsAndTwoRepublicationsAreCountedOnceAndARevisedVersionIsAWorkOfItsOwn() throws IOException {
    build();
    try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
      assertEquals(expected(WorksCorpus.WORKS), works(backend, allIds(WorksCorpus.WORKS)));
      SearchResult works = search(backend, Count.WORKS);
      assertEquals(WorksCorpus.WORKS.size(), works.total());
      assertEquals(WorksCorpus.SHOWN, new TreeSet<>(works.hits().stream().map(SearchHit::id).toList()));
      SearchResult files = search(backend, Count.FILES);
      assertEquals(WorksCorpus.FILES, files.total());
      // every facet adds up to its total: each work counted once, by its shown member
      assertEquals(5, sum(works.facets().get("year")));
      assertEquals(5, sum(works.facets().get("source")));
      assertEquals(9, sum(files.facets().get("year")));
      for (SearchHit h : works.hits()) { // the hit is the shown member, and lists its work's members, shown first
        List<String> members = h.work().members().stream().map(WorkMember::id).toList();
        List<String> listed = WorksCorpus.WORKS.get(h.work().id());
        assertEquals(listed.get(0), h.id());
        assertEquals(listed.get(0), members.get(0));
        assertEquals(new TreeSet<>(listed), new TreeSet<>(members));
        assertTrue(h.work().members().get(0).shown());
      }
      Work notice = backend.work("notice.pdf");
      assertEquals(List.of("html", "txt", "docx", "pdf"), notice.members().stream().map(WorkMember::format).toList());
    }
  }

  @Test
  void trendsAndConcordancesCountAWorkOnceAndShowItsShownMembersLines() throws IOException {
    build();
    try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
      TrendResult works = backend.trend(new TrendRequest(WorksCorpus.PHRASE, count(Count.WORKS), org.policykb.query.Facet.YEAR));
      TrendResult files = backend.trend(new TrendRequest(WorksCorpus.PHRASE, count(Count.FILES), org.policykb.query.Facet.YEAR));
      assertEquals(5, works.totalDocuments());
      assertEquals(5, works.buckets().stream().mapToLong(TrendResult.Bucket::documents).sum());
      assertEquals(5, works.buckets().stream().mapToLong(TrendResult.Bucket::allDocuments).sum());
      assertEquals(9, files.totalDocuments());
      assertEquals(9, files.buckets().stream().mapToLong(TrendResult.Bucket::allDocuments).sum());
      var lines = backend.concordance(new ConcordanceRequest(WorksCorpus.PHRASE, count(Count.WORKS), 10,
          ConcordanceRequest.Order.DOC, 0, 1000));
      assertEquals(5, lines.totalDocuments());
      Set<String> ids = new TreeSet<>(lines.lines().stream().map(ConcordanceLine::id).toList());
      assertEquals(WorksCorpus.SHOWN, ids);
      assertEquals(lines.totalOccurrences(), works.totalOccurrences());
      var all = backend.concordance(new ConcordanceRequest(WorksCorpus.PHRASE, count(Count.FILES), 10,
          ConcordanceRequest.Order.DOC, 0, 1000));
      assertEquals(9, all.totalDocuments());
    }
  }

  @Test
  void relatedDocumentsNeverListTheDocumentsOwnWork() throws IOException {
    build();
    try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
      int listed = 0;
      for (String id : List.of("notice.pdf", "notice-web", "notice-text", "repub-a", "repub-b", "rule-2020")) {
        Set<String> own = new HashSet<>(backend.work(id).members().stream().map(WorkMember::id).toList());
        var related = backend.related(id, 20).related();
        listed += related.size();
        related.forEach(r -> assertFalse(own.contains(r.id()), id + " lists " + r.id() + " of its own work"));
        related.forEach(r -> assertTrue(WorksCorpus.SHOWN.contains(r.id()), id + " lists " + r.id() + ", not shown"));
      }
      assertTrue(listed > 0, "no related document at all: the test shows nothing");
    }
  }

  @Test
  void incrementalBuildsKeepWorksRight() throws IOException {
    build();
    // a file joins the notice's work with an id smaller than all: it becomes the work's id
    Files.writeString(corpus.resolve("notice-a.txt"), WorksCorpus.noticeText(), StandardCharsets.UTF_8);
    build();
    Map<String, List<String>> now = new HashMap<>(WorksCorpus.WORKS);
    now.remove("notice-text");
    now.put("notice-a", List.of("notice-web", "notice-a", "notice-text", "notice.docx", "notice.pdf"));
    assertIndexHolds(now, 5, 10);
    // the shown member goes: the best read of the rest is shown (text before Word and PDF; then the smallest id)
    Files.delete(corpus.resolve("notice-web.html"));
    build();
    now.put("notice-a", List.of("notice-a", "notice-text", "notice.docx", "notice.pdf"));
    assertIndexHolds(now, 5, 9);
    // the work's id goes: the smallest id left is the work's
    Files.delete(corpus.resolve("notice-a.txt"));
    build();
    now.remove("notice-a");
    now.put("notice-text", List.of("notice-text", "notice.docx", "notice.pdf"));
    assertIndexHolds(now, 5, 8);
    // one member changes into another text: it leaves the work, and the work is one file
    Files.writeString(corpus.resolve("repub-a.txt"), "# 另一则消息\n\n高新区举办招聘会，三百家企业参加。求职者超过五千人次。\n",
        StandardCharsets.UTF_8);
    build();
    now.put("repub-a", List.of("repub-a"));
    now.put("repub-b", List.of("repub-b"));
    assertIndexHolds(now, 6, 8);
    // and changes back, with furniture of its own: near-identical again, one work
    Files.writeString(corpus.resolve("repub-a.txt"), WorksCorpus.republication("来源：甲省日报"), StandardCharsets.UTF_8);
    build();
    now.remove("repub-b");
    now.put("repub-a", List.of("repub-b", "repub-a"));
    assertIndexHolds(now, 5, 8);
  }

  /** Twelve sentences of random characters; in sentence {@code edited[k]} one character is another. */
  private static String chainText(long seed, int... edited) {
    StringBuilder out = new StringBuilder("# 关于推进协同创新的通知\n\n");
    for (int s = 0; s < 12; s++) {
      java.util.Random r = new java.util.Random(seed * 1000 + s);
      int[] sentence = new int[18];
      for (int c = 0; c < sentence.length; c++) {
        sentence[c] = 0x4E00 + r.nextInt(3000);
      }
      for (int k = 0; k < edited.length; k++) {
        if (edited[k] == s) {
          sentence[9] = 0x4E00 + 3000 + k;
        }
      }
      out.append(new String(sentence, 0, sentence.length)).append('。');
    }
    return out.append('\n').toString();
  }

  @Test
  void aVersionThatBridgedTwoOthersChangesAndTheWorkSplitsAsAFullBuildWouldSplitIt() throws IOException {
    Files.writeString(corpus.resolve("chain-0.txt"), chainText(1), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("chain-1.txt"), chainText(1, 3), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("chain-2.txt"), chainText(1, 3, 8), StandardCharsets.UTF_8);
    Set<String> chain = Set.of("chain-0", "chain-1", "chain-2");
    build();
    try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
      assertEquals(Map.of("chain-0", new TreeSet<>(chain)), works(backend, chain), "chain-0 and chain-2 are one work through chain-1");
    }
    Files.writeString(corpus.resolve("chain-1.txt"), chainText(99), StandardCharsets.UTF_8);
    build(); // incremental: only pairs with a changed member are compared
    Path full = Files.createTempDirectory(index.getParent(), "full");
    TestCorpus.buildIndex(corpus, full);
    Set<String> ids = new HashSet<>(chain);
    ids.addAll(allIds(WorksCorpus.WORKS));
    try (LuceneSearchBackend incremental = new LuceneSearchBackend(index); LuceneSearchBackend rebuilt = new LuceneSearchBackend(full)) {
      Map<String, Set<String>> works = works(incremental, ids);
      assertEquals(works(rebuilt, ids), works);
      assertEquals(Set.of("chain-0"), works.get("chain-0"));
      assertEquals(Set.of("chain-2"), works.get("chain-2"));
    }
  }

  private void assertIndexHolds(Map<String, List<String>> works, int workCount, int fileCount) throws IOException {
    try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
      assertEquals(expected(works), works(backend, allIds(works)));
      assertEquals(workCount, search(backend, Count.WORKS).total());
      assertEquals(fileCount, search(backend, Count.FILES).total());
      for (var w : works.entrySet()) {
        Work work = backend.work(w.getKey());
        assertEquals(w.getValue().get(0), work.members().get(0).id(), "the shown member of " + w.getKey());
        assertEquals(1, work.members().stream().filter(WorkMember::shown).count());
      }
      Set<String> shown = new TreeSet<>(search(backend, Count.WORKS).hits().stream().map(SearchHit::id).toList());
      Set<String> expectedShown = new TreeSet<>();
      works.values().forEach(m -> expectedShown.add(m.get(0)));
      assertEquals(expectedShown, shown);
    }
  }
}
