package org.policykb.tools.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.policykb.http.ApiServer;
import org.policykb.index.BuildProgress;
import org.policykb.index.BuildReport;
import org.policykb.ingest.IngestResult;
import org.policykb.lucene.IndexBuilder;
import org.policykb.lucene.LuceneSearchBackend;

/**
 * Times the corpus statistics over HTTP on a generated corpus whose dates spread evenly over 1990–2026: a frequency
 * list of the whole collection and of a tenth of it (four years), keyness of a tenth and of a hundredth (four months)
 * against the rest, and of one tenth against another. Each subcorpus is asked first once (no cache has seen it; the
 * server's code warmed on other periods), then again.
 */
public final class StatisticsBenchmark {
  private static final int REPEATS = 5;
  private final PrintWriter out;

  public StatisticsBenchmark(PrintWriter out) {
    this.out = out;
  }

  public void run(Path seeds, Path work, long bytes, long seed) throws Exception {
    Path corpus = work.resolve("stats-corpus-" + bytes);
    Path root = work.resolve("stats-index-" + bytes);
    if (!Files.isDirectory(corpus)) {
      long t = System.nanoTime();
      int n = org.policykb.tools.bench.CorpusGenerator.fromSeeds(seeds, seed).write(corpus, bytes);
      line("generated", "%d files in %.1f s", n, secs(t));
    }
    line("machine", "%d cores, Java %s, max heap %d MB", Runtime.getRuntime().availableProcessors(), Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
    // built, or brought up to date incrementally (nothing to do when an earlier run built it with this schema)
    long t = System.nanoTime();
    BuildReport report = new IndexBuilder().build(corpus, root, new BuildProgress() {
      @Override
      public void fileDone(List<IngestResult> results, long fileBytes) {}
    });
    line("build", "%d documents, %.1f MB in %.1f s (%s)", report.results().size(), report.bytes() / 1048576.0, secs(t),
        report.full() ? "full" : "incremental");
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root); ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      // the code warmed on periods the timed requests do not ask for
      for (String warm : List.of("/api/frequencies?from=1991&to=1992", "/api/keywords?from=1993&to=1994",
          "/api/keywords?from=1995&to=1995-03", "/api/frequencies?from=1996&to=1996")) {
        for (int i = 0; i < 3; i++) {
          PlainHttp.get(URI.create(base + warm));
        }
      }
      time(base, "frequency list, whole collection", "/api/frequencies?count=files");
      time(base, "frequency list, a tenth (2010–2013)", "/api/frequencies?from=2010&to=2013");
      time(base, "keyness, a tenth against the rest", "/api/keywords?from=2014&to=2017");
      time(base, "keyness, a hundredth against the rest", "/api/keywords?from=2018-01&to=2018-04");
      time(base, "keyness, a tenth against another", "/api/keywords?from=2019&to=2022&ref_from=2000&ref_to=2003");
      time(base, "keyness, a tenth against the rest (p=1)", "/api/keywords?from=1997&to=2000&p=1");
      // n-grams, on periods no request above asked for
      time(base, "word bigram keyness, a tenth against the rest", "/api/keywords?from=2006&to=2009&unit=word&n=2");
      time(base, "char 4-gram keyness, a tenth against the rest", "/api/keywords?from=2002&to=2005&unit=char&n=4");
      time(base, "word bigram keyness, a hundredth against the rest",
          "/api/keywords?from=2018-05&to=2018-08&unit=word&n=2");
      time(base, "char 4-gram list, a tenth (1987–1990)", "/api/frequencies?from=1987&to=1990&unit=char&n=4");
      time(base, "word trigram list with ARF, a hundredth", "/api/frequencies?from=2018-09&to=2018-12&unit=word&n=3&arf=true");
      // a frequent phrase's hits grouped (each on a phrase of its own, so that each is a first request)
      time(base, "hits of 发展 grouped by year", "/api/trend?count=files&by=year&q=" + enc("发展"));
      time(base, "hits of 建设 grouped by issuer", "/api/trend?count=files&by=issuer&q=" + enc("建设"));
      time(base, "hits of 企业 grouped by the word after", "/api/trend?count=files&by=right&context=word&q=" + enc("企业"));
      time(base, "hits of 改革 grouped by 2 characters before", "/api/trend?count=files&by=left&context=2&q=" + enc("改革"));
      time(base, "dispersion of 市场, most hits first", "/api/dispersion?count=files&sort=occurrences&q=" + enc("市场"));
    }
  }

  private void time(String base, String what, String path) throws IOException {
    long t = System.nanoTime();
    PlainHttp.Answer first = PlainHttp.get(URI.create(base + path));
    double firstMs = (System.nanoTime() - t) / 1e6;
    if (first.status() != 200) {
      // a refusal is a figure too (a subcorpus too large for a count): said, and the run goes on
      line(what, "answered %d after %.0f ms: %s", first.status(), firstMs, first.body());
      return;
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < REPEATS; i++) {
      long s = System.nanoTime();
      PlainHttp.get(URI.create(base + path));
      ms.add((System.nanoTime() - s) / 1e6);
    }
    Collections.sort(ms);
    java.util.regex.Matcher hits = java.util.regex.Pattern.compile("\"total_occurrences\":(\\d+)").matcher(first.body());
    line(what, "first %.0f ms, then p50 %.0f ms%s", firstMs, ms.get(ms.size() / 2),
        hits.find() ? String.format(Locale.ROOT, " (%,d hits)", Long.parseLong(hits.group(1))) : "");
  }

  private void line(String what, String format, Object... args) {
    out.printf(Locale.ROOT, "%-44s %s%n", what, String.format(Locale.ROOT, format, args));
    out.flush();
  }

  private static double secs(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
