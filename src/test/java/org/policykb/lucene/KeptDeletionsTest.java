package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.LinkedTexts;
import org.policykb.OfficialTexts;
import org.policykb.SameAnswers;
import org.policykb.TestCorpus;
import org.policykb.index.BuildReport;
import org.policykb.query.Count;
import org.policykb.query.Filters;
import org.policykb.query.Subcorpus;

/**
 * An incremental build keeps the segments that hold its deleted documents, and still answers exactly as a
 * generation built whole from the same files: the oracle is that full build, asked the same requests —
 * relevance scores, facets, collocates' statistics, suggestions (a word only a deleted document held is
 * not suggested), related documents, word counts, frequencies and keywords, links. Three rounds of
 * changes, so that deletions fall in more than one segment, one of them written by an earlier
 * incremental build.
 */
class KeptDeletionsTest {
  @TempDir Path tmp;

  private static final List<String> QUERIES = List.of("双高协同", "高新区", "新质生产力", "园区企业", "独有词甲");
  private static final String[] WORDS = {"高新区", "产学研", "关键技术", "园区企业", "数字经济", "绿色低碳", "人才引进",
      "科技成果", "知识产权", "营商环境", "专精特新", "创新平台"};

  @Test
  void everyAnswerAfterIncrementalBuildsIsAFullBuildsOfTheSameFiles() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    TestCorpus.copySeeds(corpus);
    OfficialTexts.write(corpus);
    LinkedTexts.write(corpus);
    // documents no round touches: enough that a round's deletions stay under the merge policy's share (10 %), so they are
    // kept whatever segments the two writer threads happened to flush
    for (int i = 1; i <= 100; i++) {
      write(corpus.resolve("background_" + i + ".txt"), "第" + i + "号简报\n\n" + WORDS[i % WORDS.length] + "与"
          + WORDS[(i * 5) % WORDS.length] + "稳步推进，第" + i + "期工作简报。\n");
    }
    for (int i = 1; i <= 40; i++) {
      StringBuilder text = new StringBuilder("第" + i + "号通知\n\n");
      for (int j = 0; j < 3 + i % 5; j++) {
        text.append(WORDS[(i + j) % WORDS.length]).append("与").append(WORDS[(i * 7 + j) % WORDS.length])
            .append(j % 2 == 0 ? "协同推进，" : "双高协同，").append("第").append(i * j).append("批项目落地。\n");
      }
      if (i == 7) {
        text.append("独有词甲只在这份通知里出现。\n"); // deleted in the first round: its words and their statistics go
      }
      write(corpus.resolve("notice_" + i + ".txt"), text.toString());
    }
    Path root = tmp.resolve("index");
    TestCorpus.buildIndex(corpus, root);

    // round 1: changes, deletions, additions — deletions in the first generation's segments
    append(corpus.resolve("notice_3.txt"), "新质生产力与双高协同再出发，园区企业加快转型。\n");
    append(corpus.resolve("notice_12.txt"), "高新区发展新质生产力。\n");
    Files.delete(corpus.resolve("notice_7.txt"));
    Files.delete(corpus.resolve("notice_20.txt"));
    write(corpus.resolve("notice_41.txt"), "第41号通知\n\n新质生产力赋能高新区，数字经济与绿色低碳协同推进。\n");
    write(corpus.resolve("notice_42.txt"), "第42号通知\n\n园区企业参与揭榜挂帅，关键技术攻关。\n");
    assertSameAsFullBuild(corpus, root, "round 1");

    // round 2: documents the last incremental build wrote change and go, and others of the first generation
    append(corpus.resolve("notice_41.txt"), "第二次修改：高新区双高协同。\n");
    Files.delete(corpus.resolve("notice_42.txt"));
    append(corpus.resolve("notice_3.txt"), "再次修改，专精特新。\n");
    Files.delete(corpus.resolve("notice_33.txt"));
    write(corpus.resolve("notice_7.txt"), "第7号通知\n\n重新发布：园区企业与高新区协同。\n");
    assertSameAsFullBuild(corpus, root, "round 2");

