package org.policykb.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.query.Filters;
import org.policykb.search.SearchRequest;

/**
 * The fair benchmark: 200+ distinct queries drawn from the corpus ({@link FairQueries}), each asked
 * once — over HTTP with snippets (a plain HTTP/1.1 request on its own connection, as curl sends it:
 * {@link PlainHttp}), then in-process — with Lucene's query cache emptied before each, after
 * a disjoint set has warmed the JIT. Phrases are reported by the band of documents they are found in;
 * grep ÷ HTTP is measured on up to {@value #GREPS_PER_ROW} queries of each row. The research endpoints
 * (facets, a concordance's first page, trend) are timed the same way on phrases of every band.
 */
final class FairBenchmark {
  private static final int GREPS_PER_ROW = 6;
  private static final String[] BANDS = {"1–10 docs", "10–1k docs", "1k–10k docs", "10k–100k docs", ">100k docs"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintWriter out;

  FairBenchmark(PrintWriter out) {
    this.out = out;
  }

  /** A query's timings and what it found. */
  private record Timed(FairQueries.Query query, long httpNanos, long localNanos, long total, double grepMillis, long tookNanos) {}

  void run(LuceneSearchBackend backend, String base, Path corpus, long seed, int perBand, int structured) throws Exception {
    FairQueries warm = FairQueries.from(corpus, 300, seed + 1);
    List<FairQueries.Query> warmUp = warm.draw(12, 4, Set.of());
    Set<String> used = new HashSet<>();
    warmUp.forEach(q -> used.add(q.q()));
    List<FairQueries.Query> timed = FairQueries.from(corpus, 300, seed).draw(perBand, structured, used);
    out.printf(Locale.ROOT, "0 fair queries          %d distinct queries drawn from the corpus (seed %d), %d others to warm up; "
        + "each asked once, Lucene's query cache emptied before each%n", timed.size(), seed, warmUp.size());
    for (FairQueries.Query q : warmUp) {
      get(base, q);
      local(backend, q);
    }
    Map<String, List<Timed>> rows = new LinkedHashMap<>();
    for (String band : BANDS) {
      rows.put(band, new ArrayList<>());
    }
    List<Timed> all = new ArrayList<>();
    int zero = 0;
    for (FairQueries.Query q : timed) {
      clearQueryCache();
      long s = System.nanoTime();
      Searched answer = get(base, q);
      long httpNanos = System.nanoTime() - s;
      long total = answer.total();
      clearQueryCache();
      s = System.nanoTime();
      local(backend, q);
      long localNanos = System.nanoTime() - s;
      String row = total < 0 ? "timed out (5 s)" : q.kind().equals("phrase") ? band(total) : q.kind();
      if (q.kind().equals("phrase") && total == 0) {
        zero++;
      }
      List<Timed> list = rows.computeIfAbsent(row, k -> new ArrayList<>());
      double grep = list.size() < GREPS_PER_ROW ? Benchmark.grepMillis(q.grepPhrase(), corpus) : Double.NaN;
      Timed t = new Timed(q, httpNanos, localNanos, total, grep, answer.tookMillis() * 1_000_000);
      list.add(t);
      all.add(t);
    }
    out.println("0 per band/kind        n  | HTTP with snippets: p50   p90   p99   max ms | server took p50 | in-process p50  p99 ms | grep ÷ HTTP median (lowest)");
    rows.forEach((row, list) -> {
      if (!list.isEmpty()) {
        printRow(row, list);
      }
    });
    printRow("all", all);
    if (zero > 0) {
      out.printf(Locale.ROOT, "0 RECALL FAILURE       %d phrases cut from documents were not found%n", zero);
    }
    research(backend, base, timed);
  }

  private void printRow(String row, List<Timed> list) {
    Percentiles h = Percentiles.of(list.stream().map(Timed::httpNanos).toList());
    Percentiles l = Percentiles.of(list.stream().map(Timed::localNanos).toList());
    double[] ratios = list.stream().filter(t -> !Double.isNaN(t.grepMillis()))
        .mapToDouble(t -> t.grepMillis() / (t.httpNanos() / 1e6)).toArray();
    String grep = ratios.length == 0 ? "—" : String.format(Locale.ROOT, "%.0f× (%.0f×)", Percentiles.median(ratios),
        java.util.Arrays.stream(ratios).min().orElse(0));
    Percentiles took = Percentiles.of(list.stream().map(Timed::tookNanos).toList());
    out.printf(Locale.ROOT, "   %-17s %4d | %25.1f %5.1f %5.1f %5.1f | %15.0f | %14.1f %5.1f | %s%n", row, list.size(), h.p50(), h.p90(), h.p99(),
        h.max(), took.p50(), l.p50(), l.p99(), grep);
    out.flush();
  }

  /** Facets, a concordance's first page and a trend, each asked once per phrase, first time. */
  private void research(LuceneSearchBackend backend, String base, List<FairQueries.Query> timed) throws Exception {
    List<FairQueries.Query> phrases = timed.stream().filter(q -> q.kind().equals("phrase")).toList();
    int step = Math.max(1, phrases.size() / 30);
    Map<String, List<Long>> times = new LinkedHashMap<>();
    for (String endpoint : List.of("facets", "concordance page", "trend")) {
      times.put(endpoint, new ArrayList<>());
    }
    for (int i = 0; i < phrases.size(); i += step) {
      String q = URLEncoder.encode(phrases.get(i).q(), StandardCharsets.UTF_8);
      time(times.get("facets"), base + "/api/search?size=10&facets=year,source,park,cites&q=" + q);
      time(times.get("concordance page"), base + "/api/concordance?limit=50&q=" + q);
      time(times.get("trend"), base + "/api/trend?by=year&q=" + q);
    }
    times.forEach((endpoint, list) -> out.printf(Locale.ROOT, "0 first-time %-10s %s%n", endpoint, Percentiles.of(list)));
    out.flush();
  }

  private void time(List<Long> into, String url) throws IOException, InterruptedException {
    clearQueryCache();
    long s = System.nanoTime();
    PlainHttp.Answer r = PlainHttp.get(URI.create(url));
    into.add(System.nanoTime() - s);
    if (r.status() != 200) {
      throw new IOException(url + " answered " + r.status() + ": " + r.body());
    }
  }

  /** A search's total ({@code -1} when stopped at the time limit) and the server's own time for it. */
  private record Searched(long total, long tookMillis) {}

  private Searched get(String base, FairQueries.Query q) throws IOException, InterruptedException {
    URI uri = URI.create(base + "/api/search?size=10&q=" + URLEncoder.encode(q.q(), StandardCharsets.UTF_8) + q.params());
    PlainHttp.Answer r = PlainHttp.get(uri);
    if (r.status() == 503) {
      return new Searched(-1, 0); // stopped at the server's time limit: reported as such
    }
    if (r.status() != 200) {
      throw new IOException(q.q() + " answered " + r.status() + ": " + r.body());
    }
    var answer = JSON.readTree(r.body());
    return new Searched(answer.path("total").asLong(), answer.path("took_ms").asLong());
  }

  private static void local(LuceneSearchBackend backend, FairQueries.Query q) {
    try {
      search(backend, q);
    } catch (org.policykb.search.SearchTimeoutException timedOut) {
      // counted from the HTTP answer
    }
  }

  private static void search(LuceneSearchBackend backend, FairQueries.Query q) {
    Filters filters = Filters.NONE;
    if (!q.params().isEmpty()) {
      java.util.Map<String, List<String>> given = new java.util.LinkedHashMap<>();
      for (String pair : q.params().split("&")) {
        if (pair.isEmpty()) {
          continue; // the parameters start with & (they follow q in a URL)
        }
        String[] nameValue = pair.split("=", 2);
        given.computeIfAbsent(nameValue[0], k -> new java.util.ArrayList<>())
            .add(java.net.URLDecoder.decode(nameValue[1], java.nio.charset.StandardCharsets.UTF_8));
      }
      filters = Filters.of(given);
    }
    backend.search(new SearchRequest(q.q(), 1, 10, SearchRequest.Sort.RELEVANCE, filters, Set.of(), org.policykb.query.Facet.DEFAULT_SIZE));
  }

  /** Lucene's query cache holds filters of queries asked before: a first-time query finds it empty. */
  static void clearQueryCache() {
    if (IndexSearcher.getDefaultQueryCache() instanceof LRUQueryCache cache) {
      cache.clear();
    }
  }

  private static String band(long total) {
    return total <= 10 ? BANDS[0] : total <= 1_000 ? BANDS[1] : total <= 10_000 ? BANDS[2] : total <= 100_000 ? BANDS[3] : BANDS[4];
  }
}
