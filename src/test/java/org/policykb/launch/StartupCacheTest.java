package org.policykb.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
        ServerProcess.start(index, List.of("-XX:AOTCache=" + cache, "-Xlog:aot=warning"), classPath, log)) {
      server.secondsToFirstAnswer(ServerProcess.search("双高协同"), Duration.ofMinutes(1));
      var body = new ObjectMapper().readTree(server.get(ServerProcess.search("双高协同")).body());
      assertEquals(2, body.path("total").asInt(), body.toString());
    }
    String said = Files.readString(log);
    assertFalse(said.contains("[aot]"), "the JVM took the cache without a warning:\n" + said);
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
