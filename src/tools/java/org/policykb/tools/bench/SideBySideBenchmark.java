package org.policykb.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.policykb.http.ApiServer;
import org.policykb.http.ServerOptions;
import org.policykb.index.BuildReport;
import org.policykb.index.Json;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;
import org.policykb.lucene.IndexBuilder;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.opensearch.ClusterClient;
import org.policykb.opensearch.ClusterGenerations;
import org.policykb.opensearch.ClusterIndexBuilder;
import org.policykb.opensearch.OpenSearchBackend;
import org.policykb.search.SearchBackend;
import org.policykb.tools.devcluster.DevCluster;

/**
 * {@code bench --backend both}: the embedded index and OpenSearch (one node, and three nodes in one
 * JVM) side by side on one corpus, in one run — build time, index size, first-time query latency
 * over HTTP on the fair query set (caches cleared before each), throughput — and the recall a
 * user would get from OpenSearch's own smartcn analyzer with {@code match_phrase}, against ours.
 */
public final class SideBySideBenchmark {
  private static final ObjectMapper JSON = Json.mapper();
  private static final String ALIAS = "bench";

  private final PrintWriter out;
  private final Path work;
  private final int clients;
  private final int seconds;
  private final List<Integer> nodes;
  private final boolean research;

  /**
   * @param nodes the clusters to measure, by their number of nodes (1: one shard; more: two shards, one replica each)
   * @param research whether each backend also answers the research rows ({@link ResearchBenchmark}) over HTTP
   */
  public SideBySideBenchmark(PrintWriter out, Path work, int clients, int seconds, List<Integer> nodes, boolean research) {
    this.out = out;
    this.work = work;
    this.clients = clients;
    this.seconds = seconds;
    this.nodes = List.copyOf(nodes);
    this.research = research;
  }

  /** One backend's figures. */
  private record Row(String name, double buildSeconds, long indexBytes, Percentiles latency, double perSecond, long mismatches) {}

  /**
   * @param existing an embedded index built from {@code corpus} to serve as it is (its build not timed); null to build one
   */
  public void run(Path corpus, Path existing, long seed, int perBand) throws Exception {
    long corpusBytes;
    try (Stream<Path> files = Files.walk(corpus)) {
      corpusBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    FairQueries warm = FairQueries.from(corpus, 300, seed + 1);
    List<FairQueries.Query> warmUp = warm.draw(4, 2, Set.of());
    Set<String> used = new HashSet<>();
    warmUp.forEach(q -> used.add(q.q()));
    List<FairQueries.Query> timed = FairQueries.from(corpus, 300, seed).draw(perBand, Benchmark.FAIR_STRUCTURED, used);
    out.printf(Locale.ROOT, "side by side: corpus %s (%.1f MB), %d distinct first-time queries, %d to warm up, %d clients × %d s%n",
        corpus, corpusBytes / 1e6, timed.size(), warmUp.size(), clients, seconds);
    out.flush();

    List<Row> rows = new ArrayList<>();
    Path embeddedIndex = existing != null ? existing : work.resolve("side-embedded");
    long s = System.nanoTime();
    double embeddedBuild = Double.NaN;
    if (existing == null) {
      org.apache.lucene.util.IOUtils.rm(embeddedIndex);
      new IndexBuilder().build(corpus, embeddedIndex, r -> {});
      embeddedBuild = (System.nanoTime() - s) / 1e9;
    }
    Map<String, Long> reference = new LinkedHashMap<>();
    try (LuceneSearchBackend embedded = new LuceneSearchBackend(embeddedIndex)) {
      rows.add(measure("embedded (Lucene)", embedded, embeddedBuild,
          sizeOf(embeddedIndex.resolve(Files.readString(embeddedIndex.resolve("CURRENT")).strip())), warmUp, timed, reference,
          FairBenchmark::clearQueryCache, seed));
      for (int nodes : this.nodes) {
        Path home = work.resolve("side-cluster-" + nodes);
        org.apache.lucene.util.IOUtils.rm(home);
        try (DevCluster cluster = DevCluster.start(nodes, 0, home);
            ClusterClient client = new ClusterClient(ClusterClient.Options.of(cluster.url()).withTimeoutMillis(300_000))) {
          int shards = nodes == 1 ? 1 : 2;
          int replicas = nodes == 1 ? 0 : 1;
          s = System.nanoTime();
          BuildReport built = new ClusterIndexBuilder(client, new ClusterGenerations(client, ALIAS), shards, replicas)
              .build(corpus, (results, bytes) -> {});
          double build = (System.nanoTime() - s) / 1e9;
          String index = ALIAS + "-" + built.generation();
          long size = client.get("/_cat/indices/" + index + "?format=json&bytes=b").path(0).path("pri.store.size").asLong();
          try (ClusterClient serving = new ClusterClient(ClusterClient.Options.of(cluster.url()).withTimeoutMillis(10_000));
              OpenSearchBackend backend = new OpenSearchBackend(serving, ALIAS, 5_000)) {
            rows.add(measure("OpenSearch, " + nodes + " node" + (nodes == 1 ? "" : "s") + " (" + shards + "×" + (replicas + 1) + ")",
                backend, build, size, warmUp, timed, reference,
                () -> client.post("/" + index + "/_cache/clear?query=true&request=true", null), seed));
          }
          if (nodes == 1) {
            recall(client, corpus, timed, embedded);
          }
        }
      }
    }
    out.println();
    out.println("| backend | build s | MB/s | index ÷ corpus | HTTP p50 / p90 / p99 ms | queries/s (" + clients + " clients) | answers ≠ embedded |");
    out.println("|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.1f / %.1f / %.1f | %.0f | %d |%n", r.name(), r.buildSeconds(),
          corpusBytes / 1e6 / r.buildSeconds(), (double) r.indexBytes() / corpusBytes, r.latency().p50(), r.latency().p90(),
          r.latency().p99(), r.perSecond(), r.mismatches());
    }
    out.flush();
  }

