package org.policykb.tools.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.policykb.analysis.Analyzers;
import org.policykb.http.ApiServer;
import org.policykb.http.ServerWarmUp;
import org.policykb.index.BuildReport;
import org.policykb.launch.ServerProcess;
import org.policykb.launch.StartupCache;
import org.policykb.lucene.IndexBuilder;
import org.policykb.lucene.IndexLayout;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.query.Filters;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.ConcordanceResult;
import org.policykb.search.SearchRequest;

/**
 * Measures indexing against the analyzer alone, query latency over HTTP and in-process against
 * grep, saturation throughput, index size, cold start, heap, and a corpus-wide concordance — each
 * ratio from figures taken in the same run, so they hold on a noisy machine.
 */
public final class Benchmark {
  /** The fixed query mix: rare and frequent phrases, several terms, OR, exclusion, title, sort by date, a deep page. */
  record MixQuery(String label, String q, String sort, int page, String grepPhrase) {}

  static final List<MixQuery> MIX = List.of(
      new MixQuery("frequent phrase", "高质量发展", "relevance", 1, "高质量发展"),
      new MixQuery("rare phrase", "双高协同", "relevance", 1, "双高协同"),
      new MixQuery("rare coined term", "数字智能", "relevance", 1, "数字智能"),
      new MixQuery("two terms", "国家高新区 新质生产力", "relevance", 1, "新质生产力"),
      new MixQuery("OR", "专精特新 OR 揭榜挂帅", "relevance", 1, "专精特新"),
      new MixQuery("exclusion", "高新区 -苏州", "relevance", 1, "高新区"),
      new MixQuery("title", "title:高新区", "relevance", 1, "高新区"),
      new MixQuery("sort by date", "创新驱动", "date", 1, "创新驱动"),
      new MixQuery("page 10", "产业", "relevance", 10, "产业"));

  /** Phrases drawn for each frequency band of the fair benchmark, and queries of each structured kind. */
  public static final int FAIR_PER_BAND = 45;
  public static final int FAIR_STRUCTURED = 10;
  /** As long as {@code serve} warms itself by default. */
  private static final java.time.Duration WARM_UP = java.time.Duration.ofSeconds(15);

  private final PrintWriter out;
  private final Path work;
  private final int warmupRounds;
  private final int repetitions;
  private final int clients;
  private final int saturationSeconds;

  /**
   * @param warmupRounds times the whole mix runs, over HTTP and in-process, before anything is timed:
   *     until the JIT has compiled the search paths, latencies measure the JVM's warm-up, not the search
   */
  public Benchmark(PrintWriter out, Path work, int warmupRounds, int repetitions, int clients, int saturationSeconds) {
    this.out = out;
    this.work = work;
    this.warmupRounds = warmupRounds;
    this.repetitions = repetitions;
    this.clients = clients;
    this.saturationSeconds = saturationSeconds;
  }

