/**
 * Searching: the query language, the {@link org.policykb.search.SearchBackend} interface the API is
 * served from, its Lucene implementation, and exact occurrence and snippet finding.
 */
package org.policykb.search;
