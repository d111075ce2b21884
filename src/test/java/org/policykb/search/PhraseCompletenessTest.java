package org.policykb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.model.PolicyDocument;
import org.policykb.text.Snippet;

/**
 * A phrase query must find every document containing the phrase and count every occurrence. The
 * expected answer comes from an independent reference: whole-string NFKC, lower case and
 * Traditional→Simplified, soft punctuation and whitespace deleted, then plain substring counting in
 * each paragraph.
 */
class PhraseCompletenessTest {
  private static final List<String> IDS =
      List.of(TestCorpus.ID_000, TestCorpus.ID_001, TestCorpus.ID_002, TestCorpus.ID_003, TestCorpus.ID_004);
  private static final String SOFT = "\"'“”‘’「」『』《》〈〉<>()（）[]［］【】〔〕{}·・•";
  private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");

  @TempDir static Path indexDir;
  private static LuceneSearchBackend backend;
  private static final Map<String, String> TEXTS = new TreeMap<>();

  @BeforeAll
  static void buildIndex() throws IOException {
    TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
    backend = new LuceneSearchBackend(indexDir);
    for (String id : IDS) {
      TEXTS.put(id, backend.document(id).text());
    }
  }

  @AfterAll
  static void close() throws IOException {
    backend.close();
  }

  static String reference(String s) {
    String t = T2S.transliterate(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder();
    t.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && SOFT.indexOf(c) < 0)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Occurrences paragraph by paragraph: a phrase never spans a paragraph break (a blank line). */
  static int referenceCount(String text, String phrase) {
    String needle = reference(phrase);
    int n = 0;
    for (String paragraph : text.split("\n\n", -1)) {
      String hay = reference(paragraph);
      for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length())) {
        n++;
      }
    }
    return n;
  }

  private static void assertComplete(String phrase) {
    Map<String, Integer> expected = new TreeMap<>();
    TEXTS.forEach((id, text) -> {
      int n = referenceCount(text, phrase);
      if (n > 0) {
        expected.put(id, n);
      }
    });
    String q = "\"" + phrase + "\"";
    SearchResult result = backend.search(new SearchRequest(q, 1, 100, SearchRequest.Sort.RELEVANCE));
    Map<String, Integer> actual = new TreeMap<>();
    result.hits().forEach(h -> actual.put(h.id(), h.occurrences()));
    assertEquals(expected, actual, "documents and occurrences of " + phrase);
    assertEquals(expected.size(), result.total(), "total of " + phrase);
  }

  @Test
  void policyTermsAreFoundInEveryDocumentWithEveryOccurrence() {
    for (String phrase : List.of(
        "双高协同", "“双高”协同", "雙高協同", "新质生产力", "专精特新", "揭榜挂帅", "高质量发展", "24.1%",
        "RLV-T6", "rlv-t6", "国家高新区", "２０２５", "规模以上", "高新区（滨江）", "AI", "ai", "的", "。",
        "中国声谷 量子中心", "发展高", "60个城市", "先行先试")) {
      assertComplete(phrase);
    }
  }

  @Test
  void randomSubstringsOfTheTextsAreFoundExactlyAsOftenAsTheyOccur() {
    Random random = new Random(20261123L);
    Set<String> phrases = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>(TEXTS.values());
    while (phrases.size() < 400) {
      String text = texts.get(random.nextInt(texts.size()));
      boolean folded = phrases.size() % 2 == 0;
      String source = folded ? reference(text) : text;
      int len = 2 + random.nextInt(9);
      int start = random.nextInt(source.length() - len);
      String phrase = source.substring(start, start + len);
      if (phrase.contains("\"") || phrase.isBlank() || reference(phrase).isEmpty()) {
        continue;
      }
      phrases.add(phrase);
    }
    phrases.forEach(PhraseCompletenessTest::assertComplete);
  }

  @Test
  void everySnippetOffsetRoundTripsThroughTheDocumentText() {
    for (String q : List.of("双高协同", "新质生产力", "高质量发展", "“双高”协同", "國家高新區")) {
      SearchResult result = backend.search(new SearchRequest(q, 1, 100, SearchRequest.Sort.RELEVANCE));
      assertTrue(result.total() > 0, q);
      for (SearchHit hit : result.hits()) {
        PolicyDocument d = backend.document(hit.id());
        SnippetResult snippets = backend.snippets(hit.id(), q, 10, 100_000);
        assertEquals(hit.occurrences(), snippets.total(), q + " in " + hit.id());
        assertEquals(snippets.total(), snippets.snippets().size());
        int previousEnd = 0;
        for (Snippet s : snippets.snippets()) {
          assertEquals(s.match(), d.text().substring(s.start(), s.end()));
          assertEquals(reference(q), reference(s.match()));
          assertTrue(d.text().substring(0, s.start()).endsWith(s.left()));
          assertTrue(d.text().substring(s.end()).startsWith(s.right()));
          assertTrue(s.start() >= previousEnd, "in order, not overlapping");
          previousEnd = s.end();
        }
      }
    }
  }
}