  public void run(Path seeds, long bytes, long seed) throws Exception {
    Path corpus = work.resolve("corpus-" + bytes);
    Path root = work.resolve("index-" + bytes);
    if (!Files.isDirectory(corpus)) {
      long t = System.nanoTime();
      int docs = CorpusGenerator.fromSeeds(seeds, seed).write(corpus, bytes);
      line("generated", "%d documents, %.1f MB in %s (seed %d) in %.1f s", docs, bytes / 1048576.0, corpus, seed, secs(t));
    }
    long corpusBytes = sizeOf(corpus);
    int threads = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1;
    line("machine", "%d cores, %d indexing threads, Java %s, max heap %d MB", Runtime.getRuntime().availableProcessors(),
        threads, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);

    double analyzerSeconds = analyzerOnly(corpus);
    IndexLayout.deleteAll(root);
    long t = System.nanoTime();
    BuildReport report = new IndexBuilder().build(corpus, root, r -> {});
    double pipelineSeconds = secs(t);
    double mb = corpusBytes / 1048576.0;
    line("1 indexing", "pipeline %.2f MB/s (%.0f docs/s, %d failed), smartcn alone %.2f MB/s on the same files and threads: ratio %.2f",
        mb / pipelineSeconds, report.results().size() / pipelineSeconds, report.count(org.policykb.ingest.IngestResult.Status.FAILED),
        mb / analyzerSeconds, analyzerSeconds / pipelineSeconds);

    long indexBytes = sizeOf(new IndexLayout(root).dir(report.generation()));
    line("4 index size", "%.1f MB for %.1f MB of corpus: %.2f×", indexBytes / 1048576.0, mb, (double) indexBytes / corpusBytes);
    double coldWithout = coldStart(root, List.of());
    Path cache = work.resolve("startup-" + bytes + ".aot");
    try {
      StartupCache.record(root, cache);
      line("4 cold start", "%.2f s from starting a server process on the built index to its first answer with the start-up "
          + "cache (startup-cache command), %.2f s without it", coldStart(root, List.of("-XX:AOTCache=" + cache)), coldWithout);
    } catch (IOException noCache) {
      line("4 cold start", "%.2f s from starting a server process on the built index to its first answer (no start-up cache: %s)",
          coldWithout, noCache.getMessage());
    }
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root);
        ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String base = "http://127.0.0.1:" + server.port();
      warmUp(server);
      // the headline: first-time queries drawn from the corpus, before anything repeats a query
      new FairBenchmark(out).run(backend, base, corpus, seed, FAIR_PER_BAND, FAIR_STRUCTURED);
      for (int i = 0; i < warmupRounds; i++) {
        for (MixQuery m : MIX) {
          get(http, base, m);
          inProcess(backend, m);
        }
      }
      List<Long> overHttp = new ArrayList<>();
      List<Long> local = new ArrayList<>();
      out.println("2 the repeated mix, per query (p50 over HTTP | in-process | grep -rlF once | grep ÷ HTTP):");
      List<Double> grepRatios = new ArrayList<>();
      for (MixQuery m : MIX) {
        List<Long> h = new ArrayList<>();
        List<Long> l = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
          long s = System.nanoTime();
          get(http, base, m);
          h.add(System.nanoTime() - s);
          s = System.nanoTime();
          inProcess(backend, m);
          l.add(System.nanoTime() - s);
        }
        overHttp.addAll(h);
        local.addAll(l);
        double grep = grepMillis(m.grepPhrase(), corpus);
        double httpP50 = Percentiles.of(h).p50();
        grepRatios.add(grep / httpP50);
        out.printf(Locale.ROOT, "   %-18s %-26s %8.2f ms | %8.2f ms | %9.1f ms | %7.0f×%n", m.label(), m.q(), httpP50,
            Percentiles.of(l).p50(), grep, grep / httpP50);
      }
      Percentiles httpAll = Percentiles.of(overHttp);
      Percentiles localAll = Percentiles.of(local);
      line("2 latency HTTP", "%s; p99 ÷ p50 %.1f", httpAll, httpAll.p99() / httpAll.p50());
      line("2 latency in-process", "%s; HTTP ÷ in-process at p50 %.2f", localAll, httpAll.p50() / localAll.p50());
      line("2 grep ÷ HTTP p50", "median over the mix %.0f×, lowest %.0f×",
          Percentiles.median(grepRatios.stream().mapToDouble(Double::doubleValue).toArray()),
          grepRatios.stream().mapToDouble(Double::doubleValue).min().orElse(0));
      saturation(http, base);
      line("4 heap after the mix", "%d MB used after GC", usedHeapMb());
      concordance(backend, "高质量发展");
      new ResearchBenchmark(out).run(backend, base, seed, true);
    }
  }

  /** What {@code serve} does after it starts ({@link ServerWarmUp}), waited for here so it does not compete with the timed queries. */
  private void warmUp(ApiServer server) {
    long s = System.nanoTime();
    int requests = ServerWarmUp.run(server, WARM_UP);
    line("0 server warm-up", "%d requests in %.1f s, as serve asks itself after it starts", requests, (System.nanoTime() - s) / 1e9);
  }

  /** The fair benchmark alone (first-time queries drawn from the corpus), on an index built from it before. */
  public void fair(Path root, Path corpus, long seed, int perBand, int structured) throws Exception {
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root);
        ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      line("machine", "%d cores, Java %s, max heap %d MB, index %s (%d documents), corpus %s", Runtime.getRuntime().availableProcessors(),
          Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, root, backend.health().documents(), corpus);
      warmUp(server);
      new FairBenchmark(out).run(backend, "http://127.0.0.1:" + server.port(), corpus, seed, perBand, structured);
    }
  }

  /** The research endpoints alone, on an index built before (e.g. by an earlier bench run). */
  /** The research rows over HTTP on the OpenSearch cluster at {@code url}, its generations under {@code alias}. */
  public void researchOnCluster(String url, String alias, long seed) throws Exception {
    try (org.policykb.opensearch.ClusterClient client = new org.policykb.opensearch.ClusterClient(
            org.policykb.opensearch.ClusterClient.Options.of(url).withTimeoutMillis(10_000));
        org.policykb.opensearch.OpenSearchBackend backend = new org.policykb.opensearch.OpenSearchBackend(client, alias, 5_000);
        ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      line("machine", "%d cores, Java %s, max heap %d MB, OpenSearch at %s (%d documents)", Runtime.getRuntime().availableProcessors(),
          Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, url, backend.health().documents());
      new ResearchBenchmark(out).run(backend, "http://127.0.0.1:" + server.port(), seed, false);
    }
  }

  public void research(Path root, long seed) throws Exception {
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root);
        ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      line("machine", "%d cores, Java %s, max heap %d MB, index %s (%d documents)", Runtime.getRuntime().availableProcessors(),
          Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, root, backend.health().documents());
      new ResearchBenchmark(out).run(backend, "http://127.0.0.1:" + server.port(), seed, true);
    }
  }

  private double analyzerOnly(Path corpus) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    Analyzer smartcn = Analyzers.words();
    long t = System.nanoTime();
    files.parallelStream().forEach(f -> {
      try (TokenStream ts = smartcn.tokenStream("text_words", Files.readString(f, StandardCharsets.UTF_8))) {
        ts.reset();
        while (ts.incrementToken()) {
          // consume
        }
        ts.end();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return secs(t);
  }

  /** Seconds from starting a server process on the index to its first answer to the frequent phrase. */
  private double coldStart(Path root, List<String> jvmOptions) throws Exception {
    try (ServerProcess server = ServerProcess.start(root, jvmOptions, work.resolve("cold-start.log"))) {
      return server.secondsToFirstAnswer(ServerProcess.search(MIX.get(0).q()), Duration.ofMinutes(2));
    }
  }

  private void saturation(HttpClient http, String base) throws Exception {
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long deadline = System.nanoTime() + saturationSeconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      running.add(pool.submit(() -> {
        for (int i = client; System.nanoTime() < deadline; i++) {
          try {
            if (get(http, base, MIX.get(i % MIX.size())) == 200) {
              ok.incrementAndGet();
            } else {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    line("3 throughput", "%.0f requests/s with %d concurrent clients for %d s, %d errors", ok.get() / (double) saturationSeconds,
        clients, saturationSeconds, errors.get());
  }

  private void concordance(LuceneSearchBackend backend, String phrase) {
    AtomicLong lines = new AtomicLong();
    AtomicLong peak = new AtomicLong();
    long before = usedHeapMb();
    long t = System.nanoTime();
    ConcordanceResult all = backend.concordance(
        new ConcordanceRequest(phrase, Filters.NONE, ConcordanceRequest.DEFAULT_WINDOW, ConcordanceRequest.Order.DOC,
            0, ConcordanceRequest.all()),
        line -> {
          if (lines.incrementAndGet() % 2000 == 0) {
            peak.accumulateAndGet(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory(), Math::max);
          }
        });
    line("5 concordance", "every line of %s: %d in %d documents in %.2f s; heap %d MB before, peak seen %d MB",
        phrase, all.totalOccurrences(), all.totalDocuments(), secs(t), before, peak.get() >> 20);
  }

  private static int get(HttpClient http, String base, MixQuery m) throws IOException, InterruptedException {
    URI uri = URI.create(base + "/api/search?size=10&sort=" + m.sort() + "&page=" + m.page() + "&q="
        + URLEncoder.encode(m.q(), StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static void inProcess(LuceneSearchBackend backend, MixQuery m) {
    backend.search(new SearchRequest(m.q(), m.page(), 10, SearchRequest.Sort.parse(m.sort())));
  }

  /** One {@code grep -rlF} of the phrase over the corpus, as a user without the index would run it. */
  static double grepMillis(String phrase, Path corpus) throws IOException, InterruptedException {
    long t = System.nanoTime();
    Process p = new ProcessBuilder("grep", "-rlF", phrase, corpus.toString()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    p.waitFor();
    return (System.nanoTime() - t) / 1e6;
  }

  private static long usedHeapMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static double secs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private void line(String figure, String format, Object... args) {
    out.printf(Locale.ROOT, "%-22s %s%n", figure, String.format(Locale.ROOT, format, args));
    out.flush();
  }
}
