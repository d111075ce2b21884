package org.policykb.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.ConcordanceResult;

/** Context sorts hold every line, so they refuse beyond a bound on the context they would hold; document order never does. */
class ConcordanceSortLimitTest {
  @TempDir Path work;

  @Test
  void aContextSortBeyondItsBoundIsRefusedWithAHintWhileDocumentOrderStreamsEveryLine() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    // 20,001 occurrences: the title (also the first heading of the text) and paragraphs of 100
    StringBuilder text = new StringBuilder("# 发展\n\n");
    for (int p = 0; p < 200; p++) {
      text.append("发展。".repeat(100)).append("\n\n");
    }
    Files.writeString(corpus.resolve("many.md"), text, StandardCharsets.UTF_8);
    TestCorpus.buildIndex(corpus, work.resolve("index"));
    try (LuceneSearchBackend backend = new LuceneSearchBackend(work.resolve("index"))) {
      ConcordanceRequest wide = new ConcordanceRequest("发展", Filters.NONE, 500, ConcordanceRequest.Order.LEFT, 0, 10);
      assertEquals(16_000, wide.maxSortedLines());
      InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> backend.concordance(wide));
      assertTrue(refused.getMessage().contains("16000 lines at window=500"), refused.getMessage());
      assertTrue(refused.getMessage().contains("20001"), refused.getMessage());
      // at the default window the same lines sort
      ConcordanceResult sorted = backend.concordance(
          new ConcordanceRequest("发展", Filters.NONE, 30, ConcordanceRequest.Order.RIGHT, 0, 10));
      assertEquals(20_001, sorted.totalOccurrences());
      assertEquals(10, sorted.lines().size());
      AtomicLong streamed = new AtomicLong();
      backend.concordance(new ConcordanceRequest("发展", Filters.NONE, 500, ConcordanceRequest.Order.DOC, 0,
          ConcordanceRequest.all()), line -> streamed.incrementAndGet());
      assertEquals(20_001, streamed.get());
    }
  }
}
