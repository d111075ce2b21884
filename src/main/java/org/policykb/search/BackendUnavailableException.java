package org.policykb.search;

/** The search backend (a cluster) cannot answer now: unreachable, timed out, or failing on its side. */
public class BackendUnavailableException extends RuntimeException {
  public BackendUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
