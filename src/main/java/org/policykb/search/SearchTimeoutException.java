package org.policykb.search;

/** A search that ran past its time limit and was abandoned. */
public class SearchTimeoutException extends RuntimeException {
  public SearchTimeoutException(long millis) {
    super("the search took longer than " + millis + " ms and was stopped; narrow the query");
  }
}
