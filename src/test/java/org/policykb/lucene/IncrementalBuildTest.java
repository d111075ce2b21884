package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.LiveWords;
import org.policykb.TestCorpus;
import org.policykb.index.BuildReport;
import org.policykb.index.Fields;
import org.policykb.index.IndexBusyException;
import org.policykb.index.Manifest;
import org.policykb.ingest.IngestResult;
import org.policykb.query.Filters;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.SearchRequest;

/** Generations, incremental builds by content hash, verification, pruning, rollback and the lock. */
class IncrementalBuildTest {
  @TempDir Path corpus;
  @TempDir Path root;
  private final IndexBuilder builder = new IndexBuilder();

  @BeforeEach
  void copySeeds() throws IOException {
    TestCorpus.copySeeds(corpus);
  }

  private BuildReport build() throws IOException {
    return builder.build(corpus, root, r -> {});
  }

  private long hits(String q) throws IOException {
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root)) {
      return backend.search(new SearchRequest(q, 1, 10, SearchRequest.Sort.RELEVANCE)).total();
    }
  }

  private static void assertChanges(BuildReport r, int added, int updated, int deleted, int unchanged) {
    assertEquals(List.of(added, updated, deleted, unchanged), List.of(r.added(), r.updated(), r.deleted(), r.unchanged()),
        "added, updated, deleted, unchanged");
  }

  @Test
  void aFirstBuildIsFullAndMakesTheFirstGenerationCurrent() throws IOException {
    assertTrue(IndexBuilder.needsBuild(root));
    BuildReport r = build();
    assertTrue(r.full());
    assertEquals("gen-000001", r.generation());
    assertChanges(r, 5, 0, 0, 0);
    assertEquals("gen-000001\n", Files.readString(root.resolve("CURRENT")));
    assertFalse(IndexBuilder.needsBuild(root));
  }

  /** Every corpus file as last written a minute ago: older than the racy window, so a build trusts its stamp. */
  private void ageTheCorpus() throws IOException {
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60));
    try (var files = Files.list(corpus)) {
      for (Path f : files.toList()) {
        Files.setLastModifiedTime(f, old);
      }
    }
  }

  /** Builds the corpus aged ({@link #ageTheCorpus}); returns a seed whose text says 高新区. */
  private Path buildAgedCorpus() throws IOException {
    ageTheCorpus();
    build();
    Path f = corpus.resolve(TestCorpus.ID_001 + ".txt");
    assertTrue(Files.readString(f, StandardCharsets.UTF_8).contains("高新区"));
    return f;
  }

  /** Rewrites {@code file} in place (same inode) with {@code text}, and gives it back its modification time. */
  private static void rewriteKeepingTime(Path file, String text) throws IOException {
    var time = Files.getLastModifiedTime(file);
    Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    long size = Files.size(file);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, time);
    assertEquals(size, Files.size(file), "same size");
    assertEquals(key, Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "same file");
  }

  @Test
  void aFileNotWrittenToSinceItWasHashedIsNotReadAgainAndOneWrittenToIs() throws IOException {
    Path f = buildAgedCorpus();
    String text = Files.readString(f, StandardCharsets.UTF_8);
    // the same size, time and file, other bytes: the quick check (rsync's, make's) takes it as unchanged, unread
    rewriteKeepingTime(f, text.replace("高新区", "开发区"));
    assertChanges(build(), 0, 0, 0, 5);
    assertEquals(5, hits("高新区"), "the file was not read again");
    // a write that moves its time: read again, and its new text indexed
    Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(30)));
    assertChanges(build(), 0, 1, 0, 4);
    assertEquals(4, hits("高新区"));
    // and its metadata override counts as the file: written to, the file is read again
    Path override = corpus.resolve(TestCorpus.ID_002 + ".meta.yaml");
    Files.writeString(override, "source: 测试来源\n", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(override, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(45)));
    assertChanges(build(), 0, 1, 0, 4);
  }

  @Test
  void aFileWrittenToJustBeforeABuildIsReadAgainByTheNext() throws IOException {
    Path f = buildAgedCorpus();
    String text = Files.readString(f, StandardCharsets.UTF_8);
    Files.writeString(f, text.replace("高新区", "开发区"), StandardCharsets.UTF_8); // now: within the file system's tick of the build
    assertChanges(build(), 0, 1, 0, 4);
    // written again in the same tick, its time unchanged: the build that read it kept no stamp, so this one reads it
    rewriteKeepingTime(f, text);
    assertChanges(build(), 0, 1, 0, 4);
    assertEquals(5, hits("高新区"));
  }

  @Test
  void touchingOneFileReindexesExactlyThatDocument() throws IOException {
    build();
    Path file = corpus.resolve(TestCorpus.ID_003 + ".txt");
    Files.writeString(file, Files.readString(file) + "\n揭榜挂帅机制在高新区全面推行。\n", StandardCharsets.UTF_8);
    BuildReport r = build();
    assertFalse(r.full());
    assertEquals("gen-000002", r.generation());
    assertChanges(r, 0, 1, 0, 4);
    assertEquals(2, hits("揭榜挂帅"), "the new sentence is searchable, the other documents still are");
    assertEquals(5, hits("高新区"));
  }

  @Test
  void aGenerationKeepsItsDeletedDocumentsButItsWordStatisticsAreTheLiveOnes() throws IOException {
    // enough documents that two deletions (5 %) are too few for the merge policy to merge them away by itself
    for (int i = 1; i <= 35; i++) {
      Files.writeString(corpus.resolve("notice_" + i + ".txt"), "第" + i + "号通知\n\n高新区推进第" + i
          + "批产学研项目，园区企业与高校联合攻关" + "关键技术".repeat(i % 4 + 1) + "。\n", StandardCharsets.UTF_8);
    }
    BuildReport first = build();
    Path changed = corpus.resolve(TestCorpus.ID_003 + ".txt");
    Files.writeString(changed, Files.readString(changed) + "\n高新区与高校双高协同再出发。\n", StandardCharsets.UTF_8);
    Files.delete(corpus.resolve(TestCorpus.ID_002 + ".txt"));
    // which segment each document went to depends on the build's threads: Lucene drops a segment once every
    // document of it is deleted, so those two stay only where a segment also holds a document that stays
    int dropped = droppedWith(root.resolve(first.generation()), Set.of(TestCorpus.ID_003, TestCorpus.ID_002));
    BuildReport r = build();
    assertChanges(r, 0, 1, 1, 38);
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root)) {
      List<String> texts = r.results().stream().filter(x -> x.status() == IngestResult.Status.OK)
          .map(x -> backend.document(x.id()).text()).toList();
      assertEquals(39, texts.size());
      LiveWords.of(texts).assertTold(
          backend.collocates(new CollocatesRequest("高新区", Filters.NONE, 4, 1, 100, CollocatesRequest.Side.BOTH)), "embedded");
    }
    try (FSDirectory dir = FSDirectory.open(root.resolve(r.generation()));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(2 - dropped, reader.numDeletedDocs(), "the old version and the vanished document stay in their segment, deleted");
      assertEquals(41 - dropped, reader.maxDoc());
    }
  }

  /** The documents of a generation's segments that hold nothing but documents of {@code deleted}: how many. */
  private static int droppedWith(Path generation, Set<String> deleted) throws IOException {
    int docs = 0;
    try (FSDirectory dir = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
        org.apache.lucene.index.SortedDocValues ids = leaf.reader().getSortedDocValues(org.policykb.index.Fields.ID);
        int of = 0;
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (ids.advanceExact(doc) && deleted.contains(ids.lookupOrd(ids.ordValue()).utf8ToString())) {
            of++;
          }
        }
        if (of == leaf.reader().maxDoc()) {
          docs += of;
        }
      }
    }
    return docs;
  }

  @Test
  void addedDeletedAndOverriddenFilesAreTheOnlyOnesProcessed() throws IOException {
    build();
    Files.writeString(corpus.resolve("new.md"), "# 新文章\n\n数据要素市场化配置改革。", StandardCharsets.UTF_8);
    Files.delete(corpus.resolve(TestCorpus.ID_002 + ".txt"));
    Files.writeString(corpus.resolve(TestCorpus.ID_000 + ".meta.yaml"), "date: 2025-07-01\n", StandardCharsets.UTF_8);
    BuildReport r = build();
    assertChanges(r, 1, 1, 1, 3);
    assertEquals(1, hits("数据要素市场化"));
    assertEquals(0, hits("准备这么干"));
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root)) {
      assertEquals("2025-07-01", backend.document(TestCorpus.ID_000).date().toString());
    }
  }

  @Test
  void aFileMovedToASubfolderKeepsItsDocument() throws IOException {
    build();
    Files.createDirectories(corpus.resolve("2025"));
    Files.move(corpus.resolve(TestCorpus.ID_004 + ".txt"), corpus.resolve("2025/" + TestCorpus.ID_004 + ".txt"));
    BuildReport r = build();
    assertChanges(r, 1, 0, 0, 4);
    assertEquals(2, hits("双高协同"));
  }

  @Test
  void aFileThatBreaksLosesItsDocumentAndIsReported() throws IOException {
    build();
    Files.write(corpus.resolve(TestCorpus.ID_001 + ".txt"), new byte[0]);
    BuildReport r = build();
    assertChanges(r, 0, 0, 1, 4);
    assertTrue(r.anyFailed());
    assertEquals(0, hits("联网协奏"));
  }

  private static String record(String title, String content) {
    return "{\"title\": \"" + title + "\", \"date\": \"2024-05-01\", \"content\": \"" + content + "\"}";
  }

  /** The ids of the batch file's documents holding {@code q}, sorted. */
  private List<String> ids(String q) throws IOException {
    return ids(q, id -> id.startsWith("batch"));
  }

  /** The ids {@code which} accepts of the documents holding {@code q}, sorted. */
  private List<String> ids(String q, java.util.function.Predicate<String> which) throws IOException {
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root)) {
      return backend.search(new SearchRequest(q, 1, 50, SearchRequest.Sort.RELEVANCE)).hits().stream()
          .map(h -> h.id()).filter(which).sorted().toList();
    }
  }

  @Test
  void aRecordAddedToOrRemovedFromAJsonLinesFileIsAddedOrRemovedAlone() throws IOException {
    Path file = corpus.resolve("batch.jsonl");
    Files.writeString(file, record("甲", "揭榜挂帅第一条记录。") + "\n" + record("乙", "揭榜挂帅第二条记录。") + "\n",
        StandardCharsets.UTF_8);
    assertChanges(build(), 7, 0, 0, 0);
    assertEquals(List.of("batch#1", "batch#2"), ids("揭榜挂帅"));

    Files.writeString(file, record("甲", "揭榜挂帅第一条记录。") + "\n" + record("乙", "揭榜挂帅第二条记录。") + "\n"
        + record("丙", "揭榜挂帅第三条记录。") + "\n", StandardCharsets.UTF_8);
    BuildReport added = build();
    assertChanges(added, 1, 2, 0, 5);
    assertEquals(List.of("batch#1", "batch#2", "batch#3"), ids("揭榜挂帅"));

    Files.writeString(file, record("甲", "揭榜挂帅第一条记录。") + "\n" + record("乙", "揭榜挂帅第二条记录。") + "\n",
        StandardCharsets.UTF_8);
    assertChanges(build(), 0, 2, 1, 5);
    assertEquals(List.of("batch#1", "batch#2"), ids("揭榜挂帅"));
    assertEquals(0, hits("第三条记录"));

    Files.delete(file);
    assertChanges(build(), 0, 0, 2, 5);
    assertEquals(List.of(), ids("揭榜挂帅"));
  }

  @Test
  void aBrokenRecordFailsAloneAndTheOthersAreIndexed() throws IOException {
    Files.writeString(corpus.resolve("batch.jsonl"),
        record("甲", "专精特新第一条。") + "\n{\"title\": \"坏\", \"content\": \n" + record("丙", "专精特新第三条。") + "\n",
        StandardCharsets.UTF_8);
    BuildReport r = build();
    assertEquals(List.of("batch#1", "batch#3"), ids("专精特新"));
    var failed = r.results().stream().filter(x -> x.status() == org.policykb.ingest.IngestResult.Status.FAILED).toList();
    assertEquals(1, failed.size(), failed.toString());
    assertEquals("batch#2", failed.get(0).id());
    assertTrue(failed.get(0).reason().contains("line 2"), failed.get(0).reason());
  }

  /** The ids of the 通知 files' documents holding {@code q}, sorted. */
  private List<String> allIds(String q) throws IOException {
    return ids(q, id -> id.contains("通知"));
  }

  @Test
  void oneNameInTwoFoldersAndOneDocumentInTwoFormatsGetIdsOfTheirOwnThatStay() throws IOException {
    Files.createDirectories(corpus.resolve("b"));
    Files.writeString(corpus.resolve("通知.txt"), "关于揭榜挂帅的通知\n\n揭榜挂帅第一份。\n", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("b/通知.txt"), "关于揭榜挂帅的通知\n\n揭榜挂帅第二份。\n", StandardCharsets.UTF_8);
    org.policykb.tools.bench.OfficialPdf pdf = new org.policykb.tools.bench.OfficialPdf().newPage();
    pdf.paragraph("揭榜挂帅第三份，以PDF印发。");
    Files.write(corpus.resolve("通知.pdf"), pdf.bytes());
    BuildReport first = build();
    assertTrue(first.results().stream().noneMatch(x -> x.status() == org.policykb.ingest.IngestResult.Status.FAILED), first.results().toString());
    assertEquals(List.of("b~通知.txt", "通知", "通知.pdf"), allIds("揭榜挂帅"));

    Files.createDirectories(corpus.resolve("a"));
    Files.writeString(corpus.resolve("a/通知.txt"), "关于揭榜挂帅的通知\n\n揭榜挂帅第四份。\n", StandardCharsets.UTF_8);
    assertChanges(build(), 1, 0, 0, 8); // a/ sorts first, yet 通知.txt keeps the id it had
    assertEquals(List.of("a~通知.txt", "b~通知.txt", "通知", "通知.pdf"), allIds("揭榜挂帅"));
    assertEquals(List.of("a~通知.txt"), allIds("第四份"));

    Files.delete(corpus.resolve("通知.txt"));
    assertChanges(build(), 0, 0, 1, 8); // and the others keep theirs when it goes
    assertEquals(List.of("a~通知.txt", "b~通知.txt", "通知.pdf"), allIds("揭榜挂帅"));
  }

  @Test
  void aFileWhoseNameIsTheIdOfAnotherFilesRecordIsRefused() throws IOException {
    Files.writeString(corpus.resolve("batch.jsonl"), record("甲", "新质生产力一。") + "\n" + record("乙", "新质生产力二。"),
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("batch#1.txt"), "新质生产力三。", StandardCharsets.UTF_8);
    BuildReport r = build();
    assertEquals(List.of("batch#1", "batch#2"), ids("新质生产力"));
    assertTrue(r.results().stream().anyMatch(x -> x.file().equals("batch#1.txt")
        && x.status() == org.policykb.ingest.IngestResult.Status.FAILED && x.reason().contains("rename")));
  }

  @Test
  void aFailedBuildRemovesWhatItWroteAndTheServedGenerationStays() throws IOException {
    build();
    Files.writeString(corpus.resolve("新增.txt"), "新增文章\n\n揭榜挂帅的新文章。\n", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve(TestCorpus.ID_004 + ".txt"), "改动\n\n揭榜挂帅的改动。\n", StandardCharsets.UTF_8);
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> builder.build(corpus, root, (r, b) -> {
      if (done.incrementAndGet() == 2) {
        throw new IllegalStateException("the disk went away");
      }
    }));
    assertTrue(e.getMessage().startsWith("the build failed (IllegalStateException: the disk went away); its partial generation "
        + "gen-000002 ("), e.getMessage());
    assertTrue(e.getMessage().endsWith("written) was removed; gen-000001 is still served"), e.getMessage());
    try (var dirs = Files.list(root)) {
      assertEquals(List.of(), dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith("gen-") && !n.equals("gen-000001")).toList());
    }
    assertEquals(java.util.Optional.of("gen-000001"), new IndexLayout(root).current());
    assertEquals(2, hits("双高协同"));
    assertEquals("gen-000002", build().generation()); // and the next build goes on from the served one
  }

  @Test
  void anotherSchemaVersionForcesAFullRebuild() throws IOException {
    BuildReport first = build();
    asJsonManifest(root.resolve(first.generation()), 0);
    assertTrue(IndexBuilder.needsBuild(root));
    BuildReport r = build();
    assertTrue(r.full());
    assertChanges(r, 5, 0, 0, 0);
  }

  @Test
  void aGenerationWithTheManifestInJsonIsServedAndBuiltOn() throws IOException {
    BuildReport first = build();
    asJsonManifest(root.resolve(first.generation()), Fields.SCHEMA_VERSION);
    assertFalse(IndexBuilder.needsBuild(root));
    Manifest before = Manifest.read(root.resolve(first.generation())).orElseThrow();
    Files.writeString(corpus.resolve(TestCorpus.ID_001 + ".txt"), "改写后的文本：数据要素市场化。", StandardCharsets.UTF_8);
    BuildReport r = build();
    assertFalse(r.full());
    assertChanges(r, 0, 1, 0, 4);
    assertEquals(1, hits("数据要素市场化"));
    Path next = root.resolve(r.generation());
    assertTrue(Files.isRegularFile(next.resolve(Manifest.FILE)));
    assertFalse(Files.exists(next.resolve(Manifest.JSON_FILE)));
    Manifest after = Manifest.read(next).orElseThrow();
    assertEquals(before.files().keySet(), after.files().keySet());
    before.files().forEach((file, entry) -> {
      if (!file.startsWith(TestCorpus.ID_001)) { // the others as the JSON had them, signatures and links included
        assertEquals(entry, after.files().get(file), file);
        assertFalse(entry.works().isEmpty(), file);
      }
    });
  }

  /** Turns a generation's manifest into what generations were written with before Smile: JSON, of {@code version}. */
  private static void asJsonManifest(Path generation, int version) throws IOException {
    Manifest m = Manifest.read(generation).orElseThrow();
    Files.delete(generation.resolve(Manifest.FILE));
    String json = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(
        new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
        .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
        .writeValueAsString(new Manifest(version, m.generation(), m.builtAt(), m.documents(), m.files()));
    assertTrue(json.startsWith("{\"schema_version\":" + version + ","), json.substring(0, 40));
    Files.writeString(generation.resolve(Manifest.JSON_FILE), json, StandardCharsets.UTF_8);
  }

  @Test
  void onlyTheNewestGenerationsAreKeptAndRollbackGoesBackOne() throws IOException {
    for (int i = 0; i < 5; i++) {
      build();
    }
    assertEquals(List.of("gen-000003", "gen-000004", "gen-000005"), new IndexLayout(root).complete());
    assertEquals("gen-000004", IndexBuilder.rollback(root));
    assertEquals("gen-000004\n", Files.readString(root.resolve("CURRENT")));
    assertEquals(5, hits("高新区"));
    assertEquals("gen-000006", build().generation());
  }

  @Test
  void anUnfinishedGenerationFromAKilledBuildIsRemovedAndNeverServed() throws IOException {
    build();
    Path leftover = root.resolve("gen-000002");
    Files.createDirectories(leftover);
    Files.writeString(leftover.resolve("junk.cfs"), "half written");
    assertEquals("gen-000001", new IndexLayout(root).current().orElseThrow());
    BuildReport r = build();
    assertEquals("gen-000002", r.generation());
    assertTrue(Files.isRegularFile(leftover.resolve(Manifest.FILE)));
    assertFalse(Files.exists(leftover.resolve("junk.cfs")));
  }

  @Test
  void aSecondBuildWhileOneHoldsTheLockFailsAtOnce() throws IOException {
    build();
    try (BuildLock held = BuildLock.acquire(root)) {
      IndexBusyException e = assertThrows(IndexBusyException.class, this::build);
      assertTrue(e.getMessage().startsWith("another index build is running (pid "), e.getMessage());
    }
    assertEquals("gen-000002", build().generation(), "the lock is free again");
  }
}
