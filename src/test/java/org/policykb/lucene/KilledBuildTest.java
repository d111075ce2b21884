package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.index.BuildReport;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;

/** A rebuild killed with SIGKILL in another process leaves the served index as it was. */
class KilledBuildTest {
  static final int COPIES = 100; // × 5 seeds: long enough to be killed half-way
  @TempDir Path big;
  @TempDir Path root;
  @TempDir Path logs;

  @Test
  void killingARebuildLeavesTheServedIndexIntactAndTheNextRebuildSucceeds() throws Exception {
    new IndexBuilder().build(TestCorpus.SEEDS, root, r -> {});
    for (int i = 0; i < COPIES; i++) {
      for (Path seed : Files.list(TestCorpus.SEEDS).toList()) {
        String name = seed.getFileName().toString().replace(".txt", "_" + i + ".txt");
        Files.writeString(big.resolve(name), "副本" + i + "\n\n" + Files.readString(seed), StandardCharsets.UTF_8);
      }
    }
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root)) {
      SearchResult before = backend.search(new SearchRequest("双高协同", 1, 10, null));

      String java = ProcessHandle.current().info().command().orElseThrow();
      Process build = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          "org.policykb.cli.Main", "index", "--corpus", big.toString(), "--index", root.toString())
          .redirectErrorStream(true).redirectOutput(logs.resolve("build.log").toFile()).start();
      Path newGeneration = root.resolve("gen-000002");
      for (int i = 0; i < 600 && !Files.isDirectory(newGeneration); i++) {
        Thread.sleep(50);
      }
      Thread.sleep(500);
      assertTrue(build.isAlive(), "the build finished before it could be killed: " + Files.readString(logs.resolve("build.log")));
      build.destroyForcibly(); // SIGKILL
      assertTrue(build.waitFor(30, TimeUnit.SECONDS));

      assertEquals("gen-000001\n", Files.readString(root.resolve("CURRENT")));
      backend.reload();
      SearchResult after = backend.search(new SearchRequest("双高协同", 1, 10, null));
      assertEquals(before.total(), after.total());
      assertEquals(before.hits().stream().map(h -> h.id() + h.occurrences()).toList(),
          after.hits().stream().map(h -> h.id() + h.occurrences()).toList());
      assertEquals("gen-000001", after.generation());

      BuildReport next = new IndexBuilder().build(big, root, r -> {});
      assertEquals(COPIES * 5, next.added() + next.updated() + next.unchanged());
      assertEquals(next.generation() + "\n", Files.readString(root.resolve("CURRENT")));
      backend.reload();
      assertEquals(COPIES * 2, backend.search(new SearchRequest("双高协同", 1, 10, null)).total());
    }
  }
}
