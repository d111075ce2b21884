package org.policykb.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;

/**
 * A context sort holds one short key per line, so it orders up to a million lines at any window and
 * cuts the lines it hands over a bounded number at a time; beyond a million it is refused with a hint,
 * from the counts. Document order never refuses.
 */
class ConcordanceSortLimitTest {
  @TempDir Path work;

  @Test
  void aWideExportIsCutInRoundsAndAboveAMillionLinesASortIsRefusedWithAHint() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    // 80,001 occurrences of 发展: the title (also the first heading of the text) and 800 paragraphs of
    // 100, each followed by a different character, so that the order is not document order
    StringBuilder text = new StringBuilder("# 发展\n\n");
    for (int p = 0; p < 800; p++) {
      for (int i = 0; i < 100; i++) {
        text.append("发展").appendCodePoint(0x4E00 + (p * 7 + i * 13) % 500).append("。");
      }
      text.append("\n\n");
    }
    Files.writeString(corpus.resolve("many.md"), text, StandardCharsets.UTF_8);
    // 1,000,002 occurrences of 鑫 OR 淼
    Files.writeString(corpus.resolve("more.txt"), "鑫淼，".repeat(500_001), StandardCharsets.UTF_8);
    TestCorpus.buildIndex(corpus, work.resolve("index"));
    try (LuceneSearchBackend backend = new LuceneSearchBackend(work.resolve("index"))) {
      ConcordanceRequest wide = new ConcordanceRequest("发展", Filters.NONE, 500, ConcordanceRequest.Order.RIGHT, 0,
          ConcordanceRequest.all());
      assertTrue(wide.linesHeld() < 80_001, "the export is cut in more than one round: " + wide.linesHeld());
      List<ConcordanceLine> wideLines = new ArrayList<>();
      backend.concordance(wide, wideLines::add);
      List<ConcordanceLine> narrowLines = new ArrayList<>();
      backend.concordance(new ConcordanceRequest("发展", Filters.NONE, 3, ConcordanceRequest.Order.RIGHT, 0,
          ConcordanceRequest.all()), narrowLines::add);
      assertEquals(80_001, wideLines.size());
      // the same lines in the same order: the keys do not depend on the window, and the rounds after the
      // first cut their lines at the occurrences the first found
      assertEquals(narrowLines.stream().map(ConcordanceLine::start).toList(), wideLines.stream().map(ConcordanceLine::start).toList());
      List<Integer> starts = new ArrayList<>(wideLines.stream().map(ConcordanceLine::start).toList());
      List<Integer> inDocumentOrder = new ArrayList<>(starts);
      java.util.Collections.sort(inDocumentOrder);
      assertTrue(!starts.equals(inDocumentOrder) && starts.size() == new java.util.HashSet<>(starts).size(),
          "every line once, sorted (ContextSortTest checks the order itself)");
      ConcordanceRequest tooMany = new ConcordanceRequest("鑫 OR 淼", Filters.NONE, 30, ConcordanceRequest.Order.LEFT, 0, 10);
      InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> backend.concordance(tooMany));
      assertTrue(refused.getMessage().contains("at most 1000000 lines"), refused.getMessage());
      assertTrue(refused.getMessage().contains("1000002"), refused.getMessage());
      AtomicLong streamed = new AtomicLong();
      backend.concordance(new ConcordanceRequest("鑫 OR 淼", Filters.NONE, 5, ConcordanceRequest.Order.DOC, 0,
          ConcordanceRequest.all()), line -> streamed.incrementAndGet());
      assertEquals(1_000_002, streamed.get());
    }
  }
}
