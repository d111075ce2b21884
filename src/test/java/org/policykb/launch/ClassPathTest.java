package org.policykb.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server runs without the OpenSearch server: its jars (and netty's, and Log4j's core) are on the
 * class path the build records for dev-cluster only, and only the tools' {@code devcluster} package
 * imports their classes.
 */
class ClassPathTest {
  private static final Pattern CLUSTER_JAR = Pattern.compile("/(opensearch[^/]*|netty-[^/]*|log4j-core-[^/]*)\\.jar$");

  private static List<String> entries(String env, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "='([^']*)'$").matcher(env);
    assertTrue(m.find(), name + " in target/launcher.env");
    return m.group(1).isEmpty() ? List.of() : List.of(m.group(1).split(java.io.File.pathSeparator));
  }

  @Test
  void serveIndexAndSearchRunWithoutTheOpenSearchServer() throws IOException {
    String env = Files.readString(Path.of("target", "launcher.env"), StandardCharsets.UTF_8);
    List<String> product = entries(env, "POLICYKB_CLASSPATH");
    List<String> cluster = entries(env, "POLICYKB_CLUSTER_CLASSPATH");
    assertEquals(List.of(), product.stream().filter(j -> CLUSTER_JAR.matcher(j).find()).toList());
    assertTrue(cluster.stream().anyMatch(j -> j.matches(".*/opensearch-" + "\\d[^/]*\\.jar")), "the server is dev-cluster's");
    assertTrue(cluster.stream().anyMatch(j -> j.contains("log4j-core")), "Log4j's core is dev-cluster's");
    assertFalse(cluster.stream().anyMatch(product::contains), "no jar on both");
  }

  @Test
  void onlyTheDevClusterPackageImportsOpenSearchServerClasses() throws IOException {
    Path main = Path.of("src", "tools", "java", "org", "policykb");
    try (Stream<Path> files = Files.walk(main)) {
      List<String> importers = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> {
            try {
              return Files.readString(f, StandardCharsets.UTF_8).contains("import org.opensearch.");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(f -> main.relativize(f).toString().replace('\\', '/')).sorted().toList();
      assertFalse(importers.isEmpty());
      assertEquals(List.of(), importers.stream().filter(f -> !f.startsWith("tools/devcluster/")).toList());
    }
  }
}
