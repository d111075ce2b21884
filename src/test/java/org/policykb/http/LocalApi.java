package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The tests' client of a server on this machine: a GET's answer as text, or as JSON when it must be a 200. */
final class LocalApi {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;

  LocalApi(int port) {
    this.port = port;
  }

  HttpResponse<String> send(String pathAndQuery) throws IOException, InterruptedException {
    return send(port, pathAndQuery);
  }

  JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
    return get(port, pathAndQuery);
  }

  static HttpResponse<String> send(int port, String pathAndQuery) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode get(int port, String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = send(port, pathAndQuery);
    assertEquals(200, r.statusCode(), pathAndQuery + " → " + r.body());
    return JSON.readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
