package org.policykb.search;

import org.policykb.query.EnumParameter;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;


/**
 * A validated concordance request: every occurrence of {@code q} in the documents the query and
 * the filters let take part, one line each.
 *
 * @param window characters of context on each side, 0..{@value #MAX_WINDOW}
 * @param offset lines to skip, in the chosen order
 * @param limit lines to return at most
 * @param collocate null for every occurrence; else only the occurrences near this collocate
 */
public record ConcordanceRequest(
    String q, Filters filters, int window, Order sort, long offset, long limit, CollocateFilter collocate) {
  public static final int DEFAULT_WINDOW = 30;
  public static final int MAX_WINDOW = 500;
  public static final int DEFAULT_LIMIT = 100;
  /** Lines one JSON page may hold; exports have no limit. */
  public static final int MAX_PAGE_LIMIT = 10_000;
  /** Lines a context sort may order at most; above it the request is refused with a hint to narrow it. */
  public static final int MAX_SORTED_LINES = 1_000_000;
  /** Characters of context a context sort holds at once while it cuts its lines, whatever the window. */
  public static final long MAX_HELD_CONTEXT_CHARS = 64_000_000;

  /** Line orders. */
  public enum Order {
    /** By document (oldest first, a year-only document after the dated ones of its year, undated last, then id), then offset. */
    DOC,
    /** By the left context's key ({@link org.policykb.text.ContextKeys}), nearest character first; ties in document order. */
    LEFT,
    /** By the right context's key ({@link org.policykb.text.ContextKeys}); ties in document order. */
    RIGHT;

    public static Order parse(String value) {
      return EnumParameter.parse(Order.class, "sort", value, DOC);
    }
  }

  public ConcordanceRequest {
    filters = filters == null ? Filters.NONE : filters;
    sort = sort == null ? Order.DOC : sort;
    if (window < 0 || window > MAX_WINDOW) {
      throw new InvalidRequestException("window must be 0.." + MAX_WINDOW + ", was " + window);
    }
    if (offset < 0) {
      throw new InvalidRequestException("offset must be 0 or more, was " + offset);
    }
    if (limit < 0) {
      throw new InvalidRequestException("limit must be 0 or more, was " + limit);
    }
  }

  /** Every occurrence, no collocate filter. */
  public ConcordanceRequest(String q, Filters filters, int window, Order sort, long offset, long limit) {
    this(q, filters, window, sort, offset, limit, null);
  }

  /**
   * Lines this request's context sort may order: {@value #MAX_SORTED_LINES}, whatever the window (it
   * holds each line's key, a few characters, not the line).
   */
  public int maxSortedLines() {
    return MAX_SORTED_LINES;
  }

  /**
   * Lines a context sort cuts and holds at once before handing them on: at most
   * {@value #MAX_HELD_CONTEXT_CHARS} characters of context, so an export of wide lines is cut in
   * several rounds.
   */
  public int linesHeld() {
    return (int) Math.max(1, Math.min(MAX_SORTED_LINES, MAX_HELD_CONTEXT_CHARS / (2L * window + 1)));
  }

  /** Every line from {@code offset} on, for exports. */
  public static long all() {
    return Long.MAX_VALUE;
  }
}
