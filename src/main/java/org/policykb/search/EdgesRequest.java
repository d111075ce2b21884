package org.policykb.search;

import java.util.Set;
import org.policykb.model.Reference.Kind;
import org.policykb.query.Filters;

/**
 * The links of a subcorpus, for a graph: every resolved link out of the documents {@code filters} keep.
 *
 * @param filters the subcorpus: its documents are the links' citing ends (under {@code count=works}, each work's
 *     shown member)
 * @param kinds the kinds exported (all when empty)
 * @param within only links whose named document is of the subcorpus too (a graph closed on it); otherwise the named
 *     document may be any of the corpus
 */
public record EdgesRequest(Filters filters, Set<Kind> kinds, boolean within) {
  public EdgesRequest {
    filters = filters == null ? Filters.NONE : filters;
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
  }

  /** Whether a link of this kind is exported. */
  public boolean lists(Kind kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }
}