  /** Serves the backend over HTTP, asks each query once (caches cleared first), then a throughput run. */
  private Row measure(String name, SearchBackend backend, double build, long size, List<FairQueries.Query> warmUp,
      List<FairQueries.Query> timed, Map<String, Long> reference, Runnable clearCaches, long seed) throws Exception {
    ApiServer server = ApiServer.start(backend, ServerOptions.local(0), null);
    try {
      String base = "http://127.0.0.1:" + server.port();
      for (FairQueries.Query q : warmUp) {
        get(base, q);
      }
      List<Long> nanos = new ArrayList<>();
      long mismatches = 0;
      for (FairQueries.Query q : timed) {
        clearCaches.run();
        long s = System.nanoTime();
        String answer = get(base, q);
        nanos.add(System.nanoTime() - s);
        Long before = reference.putIfAbsent(q.q() + q.params(), (long) answer.hashCode());
        if (before != null && before != answer.hashCode()) {
          mismatches++;
        }
      }
      AtomicLong done = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      List<java.util.concurrent.Future<Void>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int start = c;
        running.add(pool.submit(() -> {
          for (int i = start; System.nanoTime() < end; i += clients) {
            if (!get(base, timed.get(i % timed.size())).equals("503")) {
              done.incrementAndGet(); // a query stopped at the time limit is not an answer
            }
          }
          return null;
        }));
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
      for (var f : running) {
        f.get(); // a client that failed fails the benchmark, rather than lowering the figure
      }
      Percentiles p = Percentiles.of(nanos);
      out.printf(Locale.ROOT, "%-32s build %.1f s, index %.1f MB, first-time HTTP %s, %.0f queries/s, %d answers ≠ embedded%n",
          name, build, size / 1e6, p, done.get() / (double) seconds, mismatches);
      out.flush();
      if (research) { // the same phrases on every backend: drawn with the same seed from the same documents
        out.println("research rows, " + name + ":");
        new ResearchBenchmark(out).run(backend, base, seed, false);
        out.flush();
      }
      return new Row(name, build, size, p, done.get() / (double) seconds, mismatches);
    } finally {
      server.close();
    }
  }

