package org.policykb.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.policykb.analysis.Analyzers;
import org.policykb.http.ApiServer;
import org.policykb.http.ServerOptions;
import org.policykb.launch.StartupCache;
import org.policykb.lucene.IndexBuilder;
import org.policykb.model.Counts;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the API and web page; builds the index first when there is none. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the API and web page.")
final class ServeCommand implements Callable<Integer> {
  /** Environment variable holding the admin token; admin endpoints are off without it. */
  static final String ADMIN_TOKEN_ENV = "POLICYKB_ADMIN_TOKEN";

  /** A phrase and a word a policy corpus hardly ever holds together. */
  private static final String WARM_UP_QUERY = "预热启动 -知识库";

  @Spec CommandSpec spec;

  /** The last reload failure reported, so a lasting one is reported once. */
  private volatile String lastReloadProblem;

  @Mixin Locations locations;

  @Mixin BackendOptions backendOptions;

  @Option(names = "--host", defaultValue = ServerOptions.LOOPBACK, description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--cors-origin", description = "An origin allowed to call the API from a browser (repeatable); CORS is off without one.")
  List<String> corsOrigins = List.of();

  @Option(names = "--query-timeout-ms", defaultValue = "5000", description = "Longest a search may run (default: ${DEFAULT-VALUE}).")
  long queryTimeoutMillis;

  @Option(names = "--warm-up-seconds", defaultValue = "15",
      description = "How long the server asks itself a mix of requests after it starts, so that users meet compiled code: first a browser's first page, then a mix; it waits while users' requests run and a second after (default: ${DEFAULT-VALUE}, 0 for none).")
  int warmUpSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (warmUpSeconds < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--warm-up-seconds must be 0 or more, was " + warmUpSeconds);
    }
    org.policykb.launch.ServerProcess.stopWithParent();
    if (!backendOptions.isOpenSearch()) {
      IndexCommand.buildIfMissing(locations, out);
    }
    String token = System.getenv(ADMIN_TOKEN_ENV);
    ServerOptions options = new ServerOptions(
        host, port, corsOrigins, token == null || token.isBlank() ? null : token);
    // Start-up work runs side by side: dictionaries load (since main began) and a first search
    // opens Lucene's search path while Jetty starts. That search is one that matches next to
    // nothing: a frequent phrase here would only compete for the cores with a first request. It
    // counts every facet, as the page's first search does: each facet's numbering of its values
    // across segments is made once per index, here rather than in a user's first request.
    CompletableFuture<Void> dictionaries = Analyzers.warmUp();
    SearchBackend backend = backendOptions.open(locations.index, queryTimeoutMillis);
    CompletableFuture<Void> firstSearch = dictionaries.thenRunAsync(() -> backend.search(new SearchRequest(
        WARM_UP_QUERY, 1, 10, SearchRequest.Sort.RELEVANCE, Filters.NONE, EnumSet.allOf(Facet.class), Facet.DEFAULT_SIZE)));
    ApiServer server = ApiServer.start(backend, options, backendOptions.isOpenSearch()
        ? () -> IndexCommand.buildOnCluster(backendOptions, locations.corpus)
        : () -> new IndexBuilder().build(locations.corpus, locations.index, r -> {}));
    firstSearch.join();
    org.policykb.http.ServerWarmUp.start(server, java.time.Duration.ofSeconds(warmUpSeconds));
    ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-watcher");
      t.setDaemon(true);
      return t;
    });
    watcher.scheduleWithFixedDelay(() -> reload(backend, out), 1, 1, TimeUnit.SECONDS);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      watcher.shutdownNow();
      server.close();
      try {
        backend.close();
      } catch (java.io.IOException ignored) {
        // shutting down anyway
      }
    }));
    StartupCache.ofThisJvm().filter(cache -> !backendOptions.isOpenSearch()).ifPresent(cache -> {
      if (StartupCache.inUse()) {
        out.println("started from the start-up cache " + cache);
      } else {
        recordInBackground(cache, out);
      }
    });
    out.println("serving " + Counts.of(backend.health().documents(), "document") + " on http://" + host + ":" + server.port() + "/"
        + (options.adminToken() == null ? " (admin endpoints off: " + ADMIN_TOKEN_ENV + " not set)" : ""));
    return 0;
  }

  /**
   * Without a start-up cache for the current jars (none yet, or recorded for other ones), a
   * training server records one beside this one, so the next start on this machine is fast with no
   * manual step; this server keeps answering meanwhile. One recording at a time per cache file.
   */
  private void recordInBackground(java.nio.file.Path cache, PrintWriter out) {
    Thread recorder = new Thread(() -> {
      try {
        if (!StartupCache.startRecording(cache)) {
          return;
        }
        out.println("no start-up cache for these jars: recording " + cache + " in the background (the next start answers sooner)");
        StartupCache.record(locations.index, cache);
        out.println("start-up cache recorded: " + cache);
      } catch (Exception e) {
        out.println("start-up cache not recorded: " + e.getMessage());
      }
    }, "startup-cache-recorder");
    recorder.setDaemon(true);
    recorder.start();
  }

  /** Switches to a newly built generation; a failure is reported and the served one stays. */
  private void reload(SearchBackend backend, PrintWriter out) {
    try {
      String before = backend.servedGeneration();
      backend.reload();
      String after = backend.servedGeneration();
      if (!after.equals(before)) {
        out.println("now serving generation " + after + " (was " + before + ")");
      }
      lastReloadProblem = null;
    } catch (Exception e) {
      // said once, not every second while it lasts
      if (!java.util.Objects.equals(e.getMessage(), lastReloadProblem)) {
        out.println("could not switch to the new index generation: " + e.getMessage());
        lastReloadProblem = e.getMessage();
      }
    }
  }
}
