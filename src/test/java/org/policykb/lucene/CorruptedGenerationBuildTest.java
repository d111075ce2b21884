package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.Corruption;
import org.policykb.TestCorpus;
import org.policykb.cli.Main;
import org.policykb.index.BuildProgress;
import org.policykb.index.BuildReport;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;

/**
 * Bytes flipped in the middle of a segment file: the check names the generation and the file,
 * and {@code index} builds a full new generation rather than one linked to the damaged files.
 * Two generations are built first; the second, with a file added, shares all but its newest segment with the first.
 */
class CorruptedGenerationBuildTest {
  @TempDir Path corpus;
  @TempDir Path root;
  @TempDir Path fresh;
  private Path gen1;
  private Path gen2;

  @BeforeEach
  void buildTwoGenerations() throws IOException {
    TestCorpus.copySeeds(corpus);
    TestCorpus.buildIndex(corpus, root);
    // a file added, not one changed: a changed document's segment is rewritten without its deletion, and when the
    // indexing threads had put every seed in one segment, the generations would share nothing
    Files.writeString(corpus.resolve("900_added.txt"), "高新区推行揭榜挂帅\n\n揭榜挂帅机制在高新区全面推行。\n",
        StandardCharsets.UTF_8);
    TestCorpus.buildIndex(corpus, root);
    gen1 = root.resolve("gen-000001");
    gen2 = root.resolve("gen-000002");
  }

  @Test
  void aFlippedByteInTheMiddleOfASegmentFileFailsTheCheckWhichNamesGenerationAndFile() throws IOException {
    Path damaged = Corruption.onlyIn(gen2, gen1);
    Corruption.flipMiddle(damaged);
    GenerationCheck.Result r = new GenerationCheck(root).checkFully("gen-000002");
    assertFalse(r.passed());
    assertEquals(damaged.getFileName().toString(), r.file());
    assertTrue(r.describe().startsWith("generation gen-000002 is corrupted: " + damaged.getFileName() + ": checksum failed"),
        r.describe());
    assertFalse(r.describe().contains("\n"));
    assertTrue(new GenerationCheck(root).checkFully("gen-000001").passed(), "the file is not gen-000001's");
    assertFalse(IndexBuilder.needsBuild(root), "gen-000001 can still be served");
  }

  @Test
  void aDamagedCommitFileIsNamedToo() throws IOException {
    for (String name : List.of(newest(".si"), newest("segments_"))) {
      Path file = gen2.resolve(name);
      Corruption.flipMiddle(file);
      GenerationCheck.Result r = new GenerationCheck(root).check("gen-000002");
      assertEquals(name, r.file(), r.describe());
      assertTrue(r.describe().startsWith("generation gen-000002 is corrupted: " + name + ": "), r.describe());
      Corruption.flipMiddle(file);
      assertTrue(new GenerationCheck(root).check("gen-000002").passed());
    }
  }

