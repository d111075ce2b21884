package org.policykb.tools.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sends random hostile requests (fixed seed) to a running server and checks each answer: 200 with a
 * result, or 4xx with {@code {error, message}}; never a 5xx, never HTML or a stack trace, never slow.
 */
public final class QueryFuzzer {
  /** What one run saw; {@code failures} name the request and what was wrong with the answer. */
  public record Report(int cases, int ok, int rejected, long slowestMillis, List<String> failures) {}

  private static final String[] PIECES = {
    "双高协同", "新质生产力", "“", "”", "\"", "-", "OR", "title:", "AND", "NOT", "*", "?", "~", "^", "(", ")", "[", "]",
    "{", "}", ":", "\\", "/", "&&", "||", "!", "+", " ", "\u3000", "\t", "\u0000", "\u0001", "\u200B", "\uFEFF",
    "\uD800", "𠀀", "２０２５", "AI", "。", "，", "%", "%zz", "'", "<script>", "&", "=", "#", "雙高協同", "的",
    "NEAR/5", "NEAR/0", "NEAR/99999999999", "NEAR/", "高新区",
  };
  private static final String[] PATHS = {"/api/search", "/api/snippets", "/api/documents/", "/api/concordance",
    "/api/trend", "/api/collocates", "/api/suggest", "/api/documents/000_2866834a70edf2cd/related"};
  private static final String[] PARAMS = {"page", "size", "sort", "window", "limit", "id", "unknown", "from", "to",
    "source", "park", "cites", "undated", "facets", "facet_size", "format", "offset", "by", "span", "min", "side"};
  private static final String[] VALUES = {"1", "0", "-1", "100", "101", "99999999999", "abc", "", "date", "relevance",
    "1e3", "0x10", "２", " 5", "000_2866834a70edf2cd", "../../etc/passwd", "2020", "2020-13", "2025-02-30", "1954-01",
    "csv", "tsv", "json", "left", "right", "doc", "year,source,park,cites", "year,,", "include", "only", "source",
    "群众", "无锡高新区", "《意见》", "both"};

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  public Report run(URI base, int cases, long seed) throws InterruptedException {
    Random random = new Random(seed);
    int ok = 0;
    int rejected = 0;
    long slowest = 0;
    List<String> failures = new ArrayList<>();
    for (int c = 0; c < cases; c++) {
      String target = randomTarget(random);
      long started = System.nanoTime();
      try {
        Answer r = isWellFormed(target) ? viaClient(base, target) : viaSocket(base, target);
        slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
        String problem = check(r);
        if (problem != null) {
          failures.add("case " + c + " " + target + ": " + problem);
        } else if (r.status() == 200) {
          ok++;
        } else {
          rejected++;
        }
      } catch (IOException e) {
        failures.add("case " + c + " " + target + ": " + e);
      }
    }
    return new Report(cases, ok, rejected, slowest, failures);
  }

  private record Answer(int status, String body) {}

  private static boolean isWellFormed(String target) {
    try {
      URI.create("http://localhost" + target);
      return true;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private Answer viaClient(URI base, String target) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(
        HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.body());
  }

  /** Malformed percent-encoding no HTTP client will send: written to the socket as it is. */
  private static Answer viaSocket(URI base, String target) throws IOException {
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(reply.substring(9, 12));
      int bodyAt = reply.indexOf("\r\n\r\n");
      return new Answer(status, bodyAt < 0 ? "" : reply.substring(bodyAt + 4));
    }
  }

  private String check(Answer r) {
    int status = r.status();
    if (status >= 500) {
      return "status " + status + ": " + r.body();
    }
    if (r.body().contains("at org.") || r.body().contains(".java:") || r.body().contains("<html")) {
      return "leaks internals: " + r.body();
    }
    if (status == 200 && r.body().startsWith("\uFEFF")) {
      return null; // a CSV or TSV export
    }
    try {
      JsonNode body = json.readTree(r.body());
      if (status >= 400 && (!body.hasNonNull("error") || !body.hasNonNull("message"))) {
        return "error without {error, message}: " + r.body();
      }
      if (status != 200 && status != 400 && status != 404) {
        return "unexpected status " + status + ": " + r.body();
      }
    } catch (IOException notJson) {
      return "not JSON: " + r.body();
    }
    return null;
  }

  private static String randomTarget(Random random) {
    String path = PATHS[random.nextInt(PATHS.length)];
    StringBuilder query = new StringBuilder();
    int pieces = random.nextInt(random.nextInt(10) == 0 ? 400 : 8);
    for (int i = 0; i < pieces; i++) {
      query.append(PIECES[random.nextInt(PIECES.length)]);
    }
    StringBuilder target = new StringBuilder(path);
    if (path.endsWith("/")) {
      target.append(encode(query.toString(), random));
      return target.toString();
    }
    target.append(path.equals("/api/suggest") ? "?prefix=" : "?q=").append(encode(query.toString(), random));
    int params = random.nextInt(4);
    for (int i = 0; i < params; i++) {
      target.append('&').append(PARAMS[random.nextInt(PARAMS.length)]).append('=')
          .append(encode(VALUES[random.nextInt(VALUES.length)], random));
    }
    return target.toString();
  }

  /** Percent-encodes, sometimes wrongly on purpose (a cut-off escape, a raw percent sign). */
  private static String encode(String s, Random random) {
    String encoded = java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    return switch (random.nextInt(10)) {
      case 0 -> encoded + "%E5%8F";
      case 1 -> encoded + "%2";
      case 2 -> "%FF%FE" + encoded;
      default -> encoded;
    };
  }
}
