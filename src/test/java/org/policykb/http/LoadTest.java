package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;

/**
 * Many clients at once while slow clients hold connections open: every request is answered, none
 * stalls (a request has 30 s, far beyond any answer here, so the test bounds no wall-clock time that a
 * busy machine could exceed), and the heap does not grow with the requests.
 */
class LoadTest {
  static final int CLIENTS = 8;
  static final int REQUESTS_PER_CLIENT = 40;
  static final java.time.Duration STALLED = java.time.Duration.ofSeconds(30);
  static final List<String> QUERIES =
      List.of("双高协同", "新质生产力 OR 专精特新", "国家高新区 -滨江", "title:高质量发展", "的", "“双高”协同", "雙高協同");

  @TempDir Path indexDir;

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void concurrentClientsGetAnswersWhileSlowClientsHangAround() throws Exception {
    TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
    try (LuceneSearchBackend backend = new LuceneSearchBackend(indexDir);
        ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      List<Socket> slow = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Socket s = new Socket("127.0.0.1", server.port());
        OutputStream out = s.getOutputStream();
        out.write("GET /api/search?q=".getBytes(StandardCharsets.US_ASCII)); // and never finish the request
        out.flush();
        slow.add(s);
      }
      long heapBefore = usedHeapAfterGc();
      AtomicInteger ok = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      AtomicInteger slowest = new AtomicInteger();
      HttpClient http = HttpClient.newHttpClient();
      long startedAll = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(pool.submit(() -> {
          for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
            String q = QUERIES.get((client + i) % QUERIES.size());
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/search?size=5&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            long started = System.nanoTime();
            try {
              HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(STALLED).build(), HttpResponse.BodyHandlers.ofString());
              if (r.statusCode() == 200 && r.body().contains("\"total\"")) {
                ok.incrementAndGet();
              } else {
                failed.incrementAndGet();
              }
            } catch (Exception e) {
              failed.incrementAndGet();
            }
            slowest.accumulateAndGet((int) ((System.nanoTime() - started) / 1_000_000), Math::max);
          }
          return null;
        }));
      }
      for (Future<?> f : clients) {
        f.get();
      }
      pool.shutdown();
      for (Socket s : slow) {
        s.close();
      }
      long heapGrowth = usedHeapAfterGc() - heapBefore;
      long millis = (System.nanoTime() - startedAll) / 1_000_000;
      System.out.printf(Locale.ROOT, "load: %d requests in %d ms (%.0f/s), %d failed, slowest %d ms, heap grew %d KB%n",
          ok.get(), millis, ok.get() * 1000.0 / Math.max(1, millis), failed.get(), slowest.get(), heapGrowth / 1024);
      assertTrue(heapGrowth < 64L * 1024 * 1024, "heap grew by " + heapGrowth / 1024 / 1024 + " MB");
      assertEquals(0, failed.get(), "requests that failed or stalled past " + STALLED);
      assertEquals(CLIENTS * REQUESTS_PER_CLIENT, ok.get());
    }
  }
}
