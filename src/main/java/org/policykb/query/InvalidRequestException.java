package org.policykb.query;

/** The caller asked for something malformed; the message says what and how to fix it. */
public class InvalidRequestException extends RuntimeException {
  public InvalidRequestException(String message) {
    super(message);
  }
}
