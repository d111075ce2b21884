package org.policykb.search;

import java.util.Set;
import org.policykb.query.EnumParameter;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;

/**
 * A validated search request.
 *
 * @param page 1-based
 * @param size hits per page, 1..100
 * @param filters which documents take part
 * @param facets the facets to count over every match (not only the page)
 * @param facetSize values listed per facet, the most frequent first
 */
public record SearchRequest(
    String q, int page, int size, Sort sort, Filters filters, Set<Facet> facets, int facetSize) {
  public static final int MAX_SIZE = 100;
  /** Deepest hit a page may reach; deeper paging is refused rather than slowly served. */
  public static final int MAX_WINDOW = 10_000;

  public enum Sort {
    RELEVANCE,
    /** Newest first; a document with only a year after the dated ones of its year; undated last. */
    DATE,
    /** Oldest first, as a historian reads; a document with only a year after the dated ones of its year; undated last. */
    DATE_ASC,
    /** Most cited first: the works of the corpus that cite the document's work; then by relevance. */
    CITED_BY;

    /** The order of documents this sort asks for, the same on every engine. */
    public org.policykb.query.DocumentOrder order() {
      return switch (this) {
        case RELEVANCE -> org.policykb.query.DocumentOrder.RELEVANCE;
        case DATE -> org.policykb.query.DocumentOrder.NEWEST_FIRST;
        case DATE_ASC -> org.policykb.query.DocumentOrder.OLDEST_FIRST_THEN_SCORE;
        case CITED_BY -> org.policykb.query.DocumentOrder.MOST_CITED;
      };
    }

    public static Sort parse(String value) {
      return EnumParameter.parse(Sort.class, "sort", value, RELEVANCE);
    }
  }

  public SearchRequest(String q, int page, int size, Sort sort) {
    this(q, page, size, sort, Filters.NONE, Set.of(), Facet.DEFAULT_SIZE);
  }

  public SearchRequest {
    if (page < 1) {
      throw new InvalidRequestException("page must be 1 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("size must be 1.." + MAX_SIZE + ", was " + size);
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new InvalidRequestException(
          "page × size must be at most " + MAX_WINDOW + ", was " + page + " × " + size);
    }
    if (facetSize < 1 || facetSize > Facet.MAX_SIZE) {
      throw new InvalidRequestException("facet_size must be 1.." + Facet.MAX_SIZE + ", was " + facetSize);
    }
    if (sort == null) {
      sort = Sort.RELEVANCE;
    }
    filters = filters == null ? Filters.NONE : filters;
    facets = facets == null ? Set.of() : Set.copyOf(facets);
  }
}
