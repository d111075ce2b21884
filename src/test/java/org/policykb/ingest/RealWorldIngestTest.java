package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.index.BuildReport;
import org.policykb.search.LuceneSearchBackend;
import org.policykb.search.SearchRequest;

/** The 184 real documents of ../shared/realworld (skipped when that folder is absent). */
class RealWorldIngestTest {
  static final Path REALWORLD = Path.of("..", "shared", "realworld");
  @TempDir Path indexDir;

  @Test
  void everyRealDocumentBecomesADocumentWithTextAndATitle() throws IOException {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    CorpusReader reader = new CorpusReader();
    List<Path> files =
        reader.list(REALWORLD).stream()
            .filter(p -> !List.of("MANIFEST.tsv", "REPORT.md").contains(p.getFileName().toString()))
            .toList();
    assertTrue(files.size() >= 184, "found " + files.size());
    for (Path f : files) {
      IngestResult r = reader.read(REALWORLD, f);
      assertEquals(IngestResult.Status.OK, r.status(), f + ": " + r.reason());
      assertFalse(r.document().text().isBlank(), f.toString());
      assertTrue(r.document().title() != null && !r.document().title().isBlank(), f.toString());
      assertFalse(r.document().text().contains("\uFFFD"), f + " has replacement characters: wrong decoding");
    }
  }

  @Test
  void theGovernmentWorkReportsAreSearchable() throws IOException {
    assumeTrue(Files.isDirectory(REALWORLD), "../shared/realworld is not here");
    BuildReport report = TestCorpus.buildIndex(REALWORLD, indexDir);
    assertFalse(report.anyFailed(), report.results().toString());
    try (LuceneSearchBackend backend = new LuceneSearchBackend(indexDir)) {
      assertTrue(backend.search(new SearchRequest("新质生产力", 1, 10, SearchRequest.Sort.RELEVANCE)).total() >= 2);
      assertTrue(backend.search(new SearchRequest("政府工作报告", 1, 10, SearchRequest.Sort.DATE)).total() >= 59);
    }
  }
}
