package org.policykb.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
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
   * transliterator — in the background, once per JVM however often it is asked for: a starting
   * server pays for them while its command line is parsed and Jetty starts, not in its first request.
   */
  public static CompletableFuture<Void> warmUp() {
    return WarmUp.DONE;
  }

  private static final class WarmUp {
    static final CompletableFuture<Void> DONE = CompletableFuture.allOf(
        CompletableFuture.runAsync(() -> {
          try (Analyzer a = words(); TokenStream ts = a.tokenStream("warm-up", "高质量发展")) {
            ts.reset();
            while (ts.incrementToken()) {
              // loading is the point
            }
            ts.end();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }),
        CompletableFuture.runAsync(() -> CharFolding.fold("雙")));
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