  /** The answer's JSON without what differs by backend and by run (time taken, generation). */
  private static String get(String base, FairQueries.Query q) throws IOException, InterruptedException {
    URI uri = URI.create(base + "/api/search?size=10&q=" + URLEncoder.encode(q.q(), StandardCharsets.UTF_8) + q.params());
    PlainHttp.Answer r = PlainHttp.get(uri);
    if (r.status() == 503) {
      return "503";
    }
    if (r.status() != 200) {
      throw new IOException(q.q() + " answered " + r.status() + ": " + r.body());
    }
    ObjectNode answer = (ObjectNode) JSON.readTree(r.body());
    answer.remove("took_ms");
    answer.remove("generation");
    return answer.toString();
  }

  /**
   * What a user who indexes the raw text with OpenSearch's smartcn analyzer and asks
   * {@code match_phrase} finds, against our exact totals, per phrase length: documents it misses
   * (they hold the phrase) and the occurrences in them.
   */
  private void recall(ClusterClient client, Path corpus, List<FairQueries.Query> timed, SearchBackend ours)
      throws IOException {
    String naive = "naive-smartcn";
    try {
      client.delete("/" + naive);
    } catch (RuntimeException absent) {
      // not there yet
    }
    ObjectNode body = JSON.createObjectNode();
    body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", 0)
        .put("refresh_interval", "-1");
    body.putObject("mappings").putObject("properties").putObject("text").put("type", "text").put("analyzer", "smartcn");
    client.put("/" + naive, body);
    CorpusReader reader = new CorpusReader();
    StringBuilder bulk = new StringBuilder();
    Map<String, String> texts = new java.util.HashMap<>();
    for (Path f : reader.list(corpus).files()) {
      for (IngestResult r : reader.readAll(corpus, f)) {
        if (r.status() != IngestResult.Status.OK) {
          continue;
        }
        ObjectNode action = JSON.createObjectNode();
        action.putObject("index").put("_index", naive).put("_id", r.id());
        ObjectNode doc = JSON.createObjectNode().put("text", r.document().text());
        bulk.append(action).append('\n').append(doc).append('\n');
        if (bulk.length() > 4_000_000) {
          client.bulk("/_bulk", bulk.toString());
          bulk.setLength(0);
        }
      }
    }
    if (!bulk.isEmpty()) {
      client.bulk("/_bulk", bulk.toString());
    }
    client.post("/" + naive + "/_refresh", null);
    Map<String, long[]> byClass = new LinkedHashMap<>(); // class → {phrases, docs, missed docs}
    for (FairQueries.Query q : timed) {
      if (!q.kind().equals("phrase")) {
        continue;
      }
      String phrase = q.q();
      int length = phrase.codePointCount(0, phrase.length());
      String cls = length <= 2 ? "2 characters" : length <= 4 ? "3–4 characters" : "5–10 characters";
      ObjectNode exact = JSON.createObjectNode();
      exact.put("size", 0).put("track_total_hits", true);
      exact.putObject("query").putObject("match_phrase").put("text", phrase);
      long found = client.post("/" + naive + "/_search", exact).path("hits").path("total").path("value").asLong();
      long exactTotal = ours.search(new org.policykb.search.SearchRequest(phrase, 1, 1,
          org.policykb.search.SearchRequest.Sort.RELEVANCE)).total();
      long[] c = byClass.computeIfAbsent(cls, k -> new long[3]);
      c[0]++;
      c[1] += exactTotal;
      c[2] += Math.max(0, exactTotal - found);
    }
    out.println("recall of OpenSearch's smartcn + match_phrase on the raw text, against ours (documents that hold the phrase):");
    out.println("| phrase | phrases | documents (ours) | smartcn match_phrase misses |");
    out.println("|---|---|---|---|");
    byClass.forEach((cls, c) -> out.printf(Locale.ROOT, "| %s | %d | %d | %d (%.1f %%) |%n", cls, c[0], c[1], c[2],
        c[1] == 0 ? 0 : 100.0 * c[2] / c[1]));
    out.flush();
    client.delete("/" + naive);
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
