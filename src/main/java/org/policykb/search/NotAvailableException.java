package org.policykb.search;

/** The backend that serves this deployment does not offer the asked feature. */
public class NotAvailableException extends RuntimeException {
  public NotAvailableException(String message) {
    super(message);
  }
}
