package org.policykb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packages' arrows point one way (README, "How it is built"): each package names only those this
 * table lets it, the core names neither engine, and the engines never name each other. Read from the
 * sources, imports and fully qualified names alike, so a new arrow fails here before a newcomer meets it.
 */
class PackageRulesTest {
  private static final Path SOURCES = Path.of("src/main/java/org/policykb");
  private static final Pattern NAMED = Pattern.compile("org\\.policykb\\.([a-z]+)\\.");

  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("model", Set.of()),
      Map.entry("analysis", Set.of()),
      Map.entry("ingest", Set.of("model")),
      Map.entry("index", Set.of("analysis", "ingest", "model")),
      Map.entry("query", Set.of("analysis", "index", "ingest")),
      Map.entry("text", Set.of("analysis", "index", "model", "query")),
      Map.entry("search", Set.of("model", "query", "text")),
      Map.entry("research", Set.of("analysis", "model", "query", "search", "text")),
      Map.entry("lucene", Set.of("analysis", "index", "ingest", "model", "query", "research", "search", "text")),
      Map.entry("opensearch", Set.of("analysis", "index", "ingest", "model", "query", "research", "search", "text")),
      Map.entry("export", Set.of("model", "query", "search", "text")),
      Map.entry("http", Set.of("export", "index", "ingest", "model", "query", "research", "search", "text")),
      // launch starts the command line in a JVM of its own, by its class's name
      Map.entry("launch", Set.of("cli")),
      Map.entry("cli", Set.of("analysis", "export", "http", "index", "ingest", "launch", "lucene", "model", "opensearch",
          "query", "search", "text")));

  @Test
  void everyPackageNamesOnlyThePackagesBelowIt() throws IOException {
    List<String> wrong = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    try (var dirs = Files.list(SOURCES)) {
      for (Path dir : dirs.filter(PackageRulesTest::holdsSources).sorted().toList()) {
        String name = dir.getFileName().toString();
        packages.add(name);
        Set<String> allowed = ALLOWED.getOrDefault(name, Set.of());
        try (var files = Files.walk(dir)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
            Matcher m = NAMED.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
              if (!m.group(1).equals(name) && !allowed.contains(m.group(1))) {
                wrong.add(SOURCES.relativize(f) + " names " + m.group(1));
              }
            }
          }
        }
      }
    }
    assertEquals(new TreeSet<>(ALLOWED.keySet()), packages, "every package has its row in the table");
    assertTrue(wrong.isEmpty(), "arrows the table does not allow:\n" + String.join("\n", new TreeSet<>(wrong)));
  }

  @Test
  void theTableItselfHasNoCircleAndKeepsTheEnginesApart() {
    for (String engine : List.of("lucene", "opensearch")) {
      ALLOWED.forEach((p, deps) -> {
        if (!p.equals("cli")) {
          assertTrue(!deps.contains(engine), p + " may not name the engine " + engine);
        }
      });
    }
    for (String p : ALLOWED.keySet()) {
      assertTrue(!reaches(p, p, new TreeSet<>()) || p.equals("cli") || p.equals("launch"), p + " reaches itself");
    }
  }

  private static boolean holdsSources(Path dir) {
    try (var files = Files.walk(dir)) {
      return files.anyMatch(p -> p.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean reaches(String from, String target, Set<String> seen) {
    for (String next : ALLOWED.get(from)) {
      if (next.equals(target)) {
        return true;
      }
      if (seen.add(next) && reaches(next, target, seen)) {
        return true;
      }
    }
    return false;
  }
}
