package org.policykb.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;

/** A start-up cache recorded from a training server, and a server that starts from it. */
class StartupCacheTest {
  @TempDir Path dir;

  @Test
  void aServerStartsFromTheRecordedCacheAndAnswers() throws Exception {
    Path jar = Path.of("target", "policykb.jar");
    Assumptions.assumeTrue(Files.isRegularFile(jar), "target/policykb.jar is packed by `mvn compile`");
    Path index = dir.resolve("index");
    TestCorpus.buildIndex(TestCorpus.SEEDS, index);
    // the server runs from the packed jar, as `mvn exec:exec` runs it, not from target/classes
    String classPath = Stream.concat(Stream.of(jar.toAbsolutePath().toString()),
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).filter(p -> p.endsWith(".jar")))
        .collect(Collectors.joining(File.pathSeparator));
    Path cache = dir.resolve("server.aot");

    StartupCache.record(index, cache, classPath);

    assertTrue(Files.size(cache) > 1 << 20, "a cache of some size: " + Files.size(cache));
    assertFalse(Files.exists(dir.resolve("server.aot.recording")));
    Path log = dir.resolve("cached.log");
    try (ServerProcess server =
        ServerProcess.start(index, List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=warning"), classPath, log)) {
      server.secondsToFirstAnswer(ServerProcess.search("双高协同"), Duration.ofMinutes(1));
      var body = new ObjectMapper().readTree(server.get(ServerProcess.search("双高协同")).body());
      assertEquals(2, body.path("total").asInt(), body.toString());
    }
    String said = Files.readString(log);
    assertFalse(said.contains("[aot"), "the JVM took the cache without a warning:\n" + said);
  }

  /**
   * A cache recorded as a user records it ({@code ./policykb startup-cache}, here in a copy of the
   * launcher beside this build's {@code launcher.env}) holds no machine code, and every command the
   * launcher then runs from it prints its own output first: no JVM warning before it (JDK 25's cached
   * adapters could collide and warn before any command's output, StartupCache.JVM_OPTIONS).
   */
  @Test
  void commandsRunFromARecordedCachePrintTheirOwnOutputFirst() throws Exception {
    Path env = Path.of("target", "launcher.env");
    Assumptions.assumeTrue(Files.isRegularFile(env), "target/launcher.env is written by `mvn compile`");
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("target"));
    Files.copy(Path.of("policykb"), home.resolve("policykb"));
    Files.copy(env, home.resolve("target").resolve("launcher.env"));
    Path index = dir.resolve("index");
    TestCorpus.buildIndex(TestCorpus.SEEDS, index);

    List<String> recorded = launch(home, "startup-cache", "--index", index.toString());
    Path cache = home.resolve("target").resolve("policykb.aot");
    assertTrue(recorded.get(0).startsWith("recording " + cache + " from a training server"), String.join("\n", recorded));
    assertTrue(recorded.get(recorded.size() - 1).startsWith(cache + ": "), String.join("\n", recorded));

    List<String> codeCache = java(env, List.of("-XX:AOTCache=" + cache, "-Xlog:aot+codecache+init=info"), "--help");
    assertTrue(codeCache.stream().anyMatch(l -> l.endsWith("] AOT Code Cache is empty")),
        "the cache is used, with classes and profiles and no code:\n" + String.join("\n", codeCache));

    assertTrue(launch(home, "search", "--index", index.toString(), "双高协同").get(0).startsWith("2 documents match 双高协同 ("));
    assertTrue(launch(home, "concordance", "--index", index.toString(), "双高协同").get(0)
        .startsWith("7 occurrences of 双高协同 in 2 documents ("));
    assertEquals("indexing 5 files, 0.1 MB",
        launch(home, "index", "--corpus", TestCorpus.SEEDS.toString(), "--index", dir.resolve("again").toString()).get(0));
    assertTrue(launch(home, "--help").get(0).startsWith("Usage: policykb"));
  }

  /** The lines a command run by the launcher printed (standard output and error, as a terminal shows them). */
  private static List<String> launch(Path home, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", home.resolve("policykb").toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  /** The lines {@code org.policykb.cli.Main} printed, run by the build's JDK on the product's class path. */
  private static List<String> java(Path env, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    String text = Files.readString(env, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(assignment(text, "POLICYKB_JAVA"), "--enable-native-access=ALL-UNNAMED"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", assignment(text, "POLICYKB_CLASSPATH"), ServerProcess.MAIN));
    command.addAll(List.of(args));
    return run(command);
  }

  private static String assignment(String env, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "='([^']*)'$").matcher(env);
    assertTrue(m.find(), name + " in target/launcher.env");
    return m.group(1);
  }

  private static List<String> run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), String.join(" ", command));
    assertEquals(0, p.exitValue(), out);
    return out.lines().toList();
  }

  @Test
  void aClassPathWithFoldersIsRefusedUpFront() {
    IOException e = assertThrows(IOException.class,
        () -> StartupCache.record(dir, dir.resolve("x.aot"), dir.toString()));
    assertTrue(e.getMessage().contains("jar files"), e.getMessage());
  }

  @Test
  void theServerEntryPointStillExists() throws Exception {
    Class.forName(ServerProcess.MAIN).getMethod("main", String[].class);
  }
}
