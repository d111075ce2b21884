package org.policykb.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a user of the web workbench waits for, measured in Debian's Chromium through chromedriver
 * (the W3C WebDriver protocol, spoken directly over HTTP): the bytes of the page, its first
 * contentful paint, and for distinct queries the time from Enter to the results painted.
 */
final class BrowserBenchmark {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Types the query, submits it, and answers when the results are on screen (two frames later). */
  private static final String SEARCH_AND_WAIT = """
      const [q, done] = arguments;
      const t0 = performance.now();
      const main = document.getElementById('main');
      const box = document.getElementById('q');
      box.value = q;
      document.getElementById('query').requestSubmit();
      const check = () => {
        if (!main.hasAttribute('aria-busy') && location.search.includes(encodeURIComponent(q))) {
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
        } else {
          setTimeout(check, 1);
        }
      };
      setTimeout(check, 0);
      """;

  private final PrintWriter out;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  BrowserBenchmark(PrintWriter out) {
    this.out = out;
  }

  /**
   * The bytes a first visit loads: the page, its style sheet and icon, the OpenAPI document it reads
   * its limits from, and every ES module, found by following the imports from {@code app.js}.
   */
  private long pageBytes(String base) throws Exception {
    long bytes = 0;
    for (String file : List.of("/", "/app.css", "/favicon.svg", "/api/openapi.json")) {
      bytes += http.send(HttpRequest.newBuilder(URI.create(base + file)).build(), HttpResponse.BodyHandlers.ofByteArray())
          .body().length;
    }
    java.util.Deque<URI> modules = new java.util.ArrayDeque<>(List.of(URI.create(base + "/app.js")));
    java.util.Set<URI> seen = new java.util.HashSet<>(modules);
    java.util.regex.Pattern imports = java.util.regex.Pattern.compile("from\\s*['\"](\\.{1,2}/[^'\"]+)['\"]");
    while (!modules.isEmpty()) {
      URI module = modules.poll();
      byte[] body = http.send(HttpRequest.newBuilder(module).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
      bytes += body.length;
      java.util.regex.Matcher m = imports.matcher(new String(body, java.nio.charset.StandardCharsets.UTF_8));
      while (m.find()) {
        URI next = module.resolve(m.group(1));
        if (seen.add(next)) {
          modules.add(next);
        }
      }
    }
    return bytes;
  }

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  void run(String base, List<String> queries) throws Exception {
    long bytes = pageBytes(base);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String webdriver = "http://127.0.0.1:" + port;
    Path profile = Files.createTempDirectory("policykb-chrome");
    try {
      waitForDriver(webdriver);
      ObjectNode options = JSON.createObjectNode().put("binary", CHROMIUM.toString());
      options.putArray("args").add("--headless=new").add("--no-sandbox").add("--disable-gpu").add("--disable-quic")
          .add("--no-first-run").add("--disable-background-networking").add("--disable-component-update")
          .add("--disable-sync").add("--window-size=1280,1000").add("--user-data-dir=" + profile);
      ObjectNode capabilities = JSON.createObjectNode();
      capabilities.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome")
          .set("goog:chromeOptions", options);
      String session = post(webdriver + "/session", capabilities).path("value").path("sessionId").asText();
      String at = webdriver + "/session/" + session;
      post(at + "/timeouts", JSON.createObjectNode().put("script", 30_000));
      post(at + "/url", JSON.createObjectNode().put("url", base + "/"));
      double paint = post(at + "/execute/sync", script(
          "const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1;"))
          .path("value").asDouble();
      // one untimed search first: the page's script and the server's code paths are warm after it
      post(at + "/execute/async", script(SEARCH_AND_WAIT, "科技创新"));
      List<Long> nanos = new ArrayList<>();
      for (String q : queries) {
        double ms = post(at + "/execute/async", script(SEARCH_AND_WAIT, q)).path("value").asDouble();
        nanos.add((long) (ms * 1e6));
      }
      http.send(HttpRequest.newBuilder(URI.create(at)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
      out.printf(Locale.ROOT, "7 web page: %.1f KB (HTML, script, style, icon; uncompressed), first contentful paint %.0f ms%n",
          bytes / 1024.0, paint);
      out.printf(Locale.ROOT, "7 Enter → results painted in Chromium, %d distinct queries: %s%n", queries.size(),
          Percentiles.of(nanos));
    } finally {
      driver.destroy();
      driver.waitFor();
    }
  }

  private static ObjectNode script(String body, String... args) {
    ObjectNode s = JSON.createObjectNode().put("script", body);
    var array = s.putArray("args");
    for (String a : args) {
      array.add(a);
    }
    return s;
  }

  private void waitForDriver(String webdriver) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      try {
        http.send(HttpRequest.newBuilder(URI.create(webdriver + "/status")).build(), HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IOException("chromedriver did not start", notYet);
        }
        Thread.sleep(50);
      }
    }
  }

  private JsonNode post(String url, JsonNode body) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
        .build(), HttpResponse.BodyHandlers.ofString());
    JsonNode answer = JSON.readTree(r.body());
    if (r.statusCode() != 200) {
      throw new IOException("WebDriver " + url + ": " + answer.path("value").path("message").asText(r.body()));
    }
    return answer;
  }
}
