package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;

/** Admin access, headers, CORS and requests Jetty itself refuses — all answered in the one error shape. */
class SecurityTest {
  static final String TOKEN = "test-admin-token-0123456789";
  @TempDir static Path indexDir;
  private static LuceneSearchBackend backend;
  private static ApiServer open;
  private static ApiServer admin;
  private static final CountDownLatch REBUILD_STARTED = new CountDownLatch(1);
  private static final CountDownLatch REBUILD_MAY_FINISH = new CountDownLatch(1);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
    backend = new LuceneSearchBackend(indexDir);
    open = ApiServer.start(backend, new ServerOptions("127.0.0.1", 0, List.of("https://allowed.example"), null), null);
    admin = ApiServer.start(backend, new ServerOptions("127.0.0.1", 0, List.of(), TOKEN), () -> {
      REBUILD_STARTED.countDown();
      REBUILD_MAY_FINISH.await(10, TimeUnit.SECONDS);
      return TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
    });
  }

  @AfterAll
  static void stop() throws IOException {
    open.close();
    admin.close();
    backend.close();
  }

  private static HttpResponse<String> send(ApiServer server, HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder get(ApiServer server, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  private static HttpRequest.Builder post(ApiServer server, String path, String token) {
    HttpRequest.Builder b = get(server, path).POST(HttpRequest.BodyPublishers.noBody());
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  @Test
  void pageAndApiCarrySecurityHeaders() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/health", "/api/search?q=")) {
      HttpResponse<String> r = send(open, get(open, path));
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
      assertEquals(ApiServer.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertTrue(r.headers().firstValue("Server").isEmpty(), "no server version");
    }
    assertFalse(send(open, get(open, "/")).body().contains("<script>"), "no inline script, so the CSP can forbid it");
  }

  @Test
  void corsIsOffUnlessAnOriginIsConfigured() throws Exception {
    HttpResponse<String> allowed = send(open, get(open, "/api/health").header("Origin", "https://allowed.example"));
    assertEquals("https://allowed.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> other = send(open, get(open, "/api/health").header("Origin", "https://evil.example"));
    assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> off = send(admin, get(admin, "/api/health").header("Origin", "https://allowed.example"));
    assertNull(off.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void adminEndpointsAreOffWithoutAToken() throws Exception {
    HttpResponse<String> r = send(open, post(open, "/api/admin/reload", TOKEN));
    assertEquals(403, r.statusCode());
    assertEquals("forbidden", json(r).get("error").asText());
  }

  @Test
  void adminEndpointsNeedTheRightToken() throws Exception {
    assertEquals(401, send(admin, post(admin, "/api/admin/reload", null)).statusCode());
    HttpResponse<String> wrong = send(admin, post(admin, "/api/admin/reload", "not-the-token-at-all"));
    assertEquals(401, wrong.statusCode());
    assertEquals("unauthorized", json(wrong).get("error").asText());
    HttpResponse<String> proxied = send(admin, post(admin, "/api/admin/reload", TOKEN).header("X-Forwarded-For", "203.0.113.7"));
    assertEquals(403, proxied.statusCode(), "a request forwarded by a proxy is not local");
    HttpResponse<String> ok = send(admin, post(admin, "/api/admin/reload", TOKEN));
    assertEquals(200, ok.statusCode());
    assertEquals(5, json(ok).get("documents").asInt());
  }

  @Test
  void aSecondRebuildWhileOneRunsIsRefused() throws Exception {
    CompletableFuture<HttpResponse<String>> first =
        HTTP.sendAsync(post(admin, "/api/admin/rebuild", TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(REBUILD_STARTED.await(10, TimeUnit.SECONDS));
    HttpResponse<String> second = send(admin, post(admin, "/api/admin/rebuild", TOKEN));
    assertEquals(409, second.statusCode());
    assertEquals("conflict", json(second).get("error").asText());
    REBUILD_MAY_FINISH.countDown();
    HttpResponse<String> done = first.get(30, TimeUnit.SECONDS);
    assertEquals(200, done.statusCode(), done.body());
    assertEquals(5, json(done).get("unchanged").asInt());
    assertEquals(0, json(done).get("failed").asInt());
    assertEquals("gen-000002", json(done).get("generation").asText());
  }

  @Test
  void aHundredKilobyteQueryIsA400WithTheLimit() throws Exception {
    HttpResponse<String> r = send(open, get(open, "/api/search?q=" + "a".repeat(100_000)));
    assertEquals(400, r.statusCode());
    assertEquals("q is 100000 characters long; the limit is 1000", json(r).get("message").asText());
  }

  @Test
  void aUriBeyondWhatJettyAcceptsIsStillJson() throws Exception {
    String reply = raw("GET /api/search?q=" + "a".repeat(400_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
    assertTrue(reply.startsWith("HTTP/1.1 414") || reply.startsWith("HTTP/1.1 431"), reply.lines().findFirst().orElse(""));
    assertTrue(reply.contains("{\"error\":\"request_too_large\""), reply);
  }

  @Test
  void malformedRequestsAreJsonNeverHtml() throws Exception {
    for (String request : List.of(
        "GET /api/search?q=%zz%E5 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GARBAGE\r\n\r\n",
        "GET /api/search?q=x HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n")) {
      String reply = raw(request);
      assertTrue(reply.startsWith("HTTP/1.1 4"), request + " → " + reply);
      assertTrue(reply.contains("{\"error\":"), request + " → " + reply);
      assertFalse(reply.contains("<html") || reply.contains("at org."), reply);
    }
  }

  @Test
  void idsAreValidated() throws Exception {
    assertEquals(400, send(open, get(open, "/api/documents/..%2F..%2Fetc%2Fpasswd")).statusCode());
    assertEquals(400, send(open, get(open, "/api/documents/" + "x".repeat(300))).statusCode());
    assertEquals(400, send(open, get(open, "/api/snippets?q=x&id=%00")).statusCode());
    assertEquals(404, send(open, get(open, "/api/documents/..")).statusCode());
  }

  @Test
  void unknownAndRepeatedParametersAreRefused() throws Exception {
    HttpResponse<String> unknown = send(open, get(open, "/api/search?q=x&qq=1"));
    assertEquals(400, unknown.statusCode());
    assertEquals("unknown parameter qq; this endpoint takes q, page, size, sort, facets, facet_size, from, to, source, park, cites, issuer, doc_type, agency_code, doc_year, category, region, level, cited_by, undated, count",
        json(unknown).get("message").asText());
    assertEquals(400, send(open, get(open, "/api/search?q=x&q=y")).statusCode());
    assertEquals(400, send(open, get(open, "/api/health?verbose=1")).statusCode());
  }

  @Test
  void aSearchThatOutrunsItsTimeLimitIsA503() throws Exception {
    try (LuceneSearchBackend slow = new LuceneSearchBackend(indexDir, 0);
        ApiServer server = ApiServer.start(slow, "127.0.0.1", 0)) {
      HttpResponse<String> r = send(server, get(server, "/api/search?q=%E7%9A%84"));
      assertEquals(503, r.statusCode(), r.body());
      assertEquals("timeout", json(r).get("error").asText());
      // the research answers that read texts have their own (longer) limit (a trend reads none: it counts positions)
      for (String research : List.of("/api/collocates?q=%E7%9A%84", "/api/concordance?q=%E7%9A%84",
          "/api/concordance?sort=right&q=%E7%9A%84%20NEAR%2F3%20%E5%8F%91%E5%B1%95")) {
        HttpResponse<String> late = send(server, get(server, research));
        assertEquals(503, late.statusCode(), research + " " + late.body());
        assertEquals("timeout", json(late).get("error").asText());
      }
      // an export is never cut short by it
      assertEquals(200, send(server, get(server, "/api/concordance?format=csv&q=%E7%9A%84")).statusCode());
    }
  }

  /** Sends bytes as they are, bypassing any client's validation, and returns the whole reply. */
  private static String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", open.port())) {
      s.setSoTimeout(5_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      s.shutdownOutput();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.net.SocketException reset) {
      return "HTTP/1.1 4xx connection reset: " + reset.getMessage();
    }
  }

}
