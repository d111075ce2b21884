package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykb.model.PolicyDocument;
import org.policykb.search.Health;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.search.SnippetResult;

/** A backend that fails — with an exception or with an Error — gives a JSON 500 that reveals nothing. */
class ServerFaultTest {

  @ParameterizedTest
  @ValueSource(strings = {"exception", "error"})
  void aFailingBackendAnswersTheOneErrorShape(String kind) throws Exception {
    Supplier<RuntimeException> exception = () -> new IllegalStateException("secret /var/index/gen-000001 detail");
    Supplier<Error> error = () -> new AssertionError("secret /var/index/gen-000001 detail");
    SearchBackend failing = new SearchBackend() {
      @Override
      public SearchResult search(SearchRequest request) {
        if (kind.equals("error")) {
          throw error.get();
        }
        throw exception.get();
      }

      @Override
      public SnippetResult snippets(String id, String q, int window, int limit) {
        throw error.get();
      }

      @Override
      public PolicyDocument document(String id) {
        throw error.get();
      }

      @Override
      public Health health() {
        throw error.get();
      }

      @Override
      public void reload() {}

      @Override
      public void close() {}
    };
    try (ApiServer server = ApiServer.start(failing, "127.0.0.1", 0)) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=x")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(500, r.statusCode());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
      JsonNode body = new ObjectMapper().readTree(r.body());
      assertEquals("internal_error", body.get("error").asText(), r.body());
      assertFalse(r.body().contains("secret") || r.body().contains("/var/"), r.body());
    }
  }
}
