package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile metadata values: kept as text, a url only when http(s), control characters out, overlong values cut, each change a warning. */
class HostileMetadataTest {
  @TempDir Path corpus;

  private IngestResult read(String name, String content) throws IOException {
    Path f = corpus.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    CorpusReader reader = new CorpusReader();
    return reader.read(corpus, f);
  }

  @Test
  void anAuthorWithSpacesIsOneNameAndAJavascriptUrlIsDroppedWithAWarning() throws IOException {
    IngestResult r = read("a.md", """
        ---
        title: "标题\\a一"
        author: "<img src=x onerror=alert(5)>"
        url: "javascript:alert(6)"
        tags: 创新 发展
        ---
        正文。
        """);
    assertEquals(IngestResult.Status.OK, r.status(), r.reason());
    assertEquals(List.of("<img src=x onerror=alert(5)>"), r.document().authors());
    assertNull(r.document().url());
    assertEquals("标题一", r.document().title(), "a control character is no part of a title");
    assertEquals(List.of("创新", "发展"), r.document().tags(), "tags still split on spaces, as Jekyll does");
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    assertTrue(r.warnings().get(0).contains("javascript:alert(6)") && r.warnings().get(0).contains("dropped"));
  }

  @Test
  void severalAuthorsAreSplitOnEnumerationCommasAndAnHttpsUrlIsKept() throws IOException {
    IngestResult r = read("b.md", """
        ---
        title: 标题
        author: 刘会武、王琪, Li Ming
        url: https://example.org/a
        ---
        正文。
        """);
    assertEquals(List.of("刘会武", "王琪", "Li Ming"), r.document().authors());
    assertEquals("https://example.org/a", r.document().url());
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void anOverlongValueIsCutWithAWarningAndAnOverrideObeysTheSameRules() throws IOException {
    Files.writeString(corpus.resolve("c.meta.yaml"), "url: 'data:text/html,<script>alert(1)</script>'\n", StandardCharsets.UTF_8);
    IngestResult r = read("c.md", "---\ntitle: \"" + "长".repeat(800) + "\"\nurl: https://example.org/c\n---\n正文。\n");
    assertEquals(IngestResult.Status.OK, r.status(), r.reason());
    assertEquals(MetadataRules.MAX_CHARS, r.document().title().length());
    assertNull(r.document().url(), "the override's data: url is refused too");
    assertEquals(2, r.warnings().size(), r.warnings().toString());
  }
}
