package org.policykb.opensearch;

/**
 * The cluster could not answer: unreachable, timed out, or a fault on its side (a 5xx, e.g. no
 * shard available). Whatever asked may try again later; nothing is wrong with the request.
 */
public class ClusterUnavailableException extends RuntimeException {
  public ClusterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
