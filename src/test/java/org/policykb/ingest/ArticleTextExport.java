package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Not a check: writes the title and cleaned text ingestion gives for every HTML page under
 * ../shared, and every JSON record there whose body is HTML (keyed by the page's path under ../shared) and for our golden pages in
 * src/test/resources/html (keyed {@code fixtures/<name>}), as one JSON object, to the file named by
 * the system property {@code policykb.articles.out}; skipped when that property is not set. The
 * side-by-side comparison with Mozilla Readability ({@code src/test/readability/compare.mjs}) runs it.
 */
class ArticleTextExport {
  private static final Path SHARED = Path.of("..", "shared");
  private static final Path FIXTURES = Path.of("src", "test", "resources", "html");

  @Test
  void writeTheTextOfEveryHtmlPageInShared() throws IOException {
    String out = System.getProperty("policykb.articles.out");
    assumeTrue(out != null && !out.isBlank(), "set -Dpolicykb.articles.out=FILE to write the texts");
    ObjectMapper json = new ObjectMapper();
    ObjectNode all = json.createObjectNode();
    if (Files.isDirectory(SHARED)) {
      write(SHARED, "", all);
    }
    write(FIXTURES, "fixtures/", all);
    Files.writeString(Path.of(out), json.writerWithDefaultPrettyPrinter().writeValueAsString(all));
  }

  private static void write(Path folder, String prefix, ObjectNode all) throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(folder)) {
      pages = files.filter(p -> p.getFileName().toString().matches("(?i).*\\.(html?|json)")).sorted().toList();
    }
    CorpusReader reader = new CorpusReader();
    for (Path page : pages) {
      IngestResult r = reader.read(page.getParent(), page);
      assertEquals(IngestResult.Status.OK, r.status(), page + ": " + r.reason());
      if (page.toString().endsWith(".json") && !"json+html".equals(r.document().format())) {
        continue;
      }
      ObjectNode one = all.putObject(prefix + folder.relativize(page).toString().replace('\\', '/'));
      one.put("title", r.document().title());
      one.put("text", r.document().text());
    }
  }
}
