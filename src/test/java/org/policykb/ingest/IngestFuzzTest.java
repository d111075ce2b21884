package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.TestCorpus;
import org.policykb.tools.fuzz.IngestFuzzer;

/** Thousands of mutated seed and real-world files: a document or a clear error, nothing else. */
class IngestFuzzTest {
  static final int CASES = 3000;
  static final long SEED = 20261123L;

  @Test
  void mutatedFilesYieldADocumentOrAClearError() throws IOException {
    List<byte[]> inputs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    List<Path> files = new ArrayList<>(reader.list(TestCorpus.SEEDS).files());
    if (Files.isDirectory(RealWorldIngestTest.REALWORLD)) {
      reader.list(RealWorldIngestTest.REALWORLD).files().stream()
          .filter(p -> Files.isRegularFile(p) && p.toFile().length() < 120_000)
          .forEach(files::add);
    }
    for (Path f : files) {
      inputs.add(Files.readAllBytes(f));
      names.add(f.getFileName().toString());
    }
    IngestFuzzer.Report report = new IngestFuzzer().run(inputs, names, CASES, SEED);
    System.out.println("ingestion fuzz: " + report);
    assertEquals(List.of(), report.failures());
    assertEquals(CASES, report.documents() + report.rejected());
    assertTrue(report.documents() > CASES / 2, "most mutations still make documents: " + report);
  }
}
