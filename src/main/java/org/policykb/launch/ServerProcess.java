package org.policykb.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code serve} process on an index, run by this JVM's java with its class path and options
 * (less those naming an AOT cache: each process names its own) and {@link StartupCache#JVM_OPTIONS},
 * answering on a free loopback port.
 */
public final class ServerProcess implements AutoCloseable {
  /** The command-line entry point; a test checks that the name still resolves. */
  static final String MAIN = "org.policykb.cli.Main";

  private static final List<String> NOT_INHERITED = List.of(
      "-XX:AOTCache", "-XX:AOTCacheOutput", "-XX:AOTMode", "-XX:AOTConfiguration", "-Xlog:aot", "-agentlib:jdwp");

  private final Process process;
  private final long startedNanos;
  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private ServerProcess(Process process, long startedNanos, int port) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.base = "http://127.0.0.1:" + port;
  }

  /** The system property naming the process a server started here stops with (see {@link #stopWithParent}). */
  static final String PARENT_PROPERTY = "policykb.parent";

  /**
   * In a server this class started: ends the process as soon as the one that started it ends, however
   * it ended (a training server whose parent was killed would otherwise answer on a random port for
   * good, holding its index open). Halts without shutdown hooks: nobody is left to use what they write.
   */
  public static void stopWithParent() {
    String parent = System.getProperty(PARENT_PROPERTY);
    if (parent == null) {
      return;
    }
    java.util.Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parent));
    if (handle.isEmpty()) {
      Runtime.getRuntime().halt(1);
    }
    handle.get().onExit().thenRun(() -> Runtime.getRuntime().halt(1));
  }

  /** Starts {@code serve --index index} with these extra JVM options; its output goes to {@code log}. */
  public static ServerProcess start(Path index, List<String> jvmOptions, Path log) throws IOException {
    return start(index, jvmOptions, System.getProperty("java.class.path"), log);
  }

  static ServerProcess start(Path index, List<String> jvmOptions, String classPath, Path log) throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (NOT_INHERITED.stream().noneMatch(option::startsWith)) {
        command.add(option);
      }
    }
    command.addAll(StartupCache.JVM_OPTIONS);
    command.addAll(jvmOptions);
    command.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
    command.addAll(List.of("-cp", classPath, MAIN,
        "serve", "--index", index.toString(), "--port", Integer.toString(port), "--warm-up-seconds", "0"));
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ServerProcess(process, started, port);
  }

  /** The path and query of a search for {@code q}. */
  public static String search(String q) {
    return "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  /**
   * Seconds from starting the process to its first 200 answer to this request, asked every 20 ms
   * until then.
   */
  public double secondsToFirstAnswer(String pathAndQuery, Duration timeout) throws IOException, InterruptedException {
    while (System.nanoTime() - startedNanos < timeout.toNanos()) {
      if (!process.isAlive()) {
        throw new IOException("the server process ended with exit code " + process.exitValue());
      }
      try {
        if (get(pathAndQuery).statusCode() == 200) {
          return (System.nanoTime() - startedNanos) / 1e9;
        }
      } catch (IOException notListeningYet) {
        // polled again below
      }
      Thread.sleep(20);
    }
    throw new IOException("no answer from the server within " + timeout.toSeconds() + " s");
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Stops the server as Ctrl-C does (its shutdown runs, and a JVM recording an AOT cache writes it
   * then) and waits for the process to end.
   */
  public void stop(Duration timeout) throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IOException("the server process did not end within " + timeout.toSeconds() + " s of being stopped");
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (process.isAlive()) {
      stop(Duration.ofSeconds(30));
    }
    http.close();
  }
}
