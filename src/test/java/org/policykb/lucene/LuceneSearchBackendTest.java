package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.query.InvalidRequestException;
import org.policykb.search.DocumentNotFoundException;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.text.Occurrence;
import org.policykb.text.Passage;

class LuceneSearchBackendTest {
  @TempDir static Path indexDir;
  private static LuceneSearchBackend backend;

  @BeforeAll
  static void buildIndex() throws IOException {
    TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
    backend = new LuceneSearchBackend(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    backend.close();
  }

  private static List<String> ids(String q, SearchRequest.Sort sort) {
    return backend.search(new SearchRequest(q, 1, 10, sort)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void shuangGaoXieTongIsIn004SixTimesAndIn000Once() {
    SearchResult r = backend.search(new SearchRequest("双高协同", 1, 10, SearchRequest.Sort.RELEVANCE));
    assertEquals(2, r.total());
    assertEquals(List.of(TestCorpus.ID_004, TestCorpus.ID_000), r.hits().stream().map(SearchHit::id).toList());
    assertEquals(List.of(6, 1), r.hits().stream().map(SearchHit::occurrences).toList());
    Passage first = r.hits().get(0).passages().get(0);
    Occurrence match = first.matches().get(0);
    assertEquals("双高”协同", first.text().substring(match.start() - first.start(), match.end() - first.start()));
  }

  @Test
  void sortByDateUsesTheYearWhenTheDayIsUnknownAndPutsUndatedOnesLast() {
    List<String> byDate = ids("国家高新区", SearchRequest.Sort.DATE);
    // 000 states only its year (来源:《群众》杂志2025年第7期), 001 a full date in 2022; the rest nothing
    assertEquals(List.of(TestCorpus.ID_000, TestCorpus.ID_001), byDate.subList(0, 2));
    assertEquals(5, byDate.size());
    // oldest first: the same two dated ones the other way round, the undated ones still last
    List<String> oldestFirst = ids("国家高新区", SearchRequest.Sort.DATE_ASC);
    assertEquals(List.of(TestCorpus.ID_001, TestCorpus.ID_000), oldestFirst.subList(0, 2));
    assertEquals(java.util.Set.copyOf(byDate.subList(2, 5)), java.util.Set.copyOf(oldestFirst.subList(2, 5)));
  }

  @Test
  void titleTermsMatchTitlesOnly() {
    assertEquals(List.of(TestCorpus.ID_002), ids("title:准备这么干", SearchRequest.Sort.RELEVANCE));
    assertEquals(List.of(), ids("title:双高协同", SearchRequest.Sort.RELEVANCE));
  }

  @Test
  void orNeedsEitherAndMinusExcludes() {
    assertEquals(List.of(TestCorpus.ID_001, TestCorpus.ID_002),
        ids("RLV-T6 OR 中国声谷", SearchRequest.Sort.RELEVANCE).stream().sorted().toList());
    assertEquals(List.of(TestCorpus.ID_000), ids("双高协同 -工信部", SearchRequest.Sort.RELEVANCE));
  }

  @Test
  void aTitleMatchRanksAboveTheSamePhraseInTextOnly() {
    List<String> ranked = ids("准备这么干 OR 高质量发展", SearchRequest.Sort.RELEVANCE);
    assertEquals(TestCorpus.ID_002, ranked.get(0));
  }

  @Test
  void aPhraseNobodyUsedFindsNothing() {
    SearchResult r = backend.search(new SearchRequest("数据要素市场化", 1, 10, SearchRequest.Sort.RELEVANCE));
    assertEquals(0, r.total());
    assertEquals(List.of(), r.hits());
  }

  @Test
  void pagesSliceTheRanking() {
    List<String> all = ids("国家高新区", SearchRequest.Sort.RELEVANCE);
    SearchResult page2 = backend.search(new SearchRequest("国家高新区", 2, 2, SearchRequest.Sort.RELEVANCE));
    assertEquals(all.subList(2, 4), page2.hits().stream().map(SearchHit::id).toList());
    assertEquals(all.size(), page2.total());
  }

  @Test
  void badRequestsSayWhatIsWrong() {
    assertEquals("size must be 1..100, was 500",
        assertThrows(InvalidRequestException.class, () -> new SearchRequest("x", 1, 500, null)).getMessage());
    assertEquals("page must be 1 or more, was 0",
        assertThrows(InvalidRequestException.class, () -> new SearchRequest("x", 0, 10, null)).getMessage());
    assertThrows(DocumentNotFoundException.class, () -> backend.document("nope"));
  }
}
