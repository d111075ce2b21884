package org.policykb.search;

import java.io.Closeable;
import org.policykb.model.PolicyDocument;

/**
 * What the API is served from. The Lucene index on this machine is one implementation; a search
 * cluster can be another, with the same query language and the same answers.
 */
public interface SearchBackend extends Closeable {

  SearchResult search(SearchRequest request);

  /** Every occurrence of {@code q} in document {@code id}, at most {@code limit} listed. */
  SnippetResult snippets(String id, String q, int window, int limit);

  /** @throws DocumentNotFoundException when no document has this id */
  PolicyDocument document(String id);

  Health health();

  /** Makes the newest committed index visible; searches in flight finish on the one they began with. */
  void reload() throws java.io.IOException;
}
