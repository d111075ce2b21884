package org.policykb.search;

/** No document has the requested id. */
public class DocumentNotFoundException extends RuntimeException {
  public DocumentNotFoundException(String id) {
    super("no document with id '" + id + "'");
  }
}
