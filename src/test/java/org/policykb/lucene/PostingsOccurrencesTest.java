package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryParser;
import org.policykb.text.QueryOccurrences;

/**
 * Occurrences counted from postings positions equal occurrences found by scanning the text, for
 * every document and for hundreds of phrases drawn from the texts themselves (the seeds, a fixture
 * of overlapping and folded forms, and the real-world documents when they are here).
 */
class PostingsOccurrencesTest {
  @TempDir static Path work;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static final LuceneQueryBuilder QUERIES = new LuceneQueryBuilder();

  @BeforeAll
  static void build() throws IOException {
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus);
    TestCorpus.copySeeds(corpus);
    Files.writeString(corpus.resolve("overlap.txt"), """
        发展发展发展，发展发展。哈哈哈哈哈
        雙高協同與双高协同，ＡＢＣ abc Abc。“双高”协同
        """, StandardCharsets.UTF_8);
    Path realworld = Path.of("..", "shared", "realworld");
    if (Files.isDirectory(realworld)) {
      try (var files = Files.list(realworld)) {
        for (Path f : files.filter(p -> !p.getFileName().toString().endsWith(".md")
            && !p.getFileName().toString().endsWith(".tsv")).toList()) {
          Files.copy(f, corpus.resolve(f.getFileName()));
        }
      }
    }
    Path index = work.resolve("index");
    TestCorpus.buildIndex(corpus, index);
    IndexLayout layout = new IndexLayout(index);
    reader = DirectoryReader.open(FSDirectory.open(layout.dir(layout.current().orElseThrow())));
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  private static void assertSameCounts(String q) throws IOException {
    ParsedQuery parsed = QueryParser.parse(q);
    MatchingDocs matches = MatchingDocs.of(searcher, QUERIES.matching(parsed));
    int[] counts = PostingsOccurrences.perDocument(matches, parsed, searcher);
    var stored = searcher.storedFields();
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      var it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        int global = leaf.context().docBase + doc;
        String text = DocumentMapper.fromLucene(stored.document(global)).text();
        assertEquals(QueryOccurrences.find(text, parsed).size(), counts[global], q + " in doc " + global);
      }
    }
  }

  @Test
  void overlappingAndFoldedPhrasesCountAlike() throws IOException {
    for (String q : List.of("发展", "发展发展", "发展 OR 发展发展", "哈哈", "哈哈哈", "双高协同", "abc", "ab",
        "高新区 OR 国家高新区", "国家高新区 OR 高新区 OR 高新", "title:双高协同", "雙高協同", "的", "哈", "发",
        "发展 NEAR/0 发展", "哈 NEAR/0 哈", "发展 NEAR/3 哈哈", "发展 发展 NEAR/1 发展", "双高 NEAR/5 协同",
        "高新区 NEAR/20 高校 创新", "发展 NEAR/10 创新 产业 NEAR/10 园区")) {
      assertSameCounts(q);
    }
  }

  @Test
  void phrasesDrawnFromTheTextsCountAlike() throws IOException {
    Random random = new Random(20261123);
    var stored = searcher.storedFields();
    List<String> phrases = new ArrayList<>();
    while (phrases.size() < 300) {
      String text = DocumentMapper.fromLucene(stored.document(random.nextInt(reader.maxDoc()))).text();
      if (text.length() < 20) {
        continue;
      }
      int start = random.nextInt(text.length() - 12);
      String phrase = text.substring(start, start + 2 + random.nextInt(9)).replaceAll("[\\s\"]", "");
      if (CharFoldingLength.of(phrase) >= 2) {
        phrases.add(phrase);
      }
    }
    for (int i = 0; i < phrases.size(); i++) {
      String q = i % 10 == 9 ? "\"" + phrases.get(i) + "\" OR \"" + phrases.get(i - 1) + "\"" : "\"" + phrases.get(i) + "\"";
      assertSameCounts(q);
    }
  }

  /** How many code points a phrase folds to. */
  private static final class CharFoldingLength {
    static int of(String phrase) {
      return org.policykb.analysis.FoldedStream.foldPhrase(phrase).length;
    }
  }
}
