package org.policykb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.policykb.analysis.Analyzers;
import org.policykb.search.CollocatesResult;

/**
 * An oracle for word statistics: the words of some documents' texts, counted one by one as the word
 * field segments them, without reading any index. Given the live documents' texts, it is what an
 * index's statistics must say whatever documents it deleted and whenever it merged.
 *
 * @param total every word of the texts
 * @param frequency how often each word occurs in them
 * @param documents how many of the texts hold each word
 */
public record LiveWords(long total, Map<String, Long> frequency, Map<String, Long> documents) {

  public static LiveWords of(Collection<String> texts) {
    Map<String, Long> frequency = new HashMap<>();
    Map<String, Long> documents = new HashMap<>();
    long total = 0;
    try (Analyzer words = Analyzers.words()) {
      for (String text : texts) {
        Map<String, Long> here = new HashMap<>();
        try (TokenStream stream = words.tokenStream("text_words", text)) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            here.merge(term.toString(), 1L, Long::sum);
            total++;
          }
          stream.end();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        here.forEach((w, n) -> {
          frequency.merge(w, n, Long::sum);
          documents.merge(w, 1L, Long::sum);
        });
      }
    }
    return new LiveWords(total, frequency, documents);
  }

  public long of(String word) {
    return frequency.getOrDefault(word, 0L);
  }

  /**
   * A collocates answer tells these statistics: all words of the collection, and each collocate's
   * frequency in it (never below its count near the phrase, since a window is segmented on its own).
   */
  public void assertTold(CollocatesResult c, String who) {
    org.junit.jupiter.api.Assertions.assertFalse(c.collocates().isEmpty(), who + ": no collocates of " + c.query());
    org.junit.jupiter.api.Assertions.assertEquals(total, c.corpusWords(), who + ": all words of the live documents");
    for (CollocatesResult.Collocate w : c.collocates()) {
      org.junit.jupiter.api.Assertions.assertEquals(Math.max(w.count(), of(w.word())), w.corpusFrequency(),
          who + ": frequency of " + w.word() + " in the live documents");
    }
  }
}
