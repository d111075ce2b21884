package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.IndexBuilder;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.search.SearchRequest;

/** Searches keep being answered, by one generation or the next, while rebuilds switch generations. */
class GenerationSwapTest {
  @TempDir Path corpus;
  @TempDir Path root;

  @Test
  void noRequestFailsWhileTwoRebuildsSwitchGenerations() throws Exception {
    TestCorpus.copySeeds(corpus);
    IndexBuilder builder = new IndexBuilder();
    // what the server logs while the generations switch, so a failure shows its cause
    ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(tee(stderr, serverLog), true, StandardCharsets.UTF_8));
    builder.build(corpus, root, r -> {});
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root);
        ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      ObjectMapper json = new ObjectMapper();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      Set<String> generations = ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < 6; c++) {
        String q = c % 2 == 0 ? "双高协同" : "国家高新区";
        clients.add(pool.submit(() -> {
          while (running.get()) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            try {
              HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
              JsonNode body = json.readTree(r.body());
              if (r.statusCode() != 200 || body.get("total").asInt() < 2) {
                failures.add(r.statusCode() + " " + r.body());
              } else {
                generations.add(body.get("generation").asText());
                answered.incrementAndGet();
              }
            } catch (Exception e) {
              failures.add(e.toString());
            }
          }
          return null;
        }));
      }
      Thread.sleep(300);
      for (int build = 1; build <= 2; build++) {
        Files.writeString(corpus.resolve("added-" + build + ".md"), "# 第" + build + "篇\n\n国家高新区双高协同创新。",
            StandardCharsets.UTF_8);
        builder.build(corpus, root, r -> {});
        backend.reload();
        Thread.sleep(300);
      }
      running.set(false);
      for (Future<?> f : clients) {
        f.get();
      }
      pool.shutdown();
      System.setErr(stderr);
      assertEquals(List.of(), failures, () -> "server log:\n" + serverLog.toString(StandardCharsets.UTF_8).lines()
          .filter(l -> !l.contains(" INFO ")).limit(60).collect(Collectors.joining("\n")));
      assertTrue(answered.get() > 30, "only " + answered.get() + " answers");
      assertTrue(Set.of("gen-000001", "gen-000002", "gen-000003").containsAll(generations), generations.toString());
      assertTrue(generations.contains("gen-000003"), generations.toString());
      assertEquals("gen-000003", backend.health().generation());
      assertEquals(4, backend.search(new SearchRequest("双高协同", 1, 10, null)).total());
    } finally {
      System.setErr(stderr);
    }
  }

  /** Writes to both streams: a test reads what a server logs while the log still reaches the console. */
  static OutputStream tee(OutputStream a, OutputStream b) {
    return new OutputStream() {
      @Override
      public synchronized void write(int x) throws IOException {
        a.write(x);
        b.write(x);
      }

      @Override
      public synchronized void write(byte[] bytes, int off, int len) throws IOException {
        a.write(bytes, off, len);
        b.write(bytes, off, len);
      }
    };
  }
}