  /** The name of gen-000002's file that gen-000001 does not have and that starts or ends with {@code part}. */
  private String newest(String part) throws IOException {
    try (Stream<Path> files = Files.list(gen2)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> (n.endsWith(part) || n.startsWith(part)) && !Files.exists(gen1.resolve(n)))
          .findFirst().orElseThrow();
    }
  }

  @Test
  void aCheckedGenerationIsReadOnlyAgainWhenAFileOfItWasWrittenTo() throws IOException {
    GenerationCheck check = new GenerationCheck(root);
    GenerationCheck.Result first = check.check("gen-000002");
    assertTrue(first.passed());
    GenerationCheck.Result again = check.check("gen-000002");
    assertTrue(again.passed());
    assertEquals(0, again.filesRead(), "an unchanged, checked generation is not read again");

    Path damaged = Corruption.onlyIn(gen2, gen1);
    Corruption.flipMiddle(damaged);
    GenerationCheck.Result afterWrite = check.check("gen-000002");
    assertFalse(afterWrite.passed(), "the write changed the file's time, so it was read again");
    assertEquals(1, afterWrite.filesRead());

    // decay of the disk itself after the check, with no write: only a full check sees it
    Corruption.flipMiddle(damaged); // flipped back
    assertTrue(check.check("gen-000002").passed());
    FileTime checked = Files.getLastModifiedTime(damaged);
    Corruption.flipMiddle(damaged);
    Files.setLastModifiedTime(damaged, checked);
    assertTrue(check.check("gen-000002").passed(), "the trade-off the marker makes");
    assertFalse(check.checkFully("gen-000002").passed());
  }

  @Test
  void indexAfterCorruptionBuildsAFullGenerationThatAnswersLikeAFreshIndex() throws IOException {
    Path damaged = Corruption.onlyIn(gen2, gen1);
    Corruption.flipMiddle(damaged);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"index", "--corpus", corpus.toString(), "--index", root.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, printed + err.toString(StandardCharsets.UTF_8));
    // the current generation is read whole while the corpus is: its damage is said before the full build begins
    int said = printed.indexOf("generation gen-000002 is corrupted: " + damaged.getFileName() + ": checksum failed");
    assertTrue(said >= 0, printed);
    assertTrue(printed.indexOf("building a full new generation", said) > said, printed);
    assertTrue(printed.indexOf("indexing 6 files", said) > said, printed);
    assertTrue(printed.contains("generation gen-000003 (full build): 6 added, 0 updated, 0 deleted, 0 unchanged"), printed);
    assertEquals("gen-000003\n", Files.readString(root.resolve("CURRENT"), StandardCharsets.UTF_8));
    Path gen3 = root.resolve("gen-000003");
    assertTrue(Set.copyOf(inodes(gen3)).stream().noneMatch(inodes(gen2)::contains), "nothing linked from gen-000002");
    assertTrue(new GenerationCheck(root).checkFully("gen-000003").passed());

    TestCorpus.buildIndex(corpus, fresh);
    try (LuceneSearchBackend rebuilt = new LuceneSearchBackend(root);
        LuceneSearchBackend reference = new LuceneSearchBackend(fresh)) {
      for (String q : List.of("揭榜挂帅", "双高协同", "国家高新区", "新质生产力 OR 专精特新")) {
        assertEquals(answer(reference.search(new SearchRequest(q, 1, 10, null))),
            answer(rebuilt.search(new SearchRequest(q, 1, 10, null))), q);
      }
      assertEquals(2, rebuilt.search(new SearchRequest("揭榜挂帅", 1, 10, null)).total());
    }
    assertFalse(IndexBuilder.needsBuild(root));
  }

  @Test
  void aDamagedFileEveryGenerationSharesLeavesNothingToServeAndTheNextBuildIsFull() throws IOException {
    Path damaged = Corruption.sharedWith(gen2, gen1);
    Corruption.flipMiddle(damaged); // a hard link: both generations see it
    GenerationCheck.Choice choice = new GenerationCheck(root).choose();
    assertEquals("gen-000002", choice.current());
    assertNull(choice.served());
    assertEquals(List.of("gen-000002", "gen-000001"), choice.failed().stream().map(GenerationCheck.Result::generation).toList());
    assertTrue(IndexBuilder.needsBuild(root), "serve builds, as when there is no index");

    List<String> notes = new java.util.ArrayList<>();
    BuildReport r = new IndexBuilder().build(corpus, root, new BuildProgress() {
      @Override
      public void note(String message) {
        notes.add(message);
      }

      @Override
      public void fileDone(java.util.List<org.policykb.ingest.IngestResult> results, long bytes) {}
    });
    assertTrue(r.full());
    List<String> aboutTheDamage = notes.stream().filter(n -> !n.matches("[0-9,]+ links?, .*")).toList();
    assertEquals(1, aboutTheDamage.size(), notes.toString());
    assertTrue(aboutTheDamage.get(0).contains(damaged.getFileName().toString()), notes.toString());
    assertFalse(IndexBuilder.needsBuild(root));
  }

  private static String answer(SearchResult r) {
    return r.total() + " " + r.hits().stream().map(h -> h.id() + ":" + h.occurrences()).toList();
  }

  private static Set<Object> inodes(Path generation) throws IOException {
    Set<Object> out = new HashSet<>();
    try (Stream<Path> files = Files.list(generation)) {
      for (Path f : files.toList()) {
        out.add(Files.readAttributes(f, BasicFileAttributes.class).fileKey());
      }
    }
    return out;
  }
}
