package org.policykb.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import org.policykb.index.BuildReport;
import org.policykb.ingest.IngestResult;
import org.policykb.search.SearchBackend;

/**
 * Admin endpoints: reload the index, rebuild it from the corpus. They need the admin token as a
 * bearer token, answer only to loopback clients, and are off when no token is configured.
 */
final class AdminHandlers {
  /** Outcome of a rebuild as the API shows it. */
  record RebuildSummary(
      String generation, int added, int updated, int deleted, int unchanged, long failed, long skipped, long tookMs,
      List<IngestResult> failures) {}

  /** Thrown when a rebuild is asked for while one runs. */
  static final class RebuildInProgressException extends RuntimeException {
    RebuildInProgressException() {
      super("a rebuild is already running; try again when it has finished");
    }
  }

  private final SearchBackend backend;
  private final Callable<BuildReport> rebuild;
  private final byte[] token;
  private final ReentrantLock rebuilding = new ReentrantLock();

  AdminHandlers(SearchBackend backend, Callable<BuildReport> rebuild, String token) {
    this.backend = backend;
    this.rebuild = rebuild;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  void authorize(Context ctx) {
    if (token == null) {
      throw new ForbiddenResponse("admin endpoints are disabled: start the server with POLICYKB_ADMIN_TOKEN set");
    }
    // Behind a reverse proxy every client looks local; a forwarded request is not.
    boolean forwarded = ctx.header("X-Forwarded-For") != null || ctx.header("Forwarded") != null;
    if (!isLoopback(ctx.ip()) || forwarded) {
      throw new ForbiddenResponse("admin endpoints answer only to clients on this machine");
    }
    String header = ctx.header("Authorization");
    byte[] given = header != null && header.startsWith("Bearer ")
        ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(given, token)) {
      throw new UnauthorizedResponse("missing or wrong admin token (Authorization: Bearer <token>)");
    }
  }

  void reload(Context ctx) throws Exception {
    backend.reload();
    ctx.json(backend.health());
  }

  void rebuild(Context ctx) throws Exception {
    if (rebuild == null) {
      throw new ForbiddenResponse("this server was started without a corpus to rebuild from");
    }
    if (!rebuilding.tryLock()) {
      throw new RebuildInProgressException();
    }
    try {
      BuildReport report = rebuild.call();
      backend.reload();
      ctx.json(new RebuildSummary(
          report.generation(), report.added(), report.updated(), report.deleted(), report.unchanged(),
          report.count(IngestResult.Status.FAILED), report.count(IngestResult.Status.SKIPPED), report.took().toMillis(),
          report.results().stream().filter(r -> r.status() == IngestResult.Status.FAILED).toList()));
    } finally {
      rebuilding.unlock();
    }
  }

  private static boolean isLoopback(String ip) {
    try {
      return InetAddress.getByName(ip).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