    // round 3: nothing changes; the generation keeps serving the same answers
    assertSameAsFullBuild(corpus, root, "round 3");
  }

  /** Builds {@code root} incrementally and a new index of a copy of the corpus whole, and compares them. */
  private void assertSameAsFullBuild(Path corpus, Path root, String round) throws IOException {
    String before = new IndexLayout(root).current().orElseThrow();
    BuildReport incremental = TestCorpus.buildIndex(corpus, root);
    assertTrue(!incremental.full(), round);
    Path copy = tmp.resolve("full-corpus-" + round.replace(' ', '-'));
    copyTree(corpus, copy);
    Path fullRoot = tmp.resolve("full-" + round.replace(' ', '-'));
    BuildReport full = TestCorpus.buildIndex(copy, fullRoot);
    assertTrue(full.full(), round);
    Path dir = root.resolve(incremental.generation());
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d);
        FSDirectory fd = FSDirectory.open(fullRoot.resolve(full.generation())); DirectoryReader whole = DirectoryReader.open(fd)) {
      assertTrue(reader.numDeletedDocs() > 0, round + ": the deleted documents are kept");
      assertEquals(0, whole.numDeletedDocs(), round);
      assertEquals(whole.numDocs(), reader.numDocs(), round);
      assertSameStatistics(LiveStatistics.of(DirectoryReader.open(d)), whole, round);
    }
    if (incremental.added() + incremental.updated() + incremental.deleted() > 0) {
      assertTrue(sharedBytes(root.resolve(before), dir) > 0.5 * bytes(dir),
          round + ": most of the generation is the previous one's files, shared");
    }
    try (LuceneSearchBackend a = new LuceneSearchBackend(root); LuceneSearchBackend b = new LuceneSearchBackend(fullRoot)) {
      assertEquals(b.health().documents(), a.health().documents(), round);
      SameAnswers same = new SameAnswers(a, b);
      assertTrue(same.answers(QUERIES) > 100, round);
      List<String> ids = full.results().stream().filter(r -> r.status() == org.policykb.ingest.IngestResult.Status.OK)
          .map(org.policykb.ingest.IngestResult::id).toList();
      same.links(ids);
      same.sequences(Subcorpus.all(Count.FILES));
      same.wordCounts(List.of(Subcorpus.all(Count.FILES), Subcorpus.all(Count.WORKS),
          new Subcorpus("高新区", Filters.NONE), new Subcorpus(null, Filters.of(Map.of("from", List.of("2000"))))));
      assertTrue(same.suggestions(List.of("独有", "高新", "新质", "双高", "园区", "专精", "数字", "第4")) >= 5, round);
      for (String id : ids) {
        assertEquals(SameAnswers.json(b.related(id, 8)), SameAnswers.json(a.related(id, 8)), round + " related " + id);
      }
    }
  }

  /**
   * Every indexed field's terms, each with its document and total frequency, and the field's sums, read
   * through {@link LiveStatistics} from the generation with deletions, are those of the full build.
   */
  private static void assertSameStatistics(DirectoryReader live, DirectoryReader whole, String round) throws IOException {
    try (live) {
      int fields = 0;
      for (var info : org.apache.lucene.index.FieldInfos.getMergedFieldInfos(whole)) {
        if (info.getIndexOptions() == org.apache.lucene.index.IndexOptions.NONE) {
          continue;
        }
        String field = info.name;
        var a = org.apache.lucene.index.MultiTerms.getTerms(live, field);
        var b = org.apache.lucene.index.MultiTerms.getTerms(whole, field);
        assertEquals(b.getDocCount(), a.getDocCount(), round + " " + field);
        assertEquals(b.getSumDocFreq(), a.getSumDocFreq(), round + " " + field);
        assertEquals(b.getSumTotalTermFreq(), a.getSumTotalTermFreq(), round + " " + field);
        var ta = a.iterator();
        var tb = b.iterator();
        for (var term = tb.next(); term != null; term = tb.next()) {
          assertEquals(term.utf8ToString(), java.util.Objects.toString(ta.next() == null ? null : ta.term().utf8ToString()),
              round + " " + field);
          assertEquals(tb.docFreq(), ta.docFreq(), round + " " + field + ":" + term.utf8ToString());
          assertEquals(tb.totalTermFreq(), ta.totalTermFreq(), round + " " + field + ":" + term.utf8ToString());
        }
        assertEquals(null, ta.next(), round + " " + field + ": no term only deleted documents held");
        fields++;
      }
      assertTrue(fields >= 8, round + ": fields compared " + fields);
    }
  }

  private static long sharedBytes(Path previous, Path dir) throws IOException {
    Set<Object> keys = new HashSet<>();
    try (Stream<Path> files = Files.list(previous)) {
      for (Path f : files.toList()) {
        keys.add(Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
      }
    }
    long shared = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        var a = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
        shared += keys.contains(a.fileKey()) ? a.size() : 0;
      }
    }
    return shared;
  }

  private static long bytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long n = 0;
      for (Path f : files.toList()) {
        n += Files.size(f);
      }
      return n;
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(all::add);
    }
    for (Path f : all) {
      Path target = to.resolve(from.relativize(f).toString());
      if (Files.isDirectory(f)) {
        Files.createDirectories(target);
      } else {
        Files.copy(f, target);
      }
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void append(Path file, String text) throws IOException {
    write(file, Files.readString(file, StandardCharsets.UTF_8) + text);
  }
}
