package org.policykb.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;

/** The 10 MB benchmark completes and prints every figure; its speed is not judged here. */
class BenchSmokeTest {
  @TempDir Path work;

  @Test
  void theTenMegabyteBenchmarkPrintsEveryFigure() throws Exception {
    StringWriter text = new StringWriter();
    new Benchmark(new PrintWriter(text, true), work, 2, 3, 2, 1).run(TestCorpus.SEEDS, 10L << 20, 20261123L);
    String out = text.toString();
    for (String figure : new String[] {"generated", "0 fair queries", "0 per band/kind", "1–10 docs", "0 first-time facets", "1 indexing", "4 index size", "4 cold start", "2 latency HTTP",
        "2 latency in-process", "2 grep ÷ HTTP p50", "3 throughput", "4 heap after the mix", "5 concordance",
        "6 research", "6 facets", "6 concordance page", "6 collocates", "6 trend by year", "6 CSV export, every line",
        "7 web page"}) {
      assertTrue(out.contains(figure), figure + " missing from:\n" + out);
    }
    assertTrue(out.contains(", 0 failed)"), out);
    assertTrue(out.contains(", 0 errors"), out);
    assertTrue(!out.contains("RECALL FAILURE"), "a phrase cut from a document was not found:\n" + out);
  }
}
