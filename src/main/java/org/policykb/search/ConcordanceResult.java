package org.policykb.search;

import java.util.List;

/**
 * A page of a concordance; the totals count every line and document, whatever the page holds.
 *
 * @param collocate the collocate filter the lines were kept by, or null for every occurrence
 * @param lines the lines of the page ({@code offset}…{@code offset + limit}), empty for an export,
 *     whose lines went to its sink
 */
public record ConcordanceResult(
    String query,
    long totalOccurrences,
    long totalDocuments,
    String sort,
    int window,
    long offset,
    long limit,
    String generation,
    long tookMs,
    Near collocate,
    List<ConcordanceLine> lines) {

  /** A collocate filter as the answer states it: the lines are the occurrences with {@code word} in their window. */
  public record Near(String word, int span, String side, String unit) {
    static Near of(CollocateFilter f) {
      return f == null ? null : new Near(f.collocate(), f.span(), f.side().name().toLowerCase(java.util.Locale.ROOT),
          f.unit().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** The answer to {@code r}, without lines, from its totals; {@code startedNanos} is when it was asked. */
  public static ConcordanceResult of(ConcordanceRequest r, long occurrences, long documents, String generation, long startedNanos) {
    return new ConcordanceResult(r.q(), occurrences, documents, r.sort().name().toLowerCase(java.util.Locale.ROOT),
        r.window(), r.offset(), r.limit(), generation, (System.nanoTime() - startedNanos) / 1_000_000,
        Near.of(r.collocate()), List.of());
  }

  /** The same totals with these lines: a page gathered from a run that streamed them. */
  public ConcordanceResult withLines(List<ConcordanceLine> lines) {
    return new ConcordanceResult(
        query, totalOccurrences, totalDocuments, sort, window, offset, limit, generation, tookMs, collocate, lines);
  }
}
