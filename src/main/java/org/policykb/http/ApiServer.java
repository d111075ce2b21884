package org.policykb.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.validation.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Closeable;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.policykb.index.BuildReport;
import org.policykb.index.IndexBusyException;
import org.policykb.query.InvalidRequestException;
import org.policykb.query.QuerySyntaxException;
import org.policykb.search.BackendUnavailableException;
import org.policykb.search.DocumentNotFoundException;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: routes, error mapping, security headers and the web page. */
public final class ApiServer implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  /** Set once an error body is written, so the 404 fallback does not replace it. */
  private static final String ERROR_WRITTEN = "policykb.error-written";
  /** Set on a request counted in {@link #usersInFlight()}, so that it is uncounted once. */
  private static final String USER_REQUEST = "policykb.user-request";
  /** Large enough that an over-long query reaches the query parser and gets a useful 400. */
  private static final int MAX_REQUEST_HEADER_BYTES = 256 * 1024;
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Javalin app;
  /** Requests being answered that did not come from {@link ServerWarmUp}. */
  private final AtomicInteger usersInFlight;
  /** {@link System#nanoTime()} when such a request last began or ended. */
  private final AtomicLong lastUserRequest;

  /** The address it listens on, as a URL's host. */
  private final String host;

  private ApiServer(Javalin app, AtomicInteger usersInFlight, AtomicLong lastUserRequest, String host) {
    this.app = app;
    this.usersInFlight = usersInFlight;
    this.lastUserRequest = lastUserRequest;
    this.host = host;
  }

  /** Where this machine reaches the server: loopback when it listens on every address. */
  String localUrl() {
    String h = host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    return "http://" + (h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h) + ":" + port();
  }

  /** How many requests not sent by the warm-up are being answered now. */
  int usersInFlight() {
    return usersInFlight.get();
  }

  /** {@link System#nanoTime()} when a request not sent by the warm-up last began or ended (long ago when none has). */
  long lastUserRequestNanos() {
    return lastUserRequest.get();
  }

  /** Loopback only, no CORS, no admin: what tests and a first start need. */
  public static ApiServer start(SearchBackend backend, String host, int port) {
    return start(backend, new ServerOptions(host, port, java.util.List.of(), null), null);
  }

  /**
   * Starts serving; port 0 picks a free port (see {@link #port()}).
   *
   * @param rebuild how the admin rebuild endpoint rebuilds the index, or null for no rebuilds
   */
  public static ApiServer start(SearchBackend backend, ServerOptions options, Callable<BuildReport> rebuild) {
    ApiHandlers api = new ApiHandlers(backend);
    ResearchHandlers research = new ResearchHandlers(backend);
    StatisticsHandlers statistics = new StatisticsHandlers(backend);
    LinkHandlers links = new LinkHandlers(backend);
    AdminHandlers admin = new AdminHandlers(backend, rebuild, options.adminToken());
    AtomicInteger users = new AtomicInteger();
    AtomicLong lastUser = new AtomicLong(System.nanoTime() - TimeUnit.DAYS.toNanos(1));
    Javalin app = Javalin.create(config -> {
      config.jsonMapper(new BufferedJsonMapper(ApiJson.mapper()));
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.defaultContentType = "application/json; charset=utf-8";
      config.staticFiles.add("/web", Location.CLASSPATH);
      config.staticFiles.enableWebjars(); // Swagger UI for /api/docs
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
        http.setSendServerVersion(false);
      });
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      if (!options.corsOrigins().isEmpty()) {
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> options.corsOrigins().forEach(rule::allowHost)));
      }
      config.routes.before(ApiServer::securityHeaders);
      config.routes.before(ctx -> {
        if (ctx.header(ServerWarmUp.HEADER) == null) {
          users.incrementAndGet();
          lastUser.set(System.nanoTime());
          ctx.attribute(USER_REQUEST, true);
        }
      });
      config.routes.after(ctx -> {
        if (ctx.attribute(USER_REQUEST) != null) {
          lastUser.set(System.nanoTime());
          users.decrementAndGet();
        }
      });
      Map<ApiOperation, Handler> handlers = new EnumMap<>(ApiOperation.class);
      handlers.put(ApiOperation.SEARCH, api::search);
      handlers.put(ApiOperation.SNIPPETS, api::snippets);
      handlers.put(ApiOperation.DOCUMENTS_BY_NUMBER, api::documentsByNumber);
      handlers.put(ApiOperation.DOCUMENT, api::document);
      handlers.put(ApiOperation.RELATED, research::related);
      handlers.put(ApiOperation.LINKS, links::links);
      handlers.put(ApiOperation.DIFFUSION, links::diffusion);
      handlers.put(ApiOperation.FIRST_USES, links::firstUses);
      handlers.put(ApiOperation.GRAPH, links::graph);
      handlers.put(ApiOperation.REGISTRY, links::registry);
      handlers.put(ApiOperation.CONCORDANCE, research::concordance);
      handlers.put(ApiOperation.TREND, research::trend);
      handlers.put(ApiOperation.DISPERSION, research::dispersion);
      handlers.put(ApiOperation.COLLOCATES, research::collocates);
      handlers.put(ApiOperation.SUGGEST, research::suggest);
      handlers.put(ApiOperation.FREQUENCIES, statistics::frequencies);
      handlers.put(ApiOperation.KEYWORDS, statistics::keywords);
      handlers.put(ApiOperation.OPENAPI, ctx -> ctx.contentType("application/json; charset=utf-8").result(OpenApiSpec.bytes()));
      handlers.put(ApiOperation.HEALTH, api::health);
      handlers.put(ApiOperation.RELOAD, admin::reload);
      handlers.put(ApiOperation.REBUILD, admin::rebuild);
      // browsers ask for /favicon.ico whatever the page says: answer with the page's SVG icon
      config.routes.get("/favicon.ico", ctx -> ctx.redirect("/favicon.svg", io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
      config.routes.get("/api/docs", ApiDocs::page);
      config.routes.before("/api/admin/*", admin::authorize);
      for (ApiOperation op : ApiOperation.values()) {
        Handler handler = handlers.get(op);
        if (handler == null) {
          throw new IllegalStateException(op + " has no handler");
        }
        Handler checked = ctx -> {
          Params.check(ctx, op);
          handler.handle(ctx);
        };
        switch (op.method()) {
          case GET -> config.routes.get(op.path(), checked);
          case POST -> config.routes.post(op.path(), checked);
        }
      }
      mapErrors(config);
      // An Error (not an Exception) escapes the exception mappers; answer it in the one shape too.
      config.router.javaLangErrorHandler(ApiServer::fatal);
    });
    app.start(options.host(), options.port());
    return new ApiServer(app, users, lastUser, options.host());
  }

  private static void mapErrors(JavalinConfig config) {
    config.routes.exception(QuerySyntaxException.class, (e, ctx) -> error(ctx, 400, "invalid_query", e.getMessage()));
    config.routes.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
    config.routes.exception(ValidationException.class, (e, ctx) -> error(ctx, 400, "bad_request", describe(e)));
    config.routes.exception(DocumentNotFoundException.class, (e, ctx) -> error(ctx, 404, "not_found", e.getMessage()));
    config.routes.exception(SearchTimeoutException.class, (e, ctx) -> error(ctx, 503, "timeout", e.getMessage()));
    config.routes.exception(BackendUnavailableException.class,
        (e, ctx) -> error(ctx, 503, "backend_unavailable", e.getMessage()));
    config.routes.exception(AdminHandlers.RebuildInProgressException.class,
        (e, ctx) -> error(ctx, 409, "conflict", e.getMessage()));
    config.routes.exception(IndexBusyException.class, (e, ctx) -> error(ctx, 409, "conflict", e.getMessage()));
    config.routes.exception(HttpResponseException.class, (e, ctx) ->
        error(ctx, e.getStatus(), errorCode(e.getStatus()), e.getStatus() == 404
            ? "no such endpoint: " + ctx.method() + " " + ctx.path() : e.getMessage()));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} failed", ctx.path(), e);
      error(ctx, 500, "internal_error", "the server failed to answer; the error is logged");
    });
    config.routes.error(404, "*", ctx -> fallback(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path()));
    config.routes.error(405, "*", ctx -> fallback(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
  }

  private static void fatal(HttpServletResponse res, Error e) {
    LOG.error("fatal error while answering a request", e);
    if (!res.isCommitted()) {
      res.resetBuffer();
      res.setStatus(500);
      res.setContentType("application/json; charset=utf-8");
      try {
        res.getOutputStream().write(
            JsonErrorHandler.body(500, "the server failed to answer; the error is logged"));
      } catch (IOException | RuntimeException writeFailed) {
        LOG.debug("could not write the error body", writeFailed);
      }
    }
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  }

  private static String errorCode(int status) {
    return switch (status) {
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      default -> status >= 500 ? "internal_error" : "bad_request";
    };
  }

  private static void fallback(Context ctx, int status, String error, String message) {
    if (ctx.attribute(ERROR_WRITTEN) == null) {
      error(ctx, status, error, message);
    }
  }

  static void error(Context ctx, int status, String error, String message) {
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
