package org.policykb.query;

/** A query that does not follow the query language. */
public class QuerySyntaxException extends InvalidRequestException {
  public QuerySyntaxException(String message) {
    super(message);
  }
}
