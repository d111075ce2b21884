package org.policykb.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;

/** The 10 MB benchmark completes and prints every figure, and its figures agree with each other; its speed is not judged here. */
class BenchSmokeTest {
  @TempDir Path work;

  @Test
  void theTenMegabyteBenchmarkPrintsEveryFigure() throws Exception {
    StringWriter text = new StringWriter();
    new Benchmark(new PrintWriter(text, true), work, 2, 3, 2, 1).run(TestCorpus.SEEDS, 10L << 20, 20261123L);
    String out = text.toString();
    for (String figure : new String[] {"generated", "0 server warm-up", "0 fair queries", "0 per band/kind", "1–10 docs", "0 first-time facets", "1 indexing", "4 index size", "4 cold start", "2 latency HTTP",
        "2 latency in-process", "2 grep ÷ HTTP p50", "3 throughput", "4 heap after the mix", "5 concordance",
        "6 research", "6 facets", "6 concordance page", "6 collocates", "6 trend by year", "6 CSV export, every line, sort=doc",
        "6 concordance sorted by right context", "6 concordance sorted by left context", "6 CSV export, every line, sort=right",
        "7 web page"}) {
      assertTrue(out.contains(figure), figure + " missing from:\n" + out);
    }
    assertTrue(out.contains(", 0 failed)"), out);
    assertTrue(out.contains(", 0 errors"), out);
    assertTrue(!out.contains("RECALL FAILURE"), "a phrase cut from a document was not found:\n" + out);
    assertFiguresAgree(out, work);
  }

  private static java.util.regex.Matcher find(String out, String regex) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.MULTILINE).matcher(out);
    assertTrue(m.find(), regex + " missing from:\n" + out);
    return m;
  }

  /**
   * The figures agree with each other and with the corpus on disk: the documents generated are the
   * files written, the index-size ratio is its two sizes divided, the query bands add up to the queries
   * drawn, percentiles rise, the repeated mix counts its requests, and the concordance of a phrase and
   * its CSV export count the same occurrences.
   */
  private static void assertFiguresAgree(String out, Path work) throws java.io.IOException {
    java.util.regex.Matcher generated = find(out, "^generated\\s+(\\d+) documents, ([\\d.]+) MB in (\\S+) ");
    Path corpus = Path.of(generated.group(3));
    long files;
    long bytes;
    try (var listed = java.nio.file.Files.list(corpus)) {
      List<Path> all = listed.toList();
      files = all.size();
      bytes = 0;
      for (Path f : all) {
        bytes += java.nio.file.Files.size(f);
      }
    }
    assertEquals(Long.parseLong(generated.group(1)), files, "documents generated = files written");
    assertEquals(Double.parseDouble(generated.group(2)), bytes / (double) (1 << 20), 0.0501, "MB generated, printed to 0.1 MB");

    java.util.regex.Matcher size = find(out, "^4 index size\\s+([\\d.]+) MB for ([\\d.]+) MB of corpus: ([\\d.]+)×");
    // Both sizes are printed to 0.1 MB and the ratio to 0.01: the ratio lies where the unrounded sizes can put it.
    double index = Double.parseDouble(size.group(1));
    double corpusMb = Double.parseDouble(size.group(2));
    double ratio = Double.parseDouble(size.group(3));
    assertTrue((index - 0.05) / (corpusMb + 0.05) - 0.005 <= ratio && ratio <= (index + 0.05) / (corpusMb - 0.05) + 0.005,
        "the index-size ratio " + ratio + " from " + index + " MB and " + corpusMb + " MB");

    int drawn = Integer.parseInt(find(out, "^0 fair queries\\s+(\\d+) distinct queries").group(1));
    java.util.regex.Matcher band = java.util.regex.Pattern.compile(
        "^   (\\S+(?: \\S+)?)\\s+(\\d+) \\|\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+) \\|",
        java.util.regex.Pattern.MULTILINE).matcher(out);
    int inBands = 0;
    int all = -1;
    while (band.find()) {
      double[] p = {Double.parseDouble(band.group(3)), Double.parseDouble(band.group(4)), Double.parseDouble(band.group(5)),
          Double.parseDouble(band.group(6))};
      assertTrue(p[0] <= p[1] && p[1] <= p[2] && p[2] <= p[3], "percentiles rise in " + band.group());
      if (band.group(1).equals("all")) {
        all = Integer.parseInt(band.group(2));
      } else {
        inBands += Integer.parseInt(band.group(2));
      }
    }
    assertEquals(drawn, all, "the all row holds every query drawn");
    assertEquals(drawn, inBands, "the bands and kinds add up to the queries drawn");

    java.util.regex.Matcher http = find(out, "^2 latency HTTP\\s+p50 ([\\d.]+) ms, p90 ([\\d.]+) ms, p99 ([\\d.]+) ms, max ([\\d.]+) ms \\((\\d+) requests\\)");
    assertTrue(Double.parseDouble(http.group(1)) <= Double.parseDouble(http.group(2))
        && Double.parseDouble(http.group(2)) <= Double.parseDouble(http.group(3))
        && Double.parseDouble(http.group(3)) <= Double.parseDouble(http.group(4)), http.group());
    int mixQueries = 0;
    java.util.regex.Matcher mix = java.util.regex.Pattern.compile("^   \\S+(?: \\S+)?\\s+.+ ms \\|\\s+[\\d.]+ ms \\|", java.util.regex.Pattern.MULTILINE).matcher(
        out.substring(out.indexOf("2 the repeated mix")));
    while (mix.find()) {
      mixQueries++;
    }
    assertEquals(mixQueries * 3, Integer.parseInt(http.group(5)), "each query of the mix asked 3 times (repetitions)");

    java.util.regex.Matcher concordance = find(out, "^5 concordance\\s+every line of (\\S+): (\\d+) in (\\d+) documents");
    java.util.regex.Matcher export = find(out, "^6 CSV export, every line, sort=doc\\s+" + java.util.regex.Pattern.quote(concordance.group(1))
        + ": (\\d+) occurrences");
    assertEquals(concordance.group(2), export.group(1), "the concordance and the export of " + concordance.group(1));
  }
}
