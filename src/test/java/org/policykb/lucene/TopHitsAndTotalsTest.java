package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykb.TestCorpus;
import org.policykb.model.PolicyDocument;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.tools.bench.CorpusGenerator;

/**
 * Only the wanted hits are ranked (Lucene skips what cannot make the page) and the total is counted
 * separately: the totals must still be exact, the first hits the same as when many more are asked
 * for, and a search split over threads must answer exactly what one thread does.
 */
class TopHitsAndTotalsTest {
  static Path work;
  static LuceneSearchBackend oneThread;
  static LuceneSearchBackend sliced;
  static final List<PolicyDocument> DOCUMENTS = new ArrayList<>();

  @BeforeAll
  static void build() throws IOException {
    work = Files.createTempDirectory("top-hits");
    Path pool = work.resolve("pool");
    Path corpus = work.resolve("corpus");
    Path root = work.resolve("index");
    CorpusGenerator.fromSeeds(TestCorpus.SEEDS, 7).write(pool, 1_500_000);
    Files.createDirectories(corpus);
    List<Path> files;
    try (Stream<Path> s = Files.list(pool)) {
      files = s.sorted().toList();
    }
    // three incremental builds: three segments, so the sliced searcher has slices to split
    IndexBuilder builder = new IndexBuilder();
    for (int batch = 0; batch < 3; batch++) {
      for (int i = batch; i < files.size(); i += 3) {
        Files.copy(files.get(i), corpus.resolve(files.get(i).getFileName()));
      }
      builder.build(corpus, root, r -> {});
    }
    oneThread = new LuceneSearchBackend(root, 30_000, 1, Integer.MAX_VALUE);
    sliced = new LuceneSearchBackend(root, 30_000, 3, 1);
    for (Path f : files) {
      DOCUMENTS.add(oneThread.document(f.getFileName().toString().replaceFirst("\\.[^.]+$", "")));
    }
  }

  @AfterAll
  static void close() throws IOException {
    oneThread.close();
    sliced.close();
    org.policykb.lucene.IndexLayout.deleteAll(work);
  }

  @ParameterizedTest
  @CsvSource({
    "高质量发展, relevance",
    "双高协同, relevance",
    "国家高新区 新质生产力, relevance",
    "专精特新 OR 揭榜挂帅, relevance",
    "高新区 -苏州, relevance",
    "title:高新区, relevance",
    "创新驱动, date",
    "产业 -苏州, date",
  })
  void totalsAreExactAndTheFirstHitsDoNotDependOnHowManyAreAskedFor(String q, String sort) {
    long expected = DOCUMENTS.stream().filter(d -> org.policykb.ReferenceSearch.matches(d.title(), d.text(), q)).count();
    assertTrue(expected > 3, q + " matches only " + expected + " documents; the test needs more");
    SearchResult all = oneThread.search(new SearchRequest(q, 1, 100, SearchRequest.Sort.parse(sort)));
    assertEquals(expected, all.total(), q);
    for (int size : new int[] {1, 3, 10}) {
      SearchResult top = oneThread.search(new SearchRequest(q, 1, size, SearchRequest.Sort.parse(sort)));
      assertEquals(expected, top.total(), q + " size " + size);
      assertEquals(ids(all.hits().subList(0, Math.min(size, all.hits().size()))), ids(top.hits()), q + " size " + size);
      SearchResult split = sliced.search(new SearchRequest(q, 1, size, SearchRequest.Sort.parse(sort)));
      assertEquals(top.total(), split.total(), q + " sliced");
      assertEquals(ids(top.hits()), ids(split.hits()), q + " sliced");
      for (int i = 0; i < top.hits().size(); i++) {
        assertEquals(top.hits().get(i).score(), split.hits().get(i).score(), 1e-5, q + " sliced score " + i);
      }
    }
    SearchResult page2 = oneThread.search(new SearchRequest(q, 2, 2, SearchRequest.Sort.parse(sort)));
    assertEquals(ids(all.hits().subList(2, Math.min(4, all.hits().size()))), ids(page2.hits()), q + " page 2");
    if (sort.equals("relevance")) {
      for (int i = 1; i < all.hits().size(); i++) {
        assertTrue(all.hits().get(i - 1).score() >= all.hits().get(i).score(), q + " ranked by score");
      }
    }
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }
}
