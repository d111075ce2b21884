package org.policykb.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A text's MinHash signature over its character shingles, by Lucene's {@link MinHashFilter}: the
 * text folded as phrases see it ({@link CharFolding#fold}: whitespace and soft punctuation gone, width,
 * case and traditional forms folded), cut into every run of {@link #SHINGLE} characters, and hashed
 * into {@link #HASHES} buckets keeping each bucket's smallest hash (one permutation with rotation, so
 * a short text fills every bucket too). The share of equal buckets of two signatures estimates the
 * Jaccard similarity of their shingle sets.
 */
public final class TextMinHash {
  /** Characters per shingle: five Chinese characters are rarely repeated by chance in unrelated texts. */
  public static final int SHINGLE = 5;
  /** Buckets of the signature: the estimate's standard error is about 0.04 at a similarity of 0.9. */
  public static final int HASHES = 64;

  /** Buckets of the sentences' signature. */
  public static final int SENTENCE_HASHES = 64;
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[。！？；!?;]+");

  private TextMinHash() {}

  /** The signature of {@code text}; null for a text too short to hold one shingle. */
  public static int[] of(String text) {
    String folded = CharFolding.fold(text);
    if (folded.codePointCount(0, folded.length()) < SHINGLE) {
      return null;
    }
    NGramTokenizer shingles = new NGramTokenizer(SHINGLE, SHINGLE);
    shingles.setReader(new StringReader(folded));
    return minhash(shingles, HASHES);
  }

  /**
   * The signature of the text's sentences (folded, cut at 。！？； and line breaks), {@link #SENTENCE_HASHES}
   * buckets: a sentence with one character changed is a different sentence, so two versions of a law that
   * differ in a few articles are told apart far more sharply than by the characters' shingles; null for
   * a text without a sentence.
   */
  public static int[] ofSentences(String text) {
    String folded = CharFolding.fold(text);
    if (folded.isEmpty()) {
      return null;
    }
    PatternTokenizer sentences = new PatternTokenizer(SENTENCE_END, -1);
    sentences.setReader(new StringReader(folded));
    return minhash(sentences, SENTENCE_HASHES);
  }

  private static int[] minhash(org.apache.lucene.analysis.Tokenizer tokens, int buckets) {
    int[] out = new int[buckets];
    int n = 0;
    try (TokenStream hashes = new MinHashFilter(tokens, 1, buckets, 1, true)) {
      CharTermAttribute term = hashes.addAttribute(CharTermAttribute.class);
      hashes.reset();
      while (hashes.incrementToken() && n < buckets) {
        out[n++] = asInt(term);
      }
      hashes.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return n == buckets ? out : n == 0 ? null : java.util.Arrays.copyOf(out, n);
  }

  /** The first 32 bits of a bucket's 128-bit hash, which the filter writes as chars of 16 bits. */
  private static int asInt(CharTermAttribute term) {
    int v = 0;
    for (int i = 0; i < Math.min(2, term.length()); i++) {
      v = (v << 16) | term.charAt(i);
    }
    return v;
  }

  /** The share of buckets two signatures agree on: an estimate of the Jaccard similarity of the texts' shingles. */
  public static double similarity(int[] a, int[] b) {
    if (a == null || b == null || a.length != b.length) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
