package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchRequest;

/** The warm-up a started server asks itself: a real mix of requests, and never in a user's way. */
class ServerWarmUpTest {
  private static final String HELD = "双高协同";

  @TempDir static Path indexDir;

  @BeforeAll
  static void build() throws Exception {
    TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
  }

  /** A backend that counts searches and holds every search for {@link #HELD} until {@code release}. */
  private static SearchBackend counting(SearchBackend real, AtomicInteger searches, CountDownLatch release) {
    return (SearchBackend) Proxy.newProxyInstance(SearchBackend.class.getClassLoader(), new Class<?>[] {SearchBackend.class},
        (proxy, method, args) -> {
          if (method.getName().equals("search")) {
            searches.incrementAndGet();
            if (((SearchRequest) args[0]).q().equals(HELD)) {
              release.await(30, TimeUnit.SECONDS);
            }
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void asksAVariedMixUntilItsBudgetEnds() throws Exception {
    AtomicInteger searches = new AtomicInteger();
    try (LuceneSearchBackend real = new LuceneSearchBackend(indexDir);
        ApiServer server = ApiServer.start(counting(real, searches, new CountDownLatch(0)), "127.0.0.1", 0)) {
      long started = System.nanoTime();
      int requests = ServerWarmUp.run(server, Duration.ofSeconds(2));
      double seconds = (System.nanoTime() - started) / 1e9;
      assertTrue(requests >= 20, "only " + requests + " warm-up requests in 2 s");
      assertTrue(searches.get() >= requests / 2, searches + " searches of " + requests + " requests");
      assertTrue(seconds >= 2 && seconds < 30, "the warm-up ran " + seconds + " s on a budget of 2 s");
      assertEquals(0, server.usersInFlight(), "warm-up requests are not users' requests");
    }
  }

  @Test
  void reachesAServerOnTheAddressItListensOn() throws Exception {
    AtomicInteger searches = new AtomicInteger();
    try (LuceneSearchBackend real = new LuceneSearchBackend(indexDir);
        ApiServer server = ApiServer.start(counting(real, searches, new CountDownLatch(0)),
            new ServerOptions("localhost", 0, java.util.List.of(), null), null)) {
      assertEquals("http://localhost:" + server.port(), server.localUrl());
      int requests = ServerWarmUp.run(server, Duration.ofSeconds(1));
      assertTrue(requests >= 5 && searches.get() >= 5, requests + " requests, " + searches + " searches");
    }
  }

  @Test
  void waitsWhileAUsersRequestRuns() throws Exception {
    AtomicInteger searches = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    try (LuceneSearchBackend real = new LuceneSearchBackend(indexDir);
        ApiServer server = ApiServer.start(counting(real, searches, release), "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      var user = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search?q="
          + URLEncoder.encode(HELD, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      // the user's request is counted before it reaches the backend: wait until it is held there
      while ((server.usersInFlight() == 0 || searches.get() == 0) && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(1, server.usersInFlight());
      assertEquals(1, searches.get(), "the user's search is held in the backend");
      int before = searches.get();
      int requests = ServerWarmUp.run(server, Duration.ofMillis(700));
      assertEquals(before, searches.get(), "the warm-up searched while a user's search ran");
      assertEquals(0, requests,  requests + " warm-up requests sent while a user's request ran");
      release.countDown();
      HttpResponse<String> answer = user.get(30, TimeUnit.SECONDS);
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().contains("\"total\":"), answer.body());
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (server.usersInFlight() != 0 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(0, server.usersInFlight(), "a finished request is no longer counted");
    }
  }

  @Test
  void beginsWithEveryFileOfThePageTheOpenApiDocumentAndASearchWithEveryFacet() throws Exception {
    AtomicInteger searches = new AtomicInteger();
    try (LuceneSearchBackend real = new LuceneSearchBackend(indexDir);
        ApiServer server = ApiServer.start(counting(real, searches, new CountDownLatch(0)), "127.0.0.1", 0)) {
      List<String> asked = ServerWarmUp.firstPage(server, Duration.ofSeconds(30));
      // every file of the page, from its folder: each is linked by the page or imported by its script
      Path web = Path.of("src", "main", "resources", "web");
      List<String> files;
      try (Stream<Path> walk = Files.walk(web)) {
        files = walk.filter(Files::isRegularFile).map(f -> "/" + web.relativize(f).toString().replace('\\', '/'))
            .filter(f -> !f.equals("/index.html") && !f.startsWith("/docs/")).sorted().toList(); // docs/: /api/docs's own
      }
      assertTrue(files.size() >= 15, files.toString());
      assertEquals("/?q=" + URLEncoder.encode("发展", StandardCharsets.UTF_8), asked.get(0), "the page first");
      assertEquals(files, asked.stream().filter(files::contains).sorted().toList(), "asked: " + asked);
      assertEquals(1, asked.stream().filter("/api/openapi.json"::equals).count(), "the description, once: " + asked);
      assertEquals("/api/search?size=10&facets=year,source,park,cites,issuer,doc_type,agency_code,doc_year,category,region,level,"
          + "cited_by&q=" + URLEncoder.encode("发展", StandardCharsets.UTF_8), asked.get(asked.size() - 1));
      assertEquals(files.size() + 3, asked.size(), "each once: " + asked);
      assertEquals(1, searches.get());
      assertEquals(0, server.usersInFlight(), "warm-up requests are not users' requests");
    }
  }

  @Test
  void waitsAMomentAfterAUsersRequestEnded() throws Exception {
    AtomicInteger searches = new AtomicInteger();
    try (LuceneSearchBackend real = new LuceneSearchBackend(indexDir);
        ApiServer server = ApiServer.start(counting(real, searches, new CountDownLatch(0)), "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      for (String path : List.of("/app.js", "/api/search?q=" + URLEncoder.encode("发展", StandardCharsets.UTF_8))) {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path);
        assertEquals(0, server.usersInFlight(), "an answered request is no longer counted: " + path);
      }
      long answered = System.nanoTime();
      Duration budget = Duration.ofNanos(ServerWarmUp.QUIET_NANOS / 2);
      int requests = ServerWarmUp.run(server, budget);
      Assumptions.assumeTrue(System.nanoTime() - answered < ServerWarmUp.QUIET_NANOS,
          "the warm-up ran within the quiet moment after the user's request");
      assertEquals(0, requests, "warm-up requests sent in the moment after a user's request");
      assertTrue(ServerWarmUp.run(server, Duration.ofSeconds(3)) > 0, "and sent once the moment had passed");
    }
  }
}
