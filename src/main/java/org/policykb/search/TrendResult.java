package org.policykb.search;

import java.util.List;

/**
 * How a query spreads over years or sources. Every bucket that has documents (under the filters) is
 * listed, with or without a match; documents without the value form the {@code null} bucket, so
 * the buckets' occurrences add up to {@code totalOccurrences}, the concordance's total.
 */
public record TrendResult(
    String query, String by, long totalOccurrences, long totalDocuments, String generation, long tookMs,
    List<Bucket> buckets) {

  /**
   * @param value the year (a number) or the source; null for documents without one
   * @param documents matching documents in the bucket
   * @param occurrences occurrences of the query's phrases in them
   * @param allDocuments every document of the bucket the filters let take part
   * @param characters the characters (code points) of those documents' texts
   * @param perMillionCharacters occurrences per million characters of the bucket: comparable across buckets of unequal size
   */
  public record Bucket(
      Object value, long documents, long occurrences, long allDocuments, long characters, double perMillionCharacters) {}
}
