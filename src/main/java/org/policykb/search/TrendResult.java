package org.policykb.search;

import java.util.List;

/**
 * How a query spreads over years or sources. Every bucket that has documents (under the filters) is
 * listed, with or without a match; documents without the value form the {@code null} bucket, so
 * the buckets' occurrences add up to {@code totalOccurrences}, the concordance's total.
 */
public record TrendResult(
    String query, String by, String context, long totalOccurrences, long totalDocuments, String generation, long tookMs,
    List<Bucket> buckets) {

  /** The answer to {@code r}; {@code startedNanos} is when it was asked. */
  public static TrendResult of(TrendRequest r, long occurrences, long documents, String generation, long startedNanos,
      List<Bucket> buckets) {
    return new TrendResult(r.q(), r.byName(), r.context() == null ? null : r.context().unit(), occurrences, documents, generation,
        (System.nanoTime() - startedNanos) / 1_000_000, buckets);
  }

  /**
   * For a facet: the documents of a value. For a context (by {@code left} or {@code right}): the documents where a
   * hit has that context, {@code documents} and {@code allDocuments} alike.
   *
   * @param value the year (a number), a facet's value or a context (the word or characters in reading order, "" where
   *     the text or paragraph ends); null for documents without one
   * @param documents matching documents in the bucket
   * @param occurrences occurrences of the query's phrases in them
   * @param allDocuments every document of the bucket the filters let take part
   * @param characters the characters (code points) of those documents' texts
   * @param perMillionCharacters occurrences per million characters of the bucket: comparable across buckets of unequal size
   */
  public record Bucket(
      Object value, long documents, long occurrences, long allDocuments, long characters, double perMillionCharacters) {}
}
