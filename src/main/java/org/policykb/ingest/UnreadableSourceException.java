package org.policykb.ingest;

/** A corpus file that cannot become a document; the message says why, for the curator. */
public class UnreadableSourceException extends Exception {
  public UnreadableSourceException(String message) {
    super(message);
  }

  public UnreadableSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
