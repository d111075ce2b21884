package org.policykb.http;

import java.util.List;

/**
 * How the server is exposed.
 *
 * @param host address to listen on; loopback unless the operator says otherwise
 * @param corsOrigins origins allowed to call the API from a browser; empty means CORS is off
 * @param adminToken secret for the admin endpoints; null disables them
 */
public record ServerOptions(String host, int port, List<String> corsOrigins, String adminToken) {
  public static final String LOOPBACK = "127.0.0.1";

  public ServerOptions {
    corsOrigins = List.copyOf(corsOrigins);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (adminToken != null && adminToken.length() < 16) {
      throw new IllegalArgumentException("the admin token must be at least 16 characters long");
    }
  }

  /** Loopback only, no CORS, no admin endpoints. */
  public static ServerOptions local(int port) {
    return new ServerOptions(LOOPBACK, port, List.of(), null);
  }
}
