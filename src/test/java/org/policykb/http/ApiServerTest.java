package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;

/** The API over real HTTP, on a server started on a free port. */
class ApiServerTest {
  @TempDir static Path indexDir;
  private static LuceneSearchBackend backend;
  private static ApiServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
    backend = new LuceneSearchBackend(indexDir);
    server = ApiServer.start(backend, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    backend.close();
  }

  record Response(int status, String contentType, JsonNode body) {}

  private static Response get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response(r.statusCode(), r.headers().firstValue("content-type").orElse(""), JSON.readTree(r.body()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchAnswersWithHitsOccurrencesAndMarkedSnippets() throws Exception {
    Response r = get("/api/search?q=" + enc("双高协同"));
    assertEquals(200, r.status());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    JsonNode body = r.body();
    assertEquals("双高协同", body.get("query").asText());
    assertEquals(2, body.get("total").asInt());
    assertEquals(1, body.get("page").asInt());
    assertEquals(10, body.get("size").asInt());
    assertTrue(body.has("took_ms"));
    JsonNode first = body.get("hits").get(0);
    assertEquals(TestCorpus.ID_004, first.get("id").asText());
    assertEquals(6, first.get("occurrences").asInt());
    assertTrue(first.get("date").isNull(), "unknown date stays null");
    assertTrue(first.get("snippets").get(0).asText().contains("<mark>"));
    JsonNode second = body.get("hits").get(1);
    assertEquals(TestCorpus.ID_000, second.get("id").asText());
    assertEquals(1, second.get("occurrences").asInt());
    assertEquals("群众", second.get("source").asText());
    assertEquals("徐光辉", second.get("author").asText());
  }

  @Test
  void snippetOffsetsPointIntoTheDocumentText() throws Exception {
    String text = get("/api/documents/" + TestCorpus.ID_004).body().get("text").asText();
    JsonNode body = get("/api/snippets?id=" + TestCorpus.ID_004 + "&q=" + enc("双高协同") + "&window=40").body();
    assertEquals(6, body.get("total").asInt());
    assertEquals(6, body.get("snippets").size());
    for (JsonNode s : body.get("snippets")) {
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      assertEquals(s.get("match").asText(), text.substring(start, end));
      assertEquals(text.substring(Math.max(0, start - 40), start), s.get("left").asText());
    }
    assertEquals("双高”协同", body.get("snippets").get(0).get("match").asText());
  }

  @Test
  void documentsEndpointReturnsMetadataTextAndParagraphs() throws Exception {
    JsonNode d = get("/api/documents/" + TestCorpus.ID_001).body();
    assertEquals("2022-03-09", d.get("date").asText());
    assertEquals("新华日报", d.get("source").asText());
    assertTrue(d.get("author").isNull());
    JsonNode firstParagraph = d.get("paragraphs").get(0);
    assertEquals("heading", firstParagraph.get("type").asText());
    assertEquals(d.get("title").asText(), firstParagraph.get("text").asText());
    assertEquals(
        firstParagraph.get("text").asText(),
        d.get("text").asText().substring(firstParagraph.get("start").asInt(), firstParagraph.get("end").asInt()));
    for (JsonNode p : d.get("paragraphs")) {
      // one order of keys in every answer of every server (a map's order changed from one server's run to the next)
      java.util.List<String> keys = new java.util.ArrayList<>();
      p.fieldNames().forEachRemaining(keys::add);
      assertEquals(java.util.List.of("type", "start", "end", "text"), keys);
    }
  }

  @Test
  void healthReportsTheIndex() throws Exception {
    JsonNode h = get("/api/health").body();
    assertEquals("ok", h.get("status").asText());
    assertEquals(5, h.get("documents").asInt());
    assertTrue(h.get("built_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          /api/search?q=x&size=500        | bad_request   | size must be 1..100, was 500
          /api/search?q=x&page=0          | bad_request   | page must be 1..10000, was 0
          /api/search?q=x&page=abc        | bad_request   | page must be an integer, was 'abc'
          /api/search?q=x&sort=oldest     | bad_request   | sort must be relevance, date, date_asc or cited_by, was 'oldest'
          /api/search?q=                  | invalid_query | q must not be empty
          /api/search                     | invalid_query | q must not be empty
          /api/search?q=%22%E5%8F%8C      | invalid_query | the quote at position 1 is never closed
          /api/search?q=x&page=200&size=100 | bad_request | page × size must be at most 10000, was 200 × 100
          /api/snippets?q=x               | bad_request   | id is required
          /api/snippets?id=a&q=x&window=-1 | bad_request  | window must be 0..1000, was -1
          """)
  void badParametersAre400WithAMessage(String path, String error, String message) throws Exception {
    Response r = get(path.strip());
    assertEquals(400, r.status());
    assertEquals(error, r.body().get("error").asText());
    assertEquals(message, r.body().get("message").asText());
  }

  @Test
  void unknownIdIs404() throws Exception {
    Response r = get("/api/documents/no-such-id");
    assertEquals(404, r.status());
    assertEquals("not_found", r.body().get("error").asText());
    assertEquals("no document with id 'no-such-id'", r.body().get("message").asText());
    assertEquals(404, get("/api/snippets?id=no-such-id&q=x").status());
  }

  @Test
  void unknownEndpointIs404Json() throws Exception {
    Response r = get("/api/nothing");
    assertEquals(404, r.status());
    assertEquals("not_found", r.body().get("error").asText());
  }
}
