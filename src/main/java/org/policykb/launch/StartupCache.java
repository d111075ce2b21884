package org.policykb.launch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The JDK's AOT cache for the server (JEP 483 and 515, JDK 25): a training run of {@code serve}
 * answers a mix of requests, and when it stops the JVM writes the classes it loaded and linked and
 * the profiles of its hot methods to one file. A server started with {@code -XX:AOTCache=} that
 * file skips most of its start-up work. The cache holds for the same JDK and the same class path
 * (jar files unchanged); otherwise the JVM ignores it and starts as it would without.
 */
public final class StartupCache {
  /**
   * The JVM options of every JVM that records or uses the cache: classes and profiles only, no machine
   * code. Recording a cache switches JDK 25's adapter caching on by ergonomics, and its adapters are
   * found by a hash of their signature that can collide (JDK-8364929, fixed in 26): a later JVM then
   * warns {@code [aot,codecache,stubs] Saved blob's name … is different from the expected name …}
   * before the command's output, whatever {@code -Xlog:aot=off} says (another tag set). The code is
   * also generated for the recording machine's CPU. Without it the JVM generates its adapters, as it
   * does without a cache.
   */
  public static final List<String> JVM_OPTIONS =
      List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTAdapterCaching", "-XX:-AOTStubCaching");

  /** What the training server is asked, so that every path of a request is loaded and profiled. */
  static final List<String> TRAINING = List.of(
      "/", "/app.js", "/app.css", "/api/health", "/api/openapi.json",
      ServerProcess.search("发展"),
      // the page's first search: every facet (the API's names)
      ServerProcess.search("发展") + "&facets=year,doc_type,issuer,agency_code,doc_year,region,level,source,park,cites&facet_size=30",
      ServerProcess.search("高质量发展") + "&sort=date",
      ServerProcess.search("创新 发展") + "&page=2&size=20",
      ServerProcess.search("政策 OR 规划"),
      ServerProcess.search("发展 -经济"),
      ServerProcess.search("title:发展"),
      ServerProcess.search("\"高质量\" 发展"),
      ServerProcess.search("("),
      "/api/search?q=",
      "/api/nothing-here");

  private static final int ROUNDS = 20;
  /** A recording takes well under this; a claim older than it was left behind. */
  private static final Duration CLAIM_TTL = Duration.ofMinutes(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private StartupCache() {}

  /** The cache file this JVM was started with ({@code -XX:AOTCache=}), if any. */
  public static Optional<Path> ofThisJvm() {
    // read from the command line rather than HotSpot's own MXBean, which is not part of the Java API
    String value = null;
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-XX:AOTCache=")) {
        value = arg.substring("-XX:AOTCache=".length());
      }
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  /**
   * Whether this JVM started from its AOT cache: one that is missing, or was recorded for other
   * jar files, is left unmapped, and then the JVM shares no classes at all.
   */
  public static boolean inUse() {
    return ofThisJvm().isPresent() && System.getProperty("java.vm.info", "").contains("sharing");
  }

  /**
   * Claims the recording of {@code cache} for this process: false when another is recording it now
   * (its claim is younger than {@link #CLAIM_TTL}; an older one was left by a process that died).
   */
  public static boolean startRecording(Path cache) throws IOException {
    Path claim = cache.resolveSibling(cache.getFileName() + ".claim");
    try {
      Files.createFile(claim);
      return true;
    } catch (java.nio.file.FileAlreadyExistsException held) {
      if (Files.getLastModifiedTime(claim).toInstant().isAfter(java.time.Instant.now().minus(CLAIM_TTL))) {
        return false;
      }
      Files.setLastModifiedTime(claim, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
      return true;
    }
  }

  /**
   * Records a cache: starts a training server on the index, sends it {@link #TRAINING} and a
   * document and snippets request for a hit, stops it and moves the written cache to {@code output}
   * (the file a running server may be using is replaced atomically, not rewritten).
   */
  public static void record(Path index, Path output) throws IOException, InterruptedException {
    record(index, output, System.getProperty("java.class.path"));
  }

  static void record(Path index, Path output, String classPath) throws IOException, InterruptedException {
    try {
      train(index, output, classPath);
    } finally {
      Files.deleteIfExists(output.resolveSibling(output.getFileName() + ".claim"));
    }
  }

  private static void train(Path index, Path output, String classPath) throws IOException, InterruptedException {
    List<String> folders = Arrays.stream(classPath.split(File.pathSeparator)).filter(p -> Files.isDirectory(Path.of(p))).toList();
    if (!folders.isEmpty()) {
      throw new IOException("the JDK keeps a start-up cache only for a class path of jar files, and this one has "
          + String.join(", ", folders) + " (`mvn exec:exec` runs from target/policykb.jar)");
    }
    Path recording = output.resolveSibling(output.getFileName() + ".recording");
    Path log = output.resolveSibling(output.getFileName() + ".log");
    Files.deleteIfExists(recording);
    try (ServerProcess server = ServerProcess.start(index, List.of("-XX:AOTCacheOutput=" + recording), classPath, log)) {
      server.secondsToFirstAnswer("/api/health", Duration.ofMinutes(2));
      for (int round = 0; round < ROUNDS; round++) {
        for (String request : TRAINING) {
          server.get(request);
        }
        JsonNode hits = JSON.readTree(server.get(ServerProcess.search("发展")).body()).path("hits");
        if (!hits.isEmpty()) {
          String id = URLEncoder.encode(hits.get(0).path("id").asText(), StandardCharsets.UTF_8);
          server.get("/api/documents/" + id);
          server.get("/api/snippets?id=" + id + "&q=" + URLEncoder.encode("发展", StandardCharsets.UTF_8));
        }
      }
      server.stop(Duration.ofMinutes(5));
    }
    if (!Files.isRegularFile(recording)) {
      throw new IOException("the training server wrote no cache (this needs JDK 25 or later); its output is in " + log);
    }
    Files.move(recording, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
