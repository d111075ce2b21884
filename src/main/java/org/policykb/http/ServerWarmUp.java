package org.policykb.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policykb.query.Facet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a server that has just started a varied mix of requests, from this machine, so that the JIT has
 * compiled the request path before users arrive. On the fair benchmark (1 GB, 2 cores) a server
 * that had answered 77 queries answered first-time queries in p50 16.8 ms over HTTP; one that had
 * answered ~3,000 more in 10.5 ms, most of the difference in Jetty, JSON and the scorers, not in
 * the data. The phrases are cut from the titles the server itself returns, so every engine and
 * corpus gets its own; each kind of request (search, facets, date sort, snippets, concordance,
 * trend, OR, exclusion, title:, NEAR) is asked in turn. Users come first: while any request not
 * sent from here is in flight, and for {@link #QUIET_NANOS} after one began or ended, the warm-up
 * waits (a page arrives as a chain of requests, the browser reading each answer before the next: the
 * warm-up stays out of the gaps too).
 *
 * <p>It begins with what a browser asks on a first visit to {@code /?q=…} ({@link #firstPage}): the
 * page, every file it links and every module its script imports, the OpenAPI document and a search
 * with every facet: the requests of the first page a user opens, each the first of its kind on a
 * young server and several times as slow as later (the search with facets 0.3–0.8 s on the shipped
 * corpus under load, then 10–60 ms), so they come before the mix. They are not asked before the
 * server announces itself: the warm-up's own HTTP client takes about as long to start (~0.6 s) as
 * the page's first load would save.
 */
public final class ServerWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(ServerWarmUp.class);
  /** The header that marks the warm-up's own requests, so they do not count as users' ones. */
  static final String HEADER = "X-Policykb-Warm-Up";
  /** How long after a user's request began or ended the warm-up sends nothing. */
  static final long QUIET_NANOS = 1_000_000_000L;
  /** Queries to start from; a corpus of policy texts has them, and any answer is fine. */
  private static final List<String> SEEDS = List.of("发展", "创新", "经济", "建设", "政策");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What the page links from this server: {@code href="/app.css"}, {@code src="/app.js"}. */
  /** What the page loads itself (its links and scripts, preloads included; not the pages it links to). */
  private static final Pattern LINKED = Pattern.compile("<(?:link|script)\\b[^>]*?(?:href|src)=\"(/[^\"?#]+)\"");
  /** What a module imports: {@code from './lib/api.js'}. */
  private static final Pattern IMPORTED = Pattern.compile("(?:from|import)\\s*['\"](\\.{1,2}/[^'\"]+)['\"]");
  private static final String ALL_FACETS =
      Arrays.stream(Facet.values()).map(Facet::apiName).collect(Collectors.joining(","));

  private final String base;
  private final ApiServer server;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final Random random = new Random(20261202L);
  private int requests;

  private ServerWarmUp(ApiServer server) {
    this.base = server.localUrl();
    this.server = server;
  }

  /** Warms {@code server} for {@code budget} on a daemon thread of its own; a zero budget does nothing. */
  public static void start(ApiServer server, Duration budget) {
    if (!budget.isZero()) {
      Thread t = new Thread(() -> run(server, budget), "warm-up");
      t.setDaemon(true);
      t.setPriority(Thread.MIN_PRIORITY);
      t.start();
    }
  }

  /** Warms {@code server} for {@code budget} on this thread; returns the number of requests it sent. */
  public static int run(ApiServer server, Duration budget) {
    ServerWarmUp warmUp = new ServerWarmUp(server);
    try (HttpClient closedAfter = warmUp.client) {
      long deadline = System.nanoTime() + budget.toNanos();
      warmUp.firstPage(deadline);
      warmUp.mix(deadline);
    } catch (BudgetSpent e) {
      // done
    } catch (IOException e) {
      LOG.debug("warm-up stopped after {} requests", warmUp.requests, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return warmUp.requests;
  }

  /** The paths the first page load asks of {@code server}, in order: what the warm-up asks first. */
  static List<String> firstPage(ApiServer server, Duration budget) throws IOException, InterruptedException {
    ServerWarmUp warmUp = new ServerWarmUp(server);
    try (HttpClient closedAfter = warmUp.client) {
      return warmUp.firstPage(System.nanoTime() + budget.toNanos());
    }
  }

  /**
   * What a browser asks when it opens {@code /?q=…} for the first time: the page, the style sheets,
   * icon and script it links, every module the script imports (followed from file to file), the
   * OpenAPI document the page reads its limits from, and the search with every facet.
   */
  private List<String> firstPage(long deadline) throws IOException, InterruptedException {
    String html = "/?q=" + encode(SEEDS.get(0));
    String page = get(html, deadline);
    List<String> asked = new ArrayList<>(List.of(html));
    Deque<String> files = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    Matcher linked = LINKED.matcher(page);
    while (linked.find()) {
      if (seen.add(linked.group(1))) { // a module is both preloaded and a script
        files.add(linked.group(1));
      }
    }
    while (!files.isEmpty()) {
      String file = files.poll();
      String body = get(file, deadline);
      asked.add(file);
      if (file.endsWith(".js")) {
        Matcher imported = IMPORTED.matcher(body);
        while (imported.find()) {
          String next = URI.create(file).resolve(imported.group(1)).getPath();
          if (seen.add(next)) {
            files.add(next);
          }
        }
      }
    }
    for (String api : List.of("/api/openapi.json", "/api/search?size=10&facets=" + ALL_FACETS + "&q=" + encode(SEEDS.get(0)))) {
      if (seen.add(api)) { // the page preloads the OpenAPI document
        get(api, deadline);
        asked.add(api);
      }
    }
    return asked;
  }

  private void mix(long deadline) throws IOException, InterruptedException {
    List<String> phrases = new ArrayList<>(SEEDS);
    List<String> ids = new ArrayList<>();
    for (String seed : SEEDS) {
      JsonNode hits = JSON.readTree(get("/api/search?size=50&q=" + encode(seed), deadline)).path("hits");
      for (JsonNode hit : hits) {
        ids.add(hit.path("id").asText());
        phrases.addAll(cuts(hit.path("title").asText("")));
      }
    }
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(phrases));
    for (int i = 0; System.nanoTime() < deadline; i++) {
      String a = distinct.get(random.nextInt(distinct.size()));
      String b = distinct.get(random.nextInt(distinct.size()));
      String q = switch (i % 10) {
        case 0, 1, 2 -> "/api/search?size=10&q=" + encode(a);
        case 3 -> "/api/search?size=10&facets=" + ALL_FACETS + "&q=" + encode(a);
        case 4 -> "/api/search?size=10&sort=date&q=" + encode(a + " OR " + b);
        case 5 -> "/api/search?size=10&q=" + encode(a + " -" + b);
        case 6 -> "/api/search?size=10&q=" + encode(a + " NEAR/10 " + b);
        case 7 -> "/api/search?size=10&q=" + encode("title:" + a);
        case 8 -> ids.isEmpty() ? "/api/health"
            : "/api/snippets?id=" + encode(ids.get(random.nextInt(ids.size()))) + "&q=" + encode(a);
        default -> i % 20 == 9 ? "/api/trend?by=year&q=" + encode(a) : "/api/concordance?limit=20&q=" + encode(a);
      };
      get(q, deadline);
    }
  }

  /** Phrases of 2–6 Han characters cut from a title. */
  private Set<String> cuts(String title) {
    int[] han = title.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).toArray();
    Set<String> out = new LinkedHashSet<>();
    for (int n = 0; n < 3 && han.length >= 2; n++) {
      int length = Math.min(han.length, 2 + random.nextInt(5));
      int from = random.nextInt(han.length - length + 1);
      out.add(new String(han, from, length));
    }
    return out;
  }

  private String get(String path, long deadline) throws IOException, InterruptedException {
    while ((server.usersInFlight() > 0 || System.nanoTime() - server.lastUserRequestNanos() < QUIET_NANOS)
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    if (System.nanoTime() >= deadline) {
      throw new BudgetSpent();
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header(HEADER, "1")
        .timeout(Duration.ofSeconds(30)).build();
    requests++;
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
  }

  /** The budget ended while the warm-up waited for users. */
  private static final class BudgetSpent extends RuntimeException {
    BudgetSpent() {
      super(null, null, false, false);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
