package org.policykb.search;

import org.policykb.query.EnumParameter;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;

/**
 * Where a query's hits fall in each text of the documents it matches under the filters: AntConc's dispersion plot, a
 * page of documents at a time.
 *
 * @param offset documents to skip, in {@code sort}'s order
 * @param limit documents listed at most
 */
public record DispersionRequest(String q, Filters filters, Sort sort, int offset, int limit) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 1000;

  /** The documents' order: the concordance's (oldest first), or the most hits first (ties in that order). */
  public enum Sort {
    DOC,
    OCCURRENCES;

    public static Sort parse(String value) {
      return EnumParameter.parse(Sort.class, "sort", value, DOC);
    }
  }

  public DispersionRequest {
    filters = filters == null ? Filters.NONE : filters;
    sort = sort == null ? Sort.DOC : sort;
    if (offset < 0) {
      throw new InvalidRequestException("offset must be 0 or more, was " + offset);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new InvalidRequestException("limit must be 0.." + MAX_LIMIT + ", was " + limit);
    }
  }

  /**
   * The documents of the page: their indexes in the concordance's order, given each one's hits there, in the order
   * asked for. The one rule both engines page by.
   */
  public int[] page(int[] occurrences) {
    Integer[] order = new Integer[occurrences.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    if (sort == Sort.OCCURRENCES) {
      java.util.Arrays.sort(order, (a, b) -> Integer.compare(occurrences[b], occurrences[a])); // stable: ties in order
    }
    int from = Math.min(offset, order.length);
    int to = (int) Math.min(order.length, (long) from + limit);
    int[] out = new int[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = order[i];
    }
    return out;
  }
}
