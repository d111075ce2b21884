package org.policykb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.NearReference;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.model.PolicyDocument;
import org.policykb.query.QueryParser;
import org.policykb.research.Concordance;

/**
 * Concordances sorted by context against the tests' own reading of the README's rule: a line's key
 * is the folded characters next to the match read outward ({@link NearReference#fold}: whitespace and
 * soft punctuation dropped), a paragraph break read as one character below every other, at most 16
 * of them; keys in code point order, a shorter key first, equal keys in document order. The embedded
 * index reads the keys from its forward index; the text path (what OpenSearch runs) from the texts;
 * both are held to the same order, for whole exports, pages, and exports wide enough to be cut in
 * several rounds.
 */
class ContextSortTest {

  @TempDir static Path tmp;
  private static LuceneSearchBackend backend;
  private static final Map<String, String> TEXTS = new TreeMap<>();
  private static final Map<String, NearReference.Folded> FOLDED = new TreeMap<>();

  @BeforeAll
  static void build() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    TestCorpus.copySeedsAndRealWorld(corpus);
    NearReference.writeGenerated(corpus, 40, 20261203L);
    // the edges of a key: a match that ends a paragraph or the text, one that starts the text,
    // keys that differ only after a break, space or soft punctuation, a character beyond U+FFFF,
    // traditional and full-width forms, and keys equal for 16 characters and different after
    Files.writeString(corpus.resolve("edges.txt"), String.join("\n\n",
        "关键词开头的段落", "结尾是关键词", "关键词 “甲” 乙", "关键词甲乙", "关键词𠀀丙", "關鍵詞經濟", "关键词ＡＢＣ１２",
        "重复的关键词一二三四五六七八九十壹贰叁肆伍陆柒", "重复的关键词一二三四五六七八九十壹贰叁肆伍陆捌",
        "关键词，后面有标点", "关键词") + "\n", StandardCharsets.UTF_8);
    var built = TestCorpus.buildIndex(corpus, tmp.resolve("index"));
    backend = new LuceneSearchBackend(tmp.resolve("index"));
    NearReference.readBack(built, backend, TEXTS, FOLDED);
  }

  @AfterAll
  static void close() throws IOException {
    backend.close();
  }

  private static List<Integer> key(ConcordanceLine line, boolean left) {
    return NearReference.contextKey(FOLDED.get(line.id()), line.start(), line.end(), left);
  }

  private static String where(ConcordanceLine l) {
    return l.id() + "@" + l.start() + "-" + l.end();
  }

  /** Every line of {@code q} in the reference's order: the document order's lines, stably sorted by key. */
  private static List<String> expected(String q, boolean left) {
    List<ConcordanceLine> inDocumentOrder = new ArrayList<>();
    backend.concordance(new ConcordanceRequest(q, null, 3, ConcordanceRequest.Order.DOC, 0, ConcordanceRequest.all()),
        inDocumentOrder::add);
    List<ConcordanceLine> sorted = new ArrayList<>(inDocumentOrder);
    sorted.sort(Comparator.comparing((ConcordanceLine l) -> key(l, left), NearReference::compareKeys));
    return sorted.stream().map(ContextSortTest::where).toList();
  }

  private static List<String> exported(Concordance.Documents docs, String q, ConcordanceRequest.Order order, int window) {
    List<String> out = new ArrayList<>();
    ConcordanceRequest r = new ConcordanceRequest(q, null, window, order, 0, ConcordanceRequest.all());
    if (docs == null) {
      backend.concordance(r, l -> out.add(where(l)));
    } else {
      Concordance.over(docs, QueryParser.parse(q), r, l -> out.add(where(l)));
    }
    return out;
  }

  /** The orders are equal; else the first place they differ, not two lists of thousands. */
  private static void assertSameOrder(List<String> expected, List<String> actual, String what) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        assertEquals(expected.subList(i, Math.min(expected.size(), i + 5)), actual.subList(i, Math.min(actual.size(), i + 5)),
            what + ": lines from " + i + " of " + expected.size());
      }
    }
    assertEquals(expected.size(), actual.size(), what + ": lines");
  }

  /** The text path: the matching documents handed over in document order, keys read from their texts. */
  private static Concordance.Documents texts(String q) {
    List<String> ids = new ArrayList<>();
    backend.concordance(new ConcordanceRequest(q, null, 0, ConcordanceRequest.Order.DOC, 0, ConcordanceRequest.all()),
        l -> {
          if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(l.id())) {
            ids.add(l.id());
          }
        });
    return new Concordance.Documents() {
      @Override
      public <T> void forEach(Function<PolicyDocument, T> work, Consumer<T> sink) {
        for (String id : ids) {
          sink.accept(work.apply(backend.document(id)));
        }
      }
    };
  }

  @Test
  void theEdgesSortAsTheRuleSays() {
    for (boolean left : new boolean[] {false, true}) {
      ConcordanceRequest.Order order = left ? ConcordanceRequest.Order.LEFT : ConcordanceRequest.Order.RIGHT;
      List<String> expected = expected("关键词", left);
      assertTrue(expected.size() >= 11, expected.toString());
      assertSameOrder(expected, exported(null, "关键词", order, 30), "embedded " + order);
      assertSameOrder(expected, exported(texts("关键词"), "关键词", order, 30), "texts " + order);
    }
    // the right keys, read in the page: a break and the end of the text sort first, 𠀀 (U+20000) last
    List<String> right = new ArrayList<>();
    backend.concordance(new ConcordanceRequest("关键词", null, 4, ConcordanceRequest.Order.RIGHT, 0, ConcordanceRequest.all()),
        l -> {
          if (TEXTS.get(l.id()).contains("关键词ＡＢＣ")) {
            right.add(l.right());
          }
        });
    assertEquals("", right.get(0), right.toString());
    assertTrue(right.get(1).startsWith("\n\n"), right.toString());
    assertTrue(right.get(right.size() - 1).startsWith("𠀀"), right.toString());
  }

  @Test
  void randomQueriesSortAsTheReferenceOnBothPathsAndInPages() {
    Random random = new Random(20261204L);
    List<String> ids = new ArrayList<>(TEXTS.keySet());
    List<String> texts = ids.stream().map(TEXTS::get).toList();
    List<NearReference.Folded> folded = ids.stream().map(FOLDED::get).toList();
    List<String> queries = new ArrayList<>(List.of("发展", "经济", "发", "國", "创新 OR 数字", "发展 NEAR/5 经济", "济 NEAR/0 发"));
    while (queries.size() < 60) {
      NearReference.Pair pair = NearReference.draw(random, texts, folded);
      if (pair != null) {
        queries.add(random.nextBoolean() ? pair.query() : "\"" + pair.a().replace("\"", "") + "\"");
      }
    }
    int lines = 0;
    for (String q : queries) {
      for (boolean left : new boolean[] {false, true}) {
        ConcordanceRequest.Order order = left ? ConcordanceRequest.Order.LEFT : ConcordanceRequest.Order.RIGHT;
        List<String> expected = expected(q, left);
        lines += expected.size();
        assertSameOrder(expected, exported(null, q, order, 10), q + " embedded " + order);
        if (expected.size() < 3000) {
          assertSameOrder(expected, exported(texts(q), q, order, 10), q + " texts " + order);
        }
        int offset = expected.isEmpty() ? 0 : random.nextInt(expected.size());
        ConcordanceResult page = backend.concordance(new ConcordanceRequest(q, null, 7, order, offset, 25));
        assertEquals(expected.subList(offset, Math.min(expected.size(), offset + 25)),
            page.lines().stream().map(ContextSortTest::where).toList(), q + " page at " + offset + " " + order);
        assertEquals(expected.size(), page.totalOccurrences(), q);
      }
    }
    assertTrue(lines > 10_000, "enough lines sorted: " + lines); // about 20,000 from the shipped and generated texts alone
  }
}
