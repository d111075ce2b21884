package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykb.search.SearchBackend;

/** A backend that fails — with an exception or with an Error — gives a JSON 500 that reveals nothing. */
class ServerFaultTest {

  @ParameterizedTest
  @ValueSource(strings = {"exception", "error"})
  void aFailingBackendAnswersTheOneErrorShape(String kind) throws Exception {
    Supplier<RuntimeException> exception = () -> new IllegalStateException("secret /var/index/gen-000001 detail");
    Supplier<Error> error = () -> new AssertionError("secret /var/index/gen-000001 detail");
    // every method of the interface fails, whatever methods it grows
    SearchBackend failing = (SearchBackend) Proxy.newProxyInstance(
        SearchBackend.class.getClassLoader(), new Class<?>[] {SearchBackend.class}, (proxy, method, args) -> {
          if (method.getName().equals("close") || method.getName().equals("reload")) {
            return null;
          }
          if (method.getName().equals("search") && kind.equals("exception")) {
            throw exception.get();
          }
          throw error.get();
        });
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
