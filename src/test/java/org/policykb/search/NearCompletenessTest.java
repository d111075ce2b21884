package org.policykb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.NearReference;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;

/**
 * NEAR against {@link NearReference}, the tests' own reading of it: thousands of pairs drawn from the
 * shipped corpus, the real-world texts of {@code ../shared/realworld} when they are there, and
 * generated documents where phrases repeat, overlap and touch. For each: the documents it matches
 * (decided from the index's postings), each document's count and the total (counted from postings)
 * and, for one matching document, every span's offsets, all equal to the reference's.
 */
class NearCompletenessTest {

  @TempDir static Path tmp;
  private static LuceneSearchBackend backend;
  private static final Map<String, String> TEXTS = new TreeMap<>();
  private static final Map<String, NearReference.Folded> FOLDED = new TreeMap<>();

  @BeforeAll
  static void build() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    TestCorpus.copySeedsAndRealWorld(corpus);
    NearReference.writeGenerated(corpus, 60, 20261202L);
    var built = TestCorpus.buildIndex(corpus, tmp.resolve("index"));
    backend = new LuceneSearchBackend(tmp.resolve("index"));
    NearReference.readBack(built, backend, TEXTS, FOLDED);
  }

  @AfterAll
  static void close() throws IOException {
    backend.close();
  }

  @Test
  void randomPairsMatchCountAndSpanAsTheReferenceSays() {
    Random random = new Random(20261202L);
    List<String> ids = new ArrayList<>(TEXTS.keySet());
    List<String> texts = ids.stream().map(TEXTS::get).toList();
    List<NearReference.Folded> folded = ids.stream().map(FOLDED::get).toList();
    int asked = 0;
    int matched = 0;
    int spansCompared = 0;
    while (asked < 2000) {
      NearReference.Pair pair = NearReference.draw(random, texts, folded);
      if (pair == null) {
        continue;
      }
      asked++;
      int[] a = NearReference.foldPhrase(pair.a());
      int[] b = NearReference.foldPhrase(pair.b());
      Map<String, List<NearReference.Span>> expected = new TreeMap<>();
      long expectedTotal = 0;
      for (int d = 0; d < ids.size(); d++) {
        List<NearReference.Span> spans = NearReference.spans(folded.get(d), a, b, pair.distance());
        if (!spans.isEmpty()) {
          expected.put(ids.get(d), spans);
          expectedTotal += spans.size();
        }
      }
      String q = pair.query();
      Map<String, Integer> counts = new TreeMap<>();
      expected.forEach((id, spans) -> counts.put(id, spans.size()));
      assertEquals(counts, NearReference.hits(backend, q), q + ": documents and each one's count");
      ConcordanceResult totals = backend.concordance(new ConcordanceRequest(q, null, 10, null, 0, 1));
      assertEquals(expectedTotal, totals.totalOccurrences(), q + ": total counted from postings");
      assertEquals(expected.size(), totals.totalDocuments(), q + ": documents counted");
      if (!expected.isEmpty()) {
        matched++;
        String id = new ArrayList<>(expected.keySet()).get(random.nextInt(expected.size()));
        List<NearReference.Span> offsets = backend.snippets(id, q, 5, 100_000).snippets().stream()
            .map(s -> new NearReference.Span(s.start(), s.end())).toList();
        assertEquals(expected.get(id), offsets, q + ": spans in " + id);
        spansCompared += offsets.size();
      }
    }
    assertTrue(matched > 600, "enough pairs occur somewhere: " + matched);
    assertTrue(spansCompared > 1000, "enough spans compared: " + spansCompared);
  }

  /** The reference reads the README's rule: its unit, its boundary and its spans. */
  @Test
  void theReferenceReadsTheRuleAsWritten() {
    // spaces and soft punctuation are not counted, hard punctuation is
    assertEquals(1, NearReference.spans("数字，“ 经济", "数字", "经济", 1).size());
    assertEquals(0, NearReference.spans("数字，“ 经济", "数字", "经济", 0).size());
    assertEquals(0, NearReference.spans("数字\n\n经济", "数字", "经济", 1000).size());
    // overlapping occurrences do not pair; the shortest spans, from the left
    assertEquals(List.of(), NearReference.spans("经济发", "经济", "济发", 5));
    assertEquals(List.of(new NearReference.Span(1, 4)), NearReference.spans("经经济发发", "经济", "发", 0));
    assertEquals(List.of(new NearReference.Span(0, 2), new NearReference.Span(3, 5)),
        NearReference.spans("甲乙甲甲乙甲", "甲", "乙", 0));
  }
}
