package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.ScannedNotice;
import org.policykb.model.Page;
import org.policykb.model.PolicyDocument;
import org.policykb.query.Count;
import org.policykb.query.Filters;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.Work;
import org.policykb.search.WorkMember;

/**
 * One notice published as a PDF and as a scan of it: one work whose shown member is the PDF read from its
 * text, though the scan's id comes first; the scan is a member that says it was read by OCR, and each
 * concordance line on a scanned page carries that page's OCR confidence, a line of the PDF none.
 */
class ScannedWorkTest {
  private static final String BORN = ScannedNotice.BORN;
  private static final String SCAN = ScannedNotice.SCAN;

  @TempDir Path corpus;
  @TempDir Path root;

  @Test
  void theScanOfAPdfIsAMemberOfItsWorkShownOnlyAfterThePdfAndItsLinesSayOcr() throws IOException {
    ScannedNotice.write(corpus);
    new IndexBuilder().build(corpus, root, r -> {});

    try (LuceneSearchBackend backend = new LuceneSearchBackend(root)) {
      PolicyDocument scan = backend.document(SCAN);
      assertEquals(List.of(Page.OCR), scan.pages().stream().map(Page::textFrom).toList(), "the scan was read by OCR");
      assertEquals(List.of(Page.TEXT_LAYER), backend.document(BORN).pages().stream().map(Page::textFrom).toList());

      Work work = backend.work(BORN);
      assertEquals(work, backend.work(SCAN));
      assertEquals(SCAN, work.id(), "a work's id is its smallest member id");
      assertEquals(List.of(BORN, SCAN), work.members().stream().map(WorkMember::id).toList(), "the PDF is shown first");
      assertEquals(List.of(true, false), work.members().stream().map(WorkMember::shown).toList());
      assertEquals(List.of(false, true), work.members().stream().map(WorkMember::ocr).toList());

      List<ConcordanceLine> files = lines(backend, Count.FILES);
      double confidence = scan.pages().get(0).ocrConfidence();
      int onScan = 0;
      for (ConcordanceLine l : files) {
        if (l.id().equals(SCAN)) {
          onScan++;
          assertEquals(confidence, l.ocrConfidence(), l.toString());
        } else {
          assertNull(l.ocrConfidence(), l.toString());
        }
      }
      assertEquals(ScannedNotice.occurrences(scan.text()), onScan, "every 双高协同 the scan's text holds: " + files);
      assertTrue(onScan >= 3, scan.text());
      List<ConcordanceLine> works = lines(backend, Count.WORKS);
      assertEquals(ScannedNotice.occurrences(backend.document(BORN).text()), works.size());
      assertTrue(works.stream().allMatch(l -> l.id().equals(BORN)), "counted once, by the PDF's lines: " + works);
    }
  }

  private static List<ConcordanceLine> lines(LuceneSearchBackend backend, Count count) {
    List<ConcordanceLine> out = new ArrayList<>();
    backend.concordance(new ConcordanceRequest("双高协同", Filters.NONE.withCount(count), 10, ConcordanceRequest.Order.DOC, 0,
        Long.MAX_VALUE), out::add);
    assertTrue(!out.isEmpty(), "no lines");
    return out;
  }
}
