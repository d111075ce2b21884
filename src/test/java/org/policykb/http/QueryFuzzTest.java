package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.tools.fuzz.QueryFuzzer;

/** Random hostile requests against a real server: answers are 200 or a JSON 4xx, never a 5xx. */
class QueryFuzzTest {
  @TempDir Path indexDir;

  @Test
  void hostileRequestsNeverCauseAServerError() throws Exception {
    TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
    try (LuceneSearchBackend backend = new LuceneSearchBackend(indexDir);
        ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      QueryFuzzer.Report report = new QueryFuzzer().run(URI.create("http://127.0.0.1:" + server.port()), 1500, 20261123L);
      System.out.println("query fuzz: " + report);
      assertEquals(List.of(), report.failures());
      assertTrue(report.ok() > 30 && report.rejected() > 100, report.toString());
    }
  }
}
