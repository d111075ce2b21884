package org.policykb.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A page of the documents a query matches, each with where its hits are: what a dispersion plot draws.
 *
 * @param totalOccurrences the hits in every matching document, the concordance's total
 * @param totalDocuments the matching documents
 */
public record DispersionResult(
    String query, String generation, long totalOccurrences, long totalDocuments, int offset, String sort, long tookMs,
    List<Document> documents) {
  /**
   * One text's hits.
   *
   * @param length the text's length in positions: its characters as phrases match them (folded, whitespace and soft
   *     punctuation skipped), with a paragraph break as one more
   * @param positions where each hit starts, in those positions, ascending: {@code positions[i] / length} is how far
   *     into the text hit {@code i} is
   */
  public record Document(String id, String title, LocalDate date, long length, int occurrences, int[] positions) {}
}
