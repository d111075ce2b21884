package org.policykb.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/** The one place analyzers are made, for indexing and for querying alike. */
public final class Analyzers {
  private Analyzers() {}

  /**
   * smartcn word segmentation over width-, case- and Traditional→Simplified-folded text: the
   * vocabulary behind BM25 relevance. Mirrors {@link SmartChineseAnalyzer} (stems Latin words,
   * drops its default stop set) with folding in front.
   */
  public static Analyzer words() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new WordFoldingCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new PorterStemFilter(tokenizer);
        stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /**
   * Loads what the first search would otherwise load — smartcn's dictionaries and ICU's
   * transliterator — in two background threads, so a starting server pays for them while Jetty
   * starts rather than in its first request.
   */
  public static java.util.concurrent.CompletableFuture<Void> warmUp() {
    java.util.concurrent.CompletableFuture<Void> dictionaries = java.util.concurrent.CompletableFuture.runAsync(() -> {
      try (Analyzer a = words(); org.apache.lucene.analysis.TokenStream ts = a.tokenStream("warm-up", "高质量发展")) {
        ts.reset();
        while (ts.incrementToken()) {
          // loading is the point
        }
        ts.end();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    java.util.concurrent.CompletableFuture<Void> folding =
        java.util.concurrent.CompletableFuture.runAsync(() -> CharFolding.fold("雙"));
    return java.util.concurrent.CompletableFuture.allOf(dictionaries, folding);
  }

  /** Folded code-point bigrams: the exact, segmentation-free phrase matching field. */
  public static Analyzer exact() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new ExactBigramTokenizer());
      }
    };
  }
}
