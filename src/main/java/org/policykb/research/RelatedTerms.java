package org.policykb.research;

import org.policykb.query.InvalidRequestException;

/**
 * Which words of a document choose its related documents, on every engine: its smartcn words of two
 * or more characters that occur at least twice in it and in at most half of the collection, the
 * most distinctive (tf·idf) first, at most 30, read from its first 20,000 words.
 */
public final class RelatedTerms {
  private RelatedTerms() {}

  public static final int MIN_TERM_FREQ = 2;
  public static final int MIN_DOC_FREQ = 1;
  /** One-character words are mostly function words in Chinese. */
  public static final int MIN_WORD_LENGTH = 2;
  public static final int MAX_DOC_FREQ_PCT = 50;
  public static final int MAX_QUERY_TERMS = 30;
  public static final int MAX_TOKENS_PARSED = 20_000;

  /** A 400 for a number of related documents that cannot be asked for. */
  public static void checkSize(int size) {
    if (size < 1 || size > 100) {
      throw new InvalidRequestException("size must be 1..100, was " + size);
    }
  }
}
