package org.policykb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;

class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void indexReportsEveryFileAndASummary() {
    Path index = dir.resolve("index");
    Run r = run("index", "--corpus", TestCorpus.SEEDS.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("indexing 5 files, 0.1 MB\n"), r.out());
    assertTrue(r.out().contains(
        "generation gen-000001 (full build): 5 added, 0 updated, 0 deleted, 0 unchanged, 0 failed, 0 skipped; 5 files"), r.out());
    Run again = run("index", "--corpus", TestCorpus.SEEDS.toString(), "--index", index.toString());
    assertTrue(again.out().contains(
        "generation gen-000002 (incremental): 0 added, 0 updated, 0 deleted, 5 unchanged, 0 failed"), again.out());
    Run back = run("index", "--rollback", "--index", index.toString());
    assertEquals("now serving gen-000001", back.out().strip());
  }

  @Test
  void aFailedFileIsReportedTheOthersAreIndexedAndTheExitCodeIsNonZero() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.copy(TestCorpus.SEEDS.resolve(TestCorpus.ID_000 + ".txt"), corpus.resolve(TestCorpus.ID_000 + ".txt"));
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.writeString(corpus.resolve("notes.pptx"), "x");
    Run r = run("index", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("FAILED   empty.txt: no text left after cleaning"), r.out());
    assertTrue(r.out().contains("skipped  notes.pptx: not an article file type (.pptx)"), r.out());
    assertTrue(r.out().contains("1 added, 0 updated, 0 deleted, 0 unchanged, 1 failed, 1 skipped"), r.out());
    assertTrue(r.out().contains("  failed: empty.txt: no text left after cleaning"), r.out());
  }

  @Test
  void searchPrintsHitsWithMarkedSnippets() {
    Path index = dir.resolve("index");
    run("index", "--corpus", TestCorpus.SEEDS.toString(), "--index", index.toString());
    Run r = run("search", "--index", index.toString(), "双高协同");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("2 documents match 双高协同"), r.out());
    assertTrue(r.out().contains("[004_2717864dc0e4d134]"), r.out());
    assertTrue(r.out().contains(" · 6 occurrences\n"), r.out());
    assertTrue(r.out().contains("“【双高协同】”"), r.out());
  }

  /** A seed and its copy as Markdown are one work: counted once by default, each file with --count files. */
  @Test
  void aTextInTwoFilesCountsOnceUnlessCountFiles() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path seed = TestCorpus.SEEDS.resolve(TestCorpus.ID_000 + ".txt");
    Files.copy(seed, corpus.resolve("a.txt"));
    Files.copy(seed, corpus.resolve("b.md"));
    Path index = dir.resolve("index");
    assertEquals(0, run("index", "--corpus", corpus.toString(), "--index", index.toString()).code());
    int perFile = Files.readString(seed, StandardCharsets.UTF_8).split("双高协同", -1).length - 1;

    Run works = run("search", "--index", index.toString(), "双高协同");
    assertTrue(works.out().startsWith("1 document matches 双高协同"), works.out());
    assertTrue(works.out().contains("one text in 2 files: a (txt), b (txt)"), works.out());
    Run files = run("search", "--index", index.toString(), "--count", "files", "双高协同");
    assertTrue(files.out().startsWith("2 documents match 双高协同"), files.out());

    Run lines = run("concordance", "--index", index.toString(), "双高协同");
    assertTrue(lines.out().matches("(?s)\\d+ occurrences? of 双高协同 in 1 document .*"), lines.out());
    long once = lines.out().lines().filter(l -> l.contains("【")).count();
    assertTrue(once >= 1 && once <= perFile, lines.out());
    Run all = run("concordance", "--index", index.toString(), "--count", "files", "双高协同");
    assertTrue(all.out().startsWith(2 * once + " occurrences of 双高协同 in 2 documents"), all.out());
    Run bad = run("search", "--index", index.toString(), "--count", "pages", "双高协同");
    assertEquals(2, bad.code(), bad.out());
    assertTrue(bad.err().contains("count"), bad.err());
  }

  @Test
  void concordancePrintsAlignedLinesAndExportsEveryLineToCsv() throws IOException {
    Path index = dir.resolve("index");
    run("index", "--corpus", TestCorpus.SEEDS.toString(), "--index", index.toString());
    Run r = run("concordance", "--index", index.toString(), "--window", "10", "双高协同");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("7 occurrences of 双高协同 in 2 documents"), r.out());
    assertEquals(7, r.out().lines().filter(l -> l.contains("【")).count(), r.out());
    assertTrue(r.out().contains("“【双高”协同】,"), r.out());
    Path csv = dir.resolve("双高协同.csv");
    Run export = run("concordance", "--index", index.toString(), "--output", csv.toString(), "--sort", "right", "双高协同");
    assertEquals(0, export.code(), export.err());
    String content = java.nio.file.Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(content.startsWith("\uFEFFid,title,date,year,source,start,end,left,match,right,page,ocr_confidence\r\n"), content);
    try (var parser = org.apache.commons.csv.CSVParser.parse(content.substring(1),
        org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
      assertEquals(7, rows.size());
      // sort=right: by the right context's folded characters (NearReference's reading of the README), in code point order
      for (int i = 1; i < rows.size(); i++) {
        assertTrue(org.policykb.NearReference.compareKeys(rightKey(rows.get(i - 1)), rightKey(rows.get(i))) <= 0, content);
      }
    }
  }

  /** The right key of a CSV row, read from its own right context (long enough here to hold 16 characters). */
  private static List<Integer> rightKey(org.apache.commons.csv.CSVRecord row) {
    String right = row.get("right");
    return org.policykb.NearReference.contextKey(org.policykb.NearReference.fold(right), 0, 0, false);
  }

  /** A phrase the shipped corpus holds once, in one document. */
  private static final String ONCE = "争取国家层面支持苏南自创区";

  @Test
  void aCountOfOneIsWrittenInTheSingular() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.copy(TestCorpus.SEEDS.resolve(TestCorpus.ID_000 + ".txt"), corpus.resolve(TestCorpus.ID_000 + ".txt"));
    Path index = dir.resolve("index");
    Run built = run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertTrue(built.out().startsWith("indexing 1 file, 0.0 MB\n"), built.out());
    assertTrue(java.util.regex.Pattern.compile("; 1 file, 0\\.0 MB in [0-9.]+ s \\([0-9.]+ MB/s, (1 file|(0|[2-9]|\\d\\d+) files)/s\\)\n")
        .matcher(built.out()).find(), built.out());

    Run search = run("search", "--index", index.toString(), ONCE);
    assertTrue(search.out().startsWith("1 document matches " + ONCE + " ("), search.out());
    assertTrue(search.out().contains("\n   2025 · 群众 · 1 occurrence\n"), search.out());
    Run none = run("search", "--index", index.toString(), "双高协同 -高校");
    assertTrue(none.out().startsWith("0 documents match 双高协同 -高校 ("), none.out());

    Run concordance = run("concordance", "--index", index.toString(), ONCE);
    assertTrue(concordance.out().startsWith("1 occurrence of " + ONCE + " in 1 document ("), concordance.out());
    Path csv = dir.resolve("once.csv");
    Run export = run("concordance", "--index", index.toString(), "--output", csv.toString(), ONCE);
    assertTrue(export.out().startsWith("1 line (1 occurrence in 1 document) written to " + csv + " in "), export.out());
  }

  @Test
  void anUnreachableClusterIsOneLineThatSaysWhatToDo() throws IOException {
    int port;
    try (var socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;
    for (String command : List.of("serve", "index", "search")) {
      List<String> args = new java.util.ArrayList<>(List.of(command, "--backend", "opensearch", "--opensearch-url", url,
          "--opensearch-timeout-ms", "2000"));
      if (command.equals("search")) {
        args.add("双高协同");
      }
      Run r = run(args.toArray(String[]::new));
      assertEquals(2, r.code(), command);
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().startsWith("error: OpenSearch at " + url + " cannot be reached"), r.err());
      assertTrue(r.err().contains("dev-cluster") && r.err().contains("--opensearch-url"), r.err());
    }
    Run missing = run("serve", "--backend", "opensearch");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--backend opensearch needs --opensearch-url"), missing.err());
  }

  @Test
  void aMalformedQueryIsAnErrorMessageNotAStackTrace() {
    Path index = dir.resolve("index");
    run("index", "--corpus", TestCorpus.SEEDS.toString(), "--index", index.toString());
    Run r = run("search", "--index", index.toString(), "\"双高");
    assertEquals(2, r.code());
    assertEquals("error: the quote at position 1 is never closed", r.err().strip());
  }
}
