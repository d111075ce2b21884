package org.policykb.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The product runs without its tools and without the OpenSearch server. The tools (bench, fuzz, the
 * dev cluster: {@code src/tools}) are compiled apart into a jar of their own, which the build records
 * in {@code target/launcher.env} apart from the product's class path, and no product source refers to
 * them. The OpenSearch server's jars (and netty's, and Log4j's but its API) are on the class path the
 * build records for dev-cluster and bench only, and only the tools' {@code devcluster} package imports
 * their classes.
 */
class ClassPathTest {
  /** The OpenSearch server and its plugins, netty, and any Log4j jar but its API (Apache POI logs through it). */
  private static final Pattern CLUSTER_JAR = Pattern.compile(
      "(/(opensearch[^/]*|[^/]*netty[^/]*|log4j-(?!api-)[^/]*)\\.jar$)|/org/opensearch/|/io/netty/|/org/apache/logging/log4j/log4j-(?!api/)");

  /** The tools' packages, and those they had while they were in the product's sources. */
  private static final Pattern TOOL_PACKAGE = Pattern.compile("\\borg\\.policykb\\.(tools|bench|fuzz|devcluster)\\b");

  private static final List<String> TOOL_FOLDERS =
      List.of("org/policykb/tools/", "org/policykb/bench/", "org/policykb/fuzz/", "org/policykb/devcluster/");

  private static final Path SOURCES = Path.of("src", "main", "java", "org", "policykb");
  private static final Path TOOL_SOURCES = Path.of("src", "tools", "java", "org", "policykb");

  private static String env() throws IOException {
    return Files.readString(Path.of("target", "launcher.env"), StandardCharsets.UTF_8);
  }

  private static List<String> entries(String env, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "='([^']*)'$").matcher(env);
    assertTrue(m.find(), name + " in target/launcher.env");
    return m.group(1).isEmpty() ? List.of() : List.of(m.group(1).split(java.io.File.pathSeparator));
  }

  /** The class files of a class path entry (a jar or a folder) in the tools' packages. */
  private static List<String> toolClasses(String entry) throws IOException {
    Path path = Path.of(entry);
    if (Files.isDirectory(path)) {
      List<String> found = new ArrayList<>();
      for (String folder : TOOL_FOLDERS) {
        if (Files.isDirectory(path.resolve(folder))) {
          found.add(entry + "/" + folder);
        }
      }
      return found;
    }
    if (!Files.isRegularFile(path)) {
      return List.of();
    }
    try (ZipFile jar = new ZipFile(path.toFile())) {
      return jar.stream().map(ZipEntry::getName)
          .filter(n -> n.endsWith(".class") && TOOL_FOLDERS.stream().anyMatch(n::startsWith))
          .map(n -> entry + "!" + n).toList();
    }
  }

  private static List<String> javaFiles(Path root, Pattern content) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> {
            try {
              return content.matcher(Files.readString(f, StandardCharsets.UTF_8)).find();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
    }
  }

  @Test
  void serveIndexAndSearchRunWithoutTheOpenSearchServer() throws IOException {
    String env = env();
    List<String> product = entries(env, "POLICYKB_CLASSPATH");
    List<String> cluster = entries(env, "POLICYKB_CLUSTER_CLASSPATH");
    assertEquals(List.of(), product.stream().filter(j -> CLUSTER_JAR.matcher(j).find()).toList());
    assertTrue(cluster.stream().anyMatch(j -> j.matches(".*/opensearch-" + "\\d[^/]*\\.jar")), "the server is dev-cluster's");
    assertTrue(cluster.stream().anyMatch(j -> j.contains("log4j-core")), "Log4j's core is dev-cluster's");
    assertTrue(cluster.stream().anyMatch(j -> j.contains("netty")), "netty is dev-cluster's");
    assertFalse(cluster.stream().anyMatch(product::contains), "no jar on both");
  }

  @Test
  void theProductsClassPathHasNoToolClasses() throws IOException {
    String env = env();
    List<String> product = entries(env, "POLICYKB_CLASSPATH");
    List<String> tools = entries(env, "POLICYKB_TOOLS_CLASSPATH");
    assertFalse(tools.isEmpty(), "the build records the tools' class path");
    List<String> toolClasses = new ArrayList<>();
    for (String entry : tools) {
      toolClasses.addAll(toolClasses(entry));
    }
    assertTrue(toolClasses.stream().anyMatch(c -> c.endsWith("org/policykb/tools/Tools.class")), "the tools' entry point: " + tools);
    assertTrue(toolClasses.stream().anyMatch(c -> c.endsWith("org/policykb/tools/devcluster/DevCluster.class")), "the dev cluster: " + tools);
    List<String> inProduct = new ArrayList<>();
    for (String entry : product) {
      inProduct.addAll(toolClasses(entry));
    }
    assertEquals(List.of(), inProduct, "tool classes on the product's class path");
    assertFalse(tools.stream().anyMatch(product::contains), "the tools' jar is not the product's");
    assertTrue(product.stream().anyMatch(e -> e.endsWith("policykb.jar")), "the product's jar: " + product);
  }

  @Test
  void noProductSourceRefersToTheTools() throws IOException {
    for (String folder : TOOL_FOLDERS) {
      assertFalse(Files.exists(Path.of("src", "main", "java").resolve(folder)), "src/main/java/" + folder + " is the tools'");
    }
    assertEquals(List.of(), javaFiles(SOURCES, TOOL_PACKAGE), "product sources that refer to the tools' packages");
    assertFalse(javaFiles(TOOL_SOURCES, Pattern.compile("(?m)^import org\\.policykb\\.")).isEmpty(), "the tools use the product");
  }

  @Test
  void onlyTheToolsDevClusterPackageImportsOpenSearchServerClasses() throws IOException {
    Pattern opensearch = Pattern.compile("(?m)^import (static )?org\\.opensearch\\.");
    assertEquals(List.of(), javaFiles(SOURCES, opensearch), "product sources that import OpenSearch's server");
    List<String> importers = javaFiles(TOOL_SOURCES, opensearch);
    assertFalse(importers.isEmpty());
    assertEquals(List.of(), importers.stream().filter(f -> !f.startsWith("tools/devcluster/")).toList());
  }

  @Test
  void theLauncherRunsTheToolsFromTheirEntryPoint() throws IOException, InterruptedException {
    for (String command : List.of("bench", "fuzz", "dev-cluster", "search")) {
      Process p = new ProcessBuilder("sh", "policykb", command, "--help").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), command);
      assertEquals(0, p.exitValue(), out);
      assertTrue(out.startsWith("Usage: policykb " + command), out);
    }
  }
}
