package org.policykb.opensearch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;
import org.policykb.research.RelatedTerms;

/**
 * The terms of {@link Related}'s MoreLikeThis query, chosen the way Lucene's {@code MoreLikeThis}
 * chooses them from text (same parameters, same tf × classic idf, same queue), but with the
 * collection's document frequencies from wherever the caller has them — a cluster, whose shards
 * each know only their own. The query is then the same weighted term query on both backends.
 */
final class ClusterMoreLikeThis {
  /** A query term and its boost. */
  record Term(String word, float boost) {}

  private ClusterMoreLikeThis() {}

  /** The words of a text worth looking up, with their frequencies, in the order MoreLikeThis visits them. */
  static Map<String, int[]> frequencies(Analyzer words, String field, String text) {
    Map<String, int[]> tf = new HashMap<>();
    try (TokenStream ts = words.tokenStream(field, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      int tokens = 0;
      while (ts.incrementToken()) {
        if (++tokens > RelatedTerms.MAX_TOKENS_PARSED) {
          break;
        }
        String w = term.toString();
        if (w.length() < RelatedTerms.MIN_WORD_LENGTH) {
          continue;
        }
        int[] n = tf.get(w);
        if (n == null) {
          tf.put(w, new int[] {1});
        } else {
          n[0]++;
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tf;
  }

  /** The words whose document frequency the choice needs. */
  static List<String> candidates(Map<String, int[]> tf) {
    return tf.entrySet().stream().filter(e -> e.getValue()[0] >= RelatedTerms.MIN_TERM_FREQ).map(Map.Entry::getKey).toList();
  }

  /**
   * The chosen terms in query order.
   *
   * @param docFreq documents of the collection holding each candidate word
   * @param docCount documents whose field has any word
   * @param maxDoc documents in the collection
   */
  static List<Term> choose(Map<String, int[]> tf, Function<String, Long> docFreq, long docCount, long maxDoc) {
    long maxDocFreq = Math.toIntExact((long) RelatedTerms.MAX_DOC_FREQ_PCT * maxDoc / 100);
    int limit = Math.min(RelatedTerms.MAX_QUERY_TERMS, tf.size());
    ClassicSimilarity similarity = new ClassicSimilarity();
    PriorityQueue<float[]> queue = new PriorityQueue<>(limit) {
      @Override
      protected boolean lessThan(float[] a, float[] b) {
        return a[0] < b[0];
      }
    };
    List<String> byIndex = new ArrayList<>();
    for (Map.Entry<String, int[]> e : tf.entrySet()) {
      int freq = e.getValue()[0];
      if (freq < RelatedTerms.MIN_TERM_FREQ) {
        continue;
      }
      long df = docFreq.apply(e.getKey());
      if (df < RelatedTerms.MIN_DOC_FREQ || df > maxDocFreq || df == 0) {
        continue;
      }
      float score = freq * similarity.idf(df, docCount);
      if (queue.size() < limit) {
        byIndex.add(e.getKey());
        queue.add(new float[] {score, byIndex.size() - 1});
      } else if (queue.top()[0] < score) {
        byIndex.add(e.getKey());
        float[] top = queue.top();
        top[0] = score;
        top[1] = byIndex.size() - 1;
        queue.updateTop();
      }
    }
    List<Term> terms = new ArrayList<>();
    float best = -1;
    for (float[] t = queue.pop(); t != null; t = queue.pop()) {
      if (best == -1) {
        best = t[0];
      }
      terms.add(new Term(byIndex.get((int) t[1]), t[0] / best));
    }
    return terms;
  }
}
