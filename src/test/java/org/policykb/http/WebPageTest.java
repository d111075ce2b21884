package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page as files: index.html preloads every module the workbench is made of, and no other. */
class WebPageTest {
  private static final Path WEB = Path.of("src", "main", "resources", "web");

  @Test
  void theIndexPreloadsEveryModule() throws IOException {
    Set<String> modules = new TreeSet<>();
    try (Stream<Path> files = Files.walk(WEB)) {
      // docs/ starts Swagger UI on /api/docs, a page of its own
      files.filter(f -> f.toString().endsWith(".js") && !WEB.relativize(f).startsWith("docs"))
          .forEach(f -> modules.add("/" + WEB.relativize(f).toString().replace('\\', '/')));
    }
    Set<String> preloaded = new TreeSet<>();
    Matcher m = Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">")
        .matcher(Files.readString(WEB.resolve("index.html"), StandardCharsets.UTF_8));
    while (m.find()) {
      preloaded.add(m.group(1));
    }
    assertEquals(modules, preloaded);
  }
}
