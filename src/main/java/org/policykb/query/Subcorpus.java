package org.policykb.query;

/**
 * A subcorpus as a value: the documents a query matches (null: every document) under filters. What the corpus
 * statistics count over, a focus and a reference alike.
 *
 * @param q a query in the query language, or null for every document the filters keep
 */
public record Subcorpus(String q, Filters filters) {
  public Subcorpus {
    if (filters == null) {
      throw new IllegalArgumentException("a subcorpus has filters (Filters.NONE for none)");
    }
    q = q == null || q.isBlank() ? null : q;
    if (q != null) {
      QueryParser.parse(q); // refused here, with the query language's message, before any engine reads it
    }
  }

  /** Every document, counting works or files. */
  public static Subcorpus all(Count count) {
    return new Subcorpus(null, Filters.NONE.withCount(count));
  }
}
