package org.policykb.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import java.io.Closeable;
import java.util.stream.Collectors;
import org.policykb.index.Json;
import org.policykb.search.DocumentNotFoundException;
import org.policykb.search.InvalidRequestException;
import org.policykb.search.QuerySyntaxException;
import org.policykb.search.SearchBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: routes, error mapping and the web page, started on a given host and port. */
public final class ApiServer implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  /** Set once an error body is written, so the 404 fallback does not replace it. */
  private static final String ERROR_WRITTEN = "policykb.error-written";
  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving; port 0 picks a free port (see {@link #port()}). */
  public static ApiServer start(SearchBackend backend, String host, int port) {
    ApiHandlers api = new ApiHandlers(backend);
    Javalin app =
        Javalin.create(
            config -> {
              config.jsonMapper(new JavalinJackson(Json.mapper(), false));
              config.http.defaultContentType = "application/json; charset=utf-8";
              config.staticFiles.add("/web", Location.CLASSPATH);
              config.routes.get("/api/search", api::search);
              config.routes.get("/api/snippets", api::snippets);
              config.routes.get("/api/documents/{id}", api::document);
              config.routes.get("/api/health", api::health);
              config.routes.exception(QuerySyntaxException.class, (e, ctx) -> error(ctx, 400, "invalid_query", e.getMessage()));
              config.routes.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
              config.routes.exception(ValidationException.class, (e, ctx) -> error(ctx, 400, "bad_request", describe(e)));
              config.routes.exception(DocumentNotFoundException.class, (e, ctx) -> error(ctx, 404, "not_found", e.getMessage()));
              config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                error(ctx, 500, "internal_error", "the server failed to answer; the error is logged");
              });
              config.routes.error(404, "*", ctx -> {
                if (ctx.attribute(ERROR_WRITTEN) == null) {
                  error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
              });
            });
    app.start(host, port);
    return new ApiServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void error(Context ctx, int status, String error, String message) {
    ctx.attribute(ERROR_WRITTEN, true);
    ctx.status(status).json(new ErrorBody(error, message));
  }

  private static String describe(ValidationException e) {
    return e.getErrors().entrySet().stream()
        .map(entry -> entry.getKey() + " " + entry.getValue().stream()
            .map(err -> err.getMessage().equals("TYPE_CONVERSION_FAILED")
                ? "must be an integer, was '" + err.value + "'"
                : err.getMessage().equals("NULLCHECK_FAILED") ? "is required" : err.getMessage())
            .collect(Collectors.joining("; ")))
        .collect(Collectors.joining(", "));
  }
}
