package org.policykb.tools.bench;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.policykb.query.Filters;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.TrendRequest;
import org.policykb.search.TrendResult;

/**
 * Times the research endpoints over HTTP on phrases drawn from the corpus itself and sorted into the
 * issue's classes by their real counts: facets of phrases in 100k+ documents, concordance pages of
 * phrases with at most 1,000 occurrences, concordance pages sorted by context of the most frequent
 * phrases a sort accepts, collocates of phrases with at most 10,000, the trend and the full CSV
 * export of the most frequent phrase (with the heap seen while it streams), in document order and in
 * right-context order. Each phrase
 * is asked once, so no cache has seen it before; the JIT is warmed on phrases of another draw first.
 */
final class ResearchBenchmark {
  private final PrintWriter out;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  ResearchBenchmark(PrintWriter out) {
    this.out = out;
  }

  /** A phrase with its counts. */
  record Phrase(String text, long documents, long occurrences) {}

  void run(SearchBackend backend, String base, long seed, boolean browser) throws Exception {
    List<Phrase> phrases = draw(backend, seed);
    // the JIT compiles the research paths on phrases of another draw, none of which is timed
    Set<String> timed = new java.util.HashSet<>(phrases.stream().map(Phrase::text).toList());
    List<Phrase> warmUp = draw(backend, seed + 1).stream()
        .filter(p -> !timed.contains(p.text()) && p.occurrences() > 0 && p.occurrences() <= 10_000).limit(25).toList();
    for (Phrase p : warmUp) {
      for (String path : List.of("/api/search?facets=year,source,park,cites&q=", "/api/concordance?limit=100&q=",
          "/api/concordance?sort=right&limit=100&q=", "/api/trend?q=", "/api/collocates?q=")) {
        http.send(HttpRequest.newBuilder(URI.create(base + path + enc(p.text()))).build(),
            HttpResponse.BodyHandlers.discarding());
      }
    }
    Phrase top = phrases.stream().max(Comparator.comparingLong(Phrase::occurrences)).orElseThrow();
    out.printf(Locale.ROOT, "6 research: %d phrases drawn from the corpus (seed %d); the most frequent: %s, %d occurrences in %d documents%n",
        phrases.size(), seed, top.text(), top.occurrences(), top.documents());

    List<Phrase> broad = phrases.stream().filter(p -> p.documents() >= 100_000).limit(15).toList();
    if (broad.isEmpty()) {
      broad = phrases.stream().sorted(Comparator.comparingLong(Phrase::documents).reversed()).limit(10).toList();
    }
    time("6 facets (year,source,park,cites)", broad, p -> "/api/search?facets=year,source,park,cites&q=" + enc(p.text()), base);

    List<Phrase> rare = phrases.stream().filter(p -> p.occurrences() <= 1000 && p.occurrences() > 0).limit(30).toList();
    time("6 concordance page (≤1,000 occurrences)", rare, p -> "/api/concordance?limit=100&q=" + enc(p.text()), base);
    List<Phrase> any = phrases.stream().filter(p -> p.occurrences() > 1000).limit(15).toList();
    time("6 concordance first page (>1,000 occurrences)", any, p -> "/api/concordance?limit=100&q=" + enc(p.text()), base);

    // context sorts of the most frequent phrases a sort accepts, half by right context and half by left
    List<Phrase> sortable = phrases.stream().filter(p -> p.occurrences() > 1000 && p.occurrences() <= ConcordanceRequest.MAX_SORTED_LINES)
        .sorted(Comparator.comparingLong(Phrase::occurrences).reversed()).limit(12).toList();
    List<Phrase> byRight = new ArrayList<>();
    List<Phrase> byLeft = new ArrayList<>();
    for (int i = 0; i < sortable.size(); i++) {
      (i % 2 == 0 ? byRight : byLeft).add(sortable.get(i));
    }
    time("6 concordance sorted by right context, 1st page", byRight, p -> "/api/concordance?sort=right&limit=100&q=" + enc(p.text()), base);
    time("6 concordance sorted by left context, 1st page", byLeft, p -> "/api/concordance?sort=left&limit=100&q=" + enc(p.text()), base);

    List<Phrase> medium = phrases.stream().filter(p -> p.occurrences() <= 10_000 && p.occurrences() >= 100)
        .sorted(Comparator.comparingLong(Phrase::occurrences).reversed()).limit(10).toList();
    time("6 collocates (≤10,000 occurrences)", medium, p -> "/api/collocates?q=" + enc(p.text()), base);

    List<Phrase> frequent = phrases.stream().sorted(Comparator.comparingLong(Phrase::occurrences).reversed()).limit(10).toList();
    time("6 trend by year (10 most frequent)", frequent, p -> "/api/trend?by=year&q=" + enc(p.text()), base);

    export(base, top, "doc");
    // the whole CSV in context order, of the most frequent phrase a sort accepts (one not asked before)
    sortable.stream().skip(sortable.size() > 1 ? 1 : 0).findFirst().or(() -> sortable.stream().findFirst()).ifPresent(p -> {
      try {
        export(base, p, "right");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    if (!browser) {
      out.println("7 web page: not measured in this run");
    } else if (BrowserBenchmark.available()) {
      // distinct phrases of every class, none asked before by the page
      List<String> browserQueries = phrases.stream().filter(p -> p.occurrences() > 0).map(Phrase::text)
          .filter(q -> !q.equals(top.text())).skip(40).limit(20).toList();
      new BrowserBenchmark(out).run(base, browserQueries);
    } else {
      out.println("7 web page: not measured (no /usr/bin/chromium and /usr/bin/chromedriver)");
    }
    // the frequent phrase of the bench's query mix (高质量发展), the size of export the issue names
    phrases.stream().filter(p -> p.text().equals(Benchmark.MIX.get(0).q())).findFirst()
        .filter(p -> p != top).ifPresent(p -> {
          try {
            export(base, p, "doc");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Substrings of 2–10 characters of random documents, counted by the trend (from postings). */
  private static List<Phrase> draw(SearchBackend backend, long seed) {
    Random random = new Random(seed);
    Set<String> seen = new LinkedHashSet<>();
    for (String fixed : List.of("高质量发展", "国家高新区", "创新", "发展", "科技创新", "新质生产力", "双高协同")) {
      seen.add(fixed);
    }
    SearchRequest sample = new SearchRequest("的", 1, 100, SearchRequest.Sort.RELEVANCE);
    List<SearchHit> hits = backend.search(sample).hits();
    for (int i = 0; seen.size() < 200 && i < 4000; i++) {
      SearchHit h = hits.get(random.nextInt(hits.size()));
      String text = backend.document(h.id()).text();
      int length = 2 + random.nextInt(9);
      int start = random.nextInt(Math.max(1, text.length() - length));
      String s = text.substring(start, Math.min(text.length(), start + length));
      if (s.codePoints().allMatch(Character::isIdeographic)) {
        seen.add(s);
      }
    }
    List<Phrase> out = new ArrayList<>();
    for (String s : seen) {
      TrendResult t = backend.trend(new TrendRequest(s, Filters.NONE, org.policykb.query.Facet.YEAR));
      out.add(new Phrase(s, t.totalDocuments(), t.totalOccurrences()));
    }
    return out;
  }

  private void time(String label, List<Phrase> phrases, java.util.function.Function<Phrase, String> path, String base)
      throws Exception {
    if (phrases.isEmpty()) {
      out.printf(Locale.ROOT, "%-48s no phrase of this class in the corpus%n", label);
      return;
    }
    List<Long> nanos = new ArrayList<>();
    int timedOut = 0;
    for (Phrase p : phrases) {
      long t = System.nanoTime();
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path.apply(p))).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - t;
      if (r.statusCode() == 503 && new String(r.body(), StandardCharsets.UTF_8).contains("\"timeout\"")) {
        timedOut++; // past the research time limit: what a user meets, counted, not timed
      } else if (r.statusCode() != 200) {
        throw new IllegalStateException(label + " " + p.text() + ": HTTP " + r.statusCode());
      } else {
        nanos.add(took);
      }
    }
    String timeouts = timedOut == 0 ? "" : String.format(Locale.ROOT, "; %d of %d past the research time limit (503)", timedOut,
        phrases.size());
    if (nanos.isEmpty()) {
      out.printf(Locale.ROOT, "%-48s every one past the research time limit (503)%n", label);
      return;
    }
    out.printf(Locale.ROOT, "%-48s %s%s; phrases in %d–%d documents, %d–%d occurrences%n", label, Percentiles.of(nanos), timeouts,
        phrases.stream().mapToLong(Phrase::documents).min().orElse(0), phrases.stream().mapToLong(Phrase::documents).max().orElse(0),
        phrases.stream().mapToLong(Phrase::occurrences).min().orElse(0), phrases.stream().mapToLong(Phrase::occurrences).max().orElse(0));
  }

  /** The whole CSV of a phrase over HTTP in the given order, read and discarded, with the heap sampled as it streams. */
  private void export(String base, Phrase top, String sort) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler = Thread.ofPlatform().daemon().start(() -> {
      while (running.get()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    long t = System.nanoTime();
    long bytes = 0;
    long lines = 0;
    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(
        URI.create(base + "/api/concordance?format=csv&sort=" + sort + "&q=" + enc(top.text()))).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - t) / 1e9;
    running.set(false);
    sampler.join();
    if (r.statusCode() != 200) {
      throw new IllegalStateException("CSV export sort=" + sort + " " + top.text() + ": HTTP " + r.statusCode());
    }
    out.printf(Locale.ROOT, "%-48s %s: %d occurrences, %.1f MB of CSV (%d line breaks) in %.1f s (%.2f s per 100,000 lines); heap %d MB before, peak %d MB seen (JVM max %d MB)%n",
        "6 CSV export, every line, sort=" + sort, top.text(), top.occurrences(), bytes / 1048576.0, lines, seconds,
        seconds * 100_000 / Math.max(1, top.occurrences()),
        before >> 20, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
