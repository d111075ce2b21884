package org.policykb.opensearch;

/** The cluster refused a request (a 4xx): OpenSearch's own reason is the message. */
public class ClusterRequestException extends RuntimeException {
  private final int status;
  private final String type;

  public ClusterRequestException(int status, String type, String message) {
    super(message);
    this.status = status;
    this.type = type;
  }

  public int status() {
    return status;
  }

  /** OpenSearch's error type, e.g. {@code index_not_found_exception}; null when it gave none. */
  public String type() {
    return type;
  }
}
