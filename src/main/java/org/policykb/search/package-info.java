/**
 * The contract the API is served from: {@link org.policykb.search.SearchBackend}, its requests,
 * results and errors, and the answers cut from one document that every engine gives alike
 * ({@link org.policykb.search.DocumentAnswers}).
 */
package org.policykb.search;
