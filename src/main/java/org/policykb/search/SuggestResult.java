package org.policykb.search;

import java.util.List;

/** Words and phrases of the collection that start with a prefix, in most documents first. */
public record SuggestResult(String prefix, String generation, List<Suggestion> suggestions) {
  /**
   * @param documents the documents whose text holds {@code text}, by the search's phrase semantics: each work
   *     once, or every file, as the request counts
   */
  public record Suggestion(String text, long documents) {}
}
