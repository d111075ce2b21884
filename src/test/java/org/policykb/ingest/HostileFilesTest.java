package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.index.BuildReport;
import org.policykb.lucene.IndexBuilder;

/** Whatever is in the corpus folder, every file gets a document or a clear error, and the good ones survive. */
class HostileFilesTest {
  @TempDir Path corpus;
  @TempDir Path index;

  private Map<String, IngestResult> build() throws IOException {
    BuildReport report = new IndexBuilder().build(corpus, index, r -> {});
    Map<String, IngestResult> byFile = new TreeMap<>();
    report.results().forEach(r -> byFile.put(r.file(), r));
    return byFile;
  }

  private void seed() throws IOException {
    Files.copy(TestCorpus.SEEDS.resolve(TestCorpus.ID_004 + ".txt"), corpus.resolve(TestCorpus.ID_004 + ".txt"));
  }

  private static void assertFailed(IngestResult r, String reasonPart) {
    assertEquals(IngestResult.Status.FAILED, r.status(), r.toString());
    assertTrue(r.reason().contains(reasonPart), r.reason());
  }

  @Test
  void hostileFilesAreReportedOneByOneAndTheGoodDocumentIsIndexed() throws IOException {
    seed();
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(corpus.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(corpus.resolve("broken-front-matter.md"), "---\ntitle: [unclosed\n---\n正文。", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("unclosed-front-matter.md"), "---\ntitle: x\n正文。", StandardCharsets.UTF_8);
    try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(100L * 1024 * 1024);
    }
    Files.createSymbolicLink(corpus.resolve("loop-a.txt"), corpus.resolve("loop-b.txt"));
    Files.createSymbolicLink(corpus.resolve("loop-b.txt"), corpus.resolve("loop-a.txt"));
    Files.createSymbolicLink(corpus.resolve("dir-loop"), corpus);
    Files.createSymbolicLink(corpus.resolve("dangling.txt"), corpus.resolve("nowhere.txt"));

    Map<String, IngestResult> results = build();

    assertEquals(IngestResult.Status.OK, results.get(TestCorpus.ID_004 + ".txt").status());
    assertFailed(results.get("empty.txt"), "no text left after cleaning");
    assertFailed(results.get("binary.txt"), "binary");
    assertFailed(results.get("broken-front-matter.md"), "front matter is not valid YAML");
    assertFailed(results.get("unclosed-front-matter.md"), "front matter opened with --- is never closed");
    assertFailed(results.get("huge.txt"), "over the limit");
    assertFailed(results.get("loop-a.txt"), "not a regular file");
    assertFailed(results.get("dangling.txt"), "not a regular file");
    assertEquals(List.of(TestCorpus.ID_004 + ".txt", "binary.txt", "broken-front-matter.md", "dangling.txt", "empty.txt",
        "huge.txt", "loop-a.txt", "loop-b.txt", "unclosed-front-matter.md"), List.copyOf(results.keySet()));
  }

  @Test
  void tenThousandDeepNestedHtmlBecomesADocument() throws IOException {
    String html = "<html><head><title>深层嵌套</title></head><body>" + "<div>".repeat(10_000)
        + "<p>国家高新区高质量发展。</p>" + "</div>".repeat(10_000) + "</body></html>";
    Files.writeString(corpus.resolve("deep.html"), html, StandardCharsets.UTF_8);
    IngestResult r = build().get("deep.html");
    assertEquals(IngestResult.Status.OK, r.status(), r.reason());
  }

  @Test
  void truncatedUtf8IsReadUpToTheCut() throws IOException {
    byte[] bytes = "# 标题\n\n国家高新区高质量发展".getBytes(StandardCharsets.UTF_8);
    Files.write(corpus.resolve("cut.md"), java.util.Arrays.copyOf(bytes, bytes.length - 1));
    IngestResult r = new CorpusReader().read(corpus, corpus.resolve("cut.md"));
    assertEquals("标题\n\n国家高新区高质量发", r.document().text());
  }

  @Test
  void aFileThatVanishesBeforeItIsReadIsReported() throws IOException {
    Path file = corpus.resolve("gone.txt");
    Files.writeString(file, "正文。");
    CorpusReader reader = new CorpusReader();
    List<Path> listed = reader.list(corpus).files();
    Files.delete(file);
    assertFailed(reader.read(corpus, listed.get(0)), "not a regular file");
  }

  @Test
  void anUnreadableFileIsReported() throws IOException {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
    Path file = corpus.resolve("secret.txt");
    Files.writeString(file, "正文。");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assertFailed(new CorpusReader().read(corpus, file), "permission denied");
  }

  @Test
  void aFileNameThatIsNotUtf8IsReadOrReported() throws Exception {
    seed();
    // a GBK-encoded name (国家.txt), made by the shell since Java cannot spell it
    Process p = new ProcessBuilder("sh", "-c", "printf '正文。' > \"$(printf '\\271\\372\\274\\322.txt')\"")
        .directory(corpus.toFile()).start();
    assumeTrue(p.waitFor() == 0, "cannot create a non-UTF-8 file name here");
    Map<String, IngestResult> results = build();
    assertEquals(2, results.size(), results.toString());
    assertEquals(IngestResult.Status.OK, results.remove(TestCorpus.ID_004 + ".txt").status());
    assertFailed(results.values().iterator().next(), "file name is not valid UTF-8");
  }
}
