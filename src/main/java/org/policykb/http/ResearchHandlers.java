package org.policykb.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.policykb.export.ConcordanceExport;
import org.policykb.export.ExportFileName;
import org.policykb.query.Count;
import org.policykb.search.CollocateFilter;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.SearchBackend;
import org.policykb.search.TrendRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The research endpoints: concordance (JSON or a streamed CSV/TSV export), trend, collocates, related, suggest. */
final class ResearchHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ResearchHandlers.class);

  private final SearchBackend backend;

  ResearchHandlers(SearchBackend backend) {
    this.backend = backend;
  }

  void concordance(Context ctx) throws IOException {
    Params.allowOnly(ctx, Params.withFilters("q", "window", "sort", "offset", "limit", "format", "collocate", "span", "side", "unit"));
    ConcordanceExport.Format format = ConcordanceExport.Format.parse(ctx.queryParam("format"));
    int window = Params.integer(ctx, "window", ConcordanceRequest.DEFAULT_WINDOW, 0, ConcordanceRequest.MAX_WINDOW);
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    long limit = format == null
        ? Params.integer(ctx, "limit", ConcordanceRequest.DEFAULT_LIMIT, 0, ConcordanceRequest.MAX_PAGE_LIMIT)
        : Params.integer(ctx, "limit", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    if (format != null && ctx.queryParam("limit") == null) {
      limit = ConcordanceRequest.all();
    }
    ConcordanceRequest request = new ConcordanceRequest(ctx.queryParam("q"), Params.filters(ctx), window,
        ConcordanceRequest.Order.parse(ctx.queryParam("sort")), offset, limit, collocateFilter(ctx));
    if (format == null) {
      ctx.json(backend.concordance(request));
      return;
    }
    // The file is opened at its first line, so that a refusal found before it (a bad query, too
    // many lines to sort) is still answered as a JSON error.
    ConcordanceExport[] export = {null};
    try {
      backend.concordance(request, line -> {
        if (export[0] == null) {
          export[0] = open(ctx, format);
        }
        export[0].write(line);
      });
      if (export[0] == null) {
        export[0] = open(ctx, format);
      }
      export[0].close();
    } catch (RuntimeException | Error e) {
      if (export[0] == null) {
        throw e; // nothing sent yet: the one JSON error shape
      }
      abortBegun(ctx, "concordance export of '" + request.q() + "'", e);
    }
  }

  /**
   * Ends a download that failed after its file began as a 200: ending it cleanly would pass a truncated export off
   * as whole, so the connection is cut instead and the client sees a failed download.
   */
  static void abortBegun(Context ctx, String what, Throwable e) {
    LOG.warn("{} failed after it began; the connection is aborted: {}", what, e.toString());
    ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().abort(e);
  }

  /**
   * The concordance's collocate filter, or null without {@code collocate}; span, side and unit mean
   * what they mean for the collocates and are checked even when no collocate is given.
   */
  private static CollocateFilter collocateFilter(Context ctx) {
    int span = Params.integer(ctx, "span", CollocatesRequest.DEFAULT_SPAN, 1, CollocatesRequest.MAX_SPAN);
    CollocatesRequest.Side side = CollocatesRequest.Side.parse(ctx.queryParam("side"));
    CollocatesRequest.Unit unit = CollocatesRequest.Unit.parse(ctx.queryParam("unit"));
    String collocate = ctx.queryParam("collocate");
    return collocate == null ? null : new CollocateFilter(collocate, span, side, unit);
  }

  void trend(Context ctx) {
    Params.allowOnly(ctx, Params.withFilters("q", "by"));
    ctx.json(backend.trend(new TrendRequest(ctx.queryParam("q"), Params.filters(ctx), TrendRequest.By.parse(ctx.queryParam("by")))));
  }

  void collocates(Context ctx) {
    Params.allowOnly(ctx, Params.withFilters("q", "span", "min", "size", "side", "stat", "stop", "unit"));
    ctx.json(backend.collocates(new CollocatesRequest(
        ctx.queryParam("q"),
        Params.filters(ctx),
        Params.integer(ctx, "span", CollocatesRequest.DEFAULT_SPAN, 1, CollocatesRequest.MAX_SPAN),
        Params.integer(ctx, "min", CollocatesRequest.DEFAULT_MIN, 1, Integer.MAX_VALUE),
        Params.integer(ctx, "size", CollocatesRequest.DEFAULT_SIZE, 1, CollocatesRequest.MAX_SIZE),
        CollocatesRequest.Side.parse(ctx.queryParam("side")),
        CollocatesRequest.Statistic.parse(ctx.queryParam("stat")),
        Params.bool(ctx, "stop", true),
        CollocatesRequest.Unit.parse(ctx.queryParam("unit")))));
  }

  void related(Context ctx) {
    Params.allowOnly(ctx, "size");
    ctx.json(backend.related(Params.id(ctx.pathParam("id")), Params.integer(ctx, "size", 5, 1, 100)));
  }

  void suggest(Context ctx) {
    Params.allowOnly(ctx, "prefix", "size", "count");
    ctx.json(backend.suggest(ctx.queryParam("prefix"), Params.integer(ctx, "size", 10, 1, 100), Count.parse(ctx.queryParam("count"))));
  }

  /**
   * Begins the file, named after the query and the served generation ({@code 语境索引-双高协同-gen-000001.csv}):
   * the one the lines come from, unless the index switched in the moment since they were asked.
   */
  private ConcordanceExport open(Context ctx, ConcordanceExport.Format format) {
    ctx.contentType(format.mediaType + "; charset=utf-8");
    ctx.header("Content-Disposition",
        ExportFileName.concordance(ctx.queryParam("q"), backend.servedGeneration(), format).contentDisposition());
    try {
      return new ConcordanceExport(ctx.outputStream(), format);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
