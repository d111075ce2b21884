package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.Corruption;
import org.policykb.TestCorpus;
import org.policykb.cli.Main;
import org.policykb.lucene.LuceneSearchBackend;

/**
 * A corrupted generation never takes the service down: a server starting on one serves the newest
 * older intact one, a switch to one does not happen, and either way {@code /api/health} and one log
 * line say why while searches keep being answered. Bytes are flipped in the middle of a segment
 * file that only the damaged generation has (generations share the others through hard links).
 */
class CorruptedGenerationServingTest {
  @TempDir Path corpus;
  @TempDir Path root;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private PrintStream stderr;

  @BeforeEach
  void copySeedsAndCaptureTheLog() throws IOException {
    TestCorpus.copySeeds(corpus);
    stderr = System.err;
    System.setErr(new PrintStream(GenerationSwapTest.tee(stderr, log), true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStderr() {
    System.setErr(stderr);
  }

  /** Adds a document and builds the next generation, which shares the others' segments. */
  private void addAndBuild(int n) throws IOException {
    Files.writeString(corpus.resolve("added-" + n + ".md"), "# 第" + n + "篇\n\n国家高新区双高协同创新。",
        StandardCharsets.UTF_8);
    TestCorpus.buildIndex(corpus, root);
  }

  private Path gen(int n) {
    return root.resolve(String.format(Locale.ROOT, "gen-%06d", n));
  }

  @Test
  void aServerStartingOnACorruptedGenerationServesThePreviousOneAndSaysWhy() throws Exception {
    TestCorpus.buildIndex(corpus, root);
    addAndBuild(1);
    Path damaged = Corruption.onlyIn(gen(2), gen(1));
    Corruption.flipMiddle(damaged);
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root);
        ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      JsonNode health = get(server, "/api/health");
      assertEquals("degraded", health.get("status").asText());
      assertEquals("gen-000001", health.get("generation").asText());
      assertEquals("gen-000002", health.get("current_generation").asText());
      assertTrue(health.get("problem").asText().startsWith(
          "generation gen-000002 is corrupted: " + damaged.getFileName() + ": checksum failed"), health.toString());
      assertEquals(5, health.get("documents").asInt());
      JsonNode search = get(server, "/api/search?q=" + URLEncoder.encode("双高协同", StandardCharsets.UTF_8));
      assertEquals("gen-000001", search.get("generation").asText());
      assertEquals(2, search.get("total").asInt());
    }
    List<String> warnings = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("WARN")).toList();
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("generation gen-000002 is corrupted: " + damaged.getFileName())
        && warnings.get(0).endsWith("; serving gen-000001 instead"), warnings.get(0));
  }

  @Test
  void aSwitchToACorruptedGenerationDoesNotHappenAndNoSearchFails() throws Exception {
    TestCorpus.buildIndex(corpus, root);
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root);
        ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < 2; c++) {
        clients.add(pool.submit(() -> {
          while (running.get()) {
            try {
              HttpResponse<String> r = send(server, "/api/search?q=" + URLEncoder.encode("国家高新区", StandardCharsets.UTF_8));
              if (r.statusCode() != 200) {
                failures.add(r.statusCode() + " " + r.body());
              } else {
                answered.incrementAndGet();
              }
            } catch (Exception e) {
              failures.add(e.toString());
            }
          }
          return null;
        }));
      }
      // a rebuild whose new generation is damaged between the build and the server's switch
      addAndBuild(1);
      Corruption.flipMiddle(Corruption.onlyIn(gen(2), gen(1)));
      backend.reload();
      backend.reload(); // a rejected generation is not read again every time CURRENT is looked at
      JsonNode health = get(server, "/api/health");
      assertEquals("gen-000001", health.get("generation").asText());
      assertEquals("degraded", health.get("status").asText());
      assertEquals("gen-000002", health.get("current_generation").asText());

      // the next build notices the damage and builds a full generation, which is served
      addAndBuild(2);
      backend.reload();
      health = get(server, "/api/health");
      assertEquals("gen-000003", health.get("generation").asText());
      assertEquals("ok", health.get("status").asText());
      assertTrue(health.get("problem").isNull());
      assertEquals(7, health.get("documents").asInt());

      // CURRENT pointed by hand at the damaged generation: the served one stays
      Files.writeString(root.resolve("CURRENT"), "gen-000002\n", StandardCharsets.UTF_8);
      backend.reload();
      health = get(server, "/api/health");
      assertEquals("gen-000003", health.get("generation").asText());
      assertEquals("gen-000002", health.get("current_generation").asText());
      assertTrue(health.get("problem").asText().startsWith("generation gen-000002 is corrupted: "), health.toString());

      Thread.sleep(200);
      running.set(false);
      for (Future<?> f : clients) {
        f.get();
      }
      pool.shutdown();
      assertEquals(List.of(), failures);
      assertTrue(answered.get() > 5, "only " + answered.get() + " answers");
    }
    List<String> warnings = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("WARN")).toList();
    assertEquals(2, warnings.size(), "one line per rejection: " + warnings);
    assertTrue(warnings.get(0).endsWith("; still serving gen-000001"), warnings.get(0));
    assertTrue(warnings.get(1).endsWith("; still serving gen-000003"), warnings.get(1));
  }

  @Test
  void withEveryGenerationCorruptedTheStartFailsWithOneClearLine() throws Exception {
    TestCorpus.buildIndex(corpus, root);
    addAndBuild(1);
    Path damaged = Corruption.sharedWith(gen(2), gen(1)); // one inode, both generations
    Corruption.flipMiddle(damaged);
    IOException e = assertThrows(IOException.class, () -> new LuceneSearchBackend(root));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(e.getMessage().startsWith("no generation in " + root + " passes its checksums (generation gen-000002 is corrupted: "
        + damaged.getFileName()), e.getMessage());
    assertTrue(e.getMessage().contains("; generation gen-000001 is corrupted: " + damaged.getFileName()), e.getMessage());
    assertTrue(e.getMessage().endsWith("): build a new one with the index command"), e.getMessage());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"search", "--index", root.toString(), "双高协同"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertEquals("error: " + e.getMessage() + "\n", err.toString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(ApiServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get(ApiServer server, String path) throws Exception {
    HttpResponse<String> r = send(server, path);
    assertEquals(200, r.statusCode(), r.body());
    return json.readTree(r.body());
  }
}
