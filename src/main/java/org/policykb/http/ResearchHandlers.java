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

/**
 * The research endpoints: concordance (JSON or a streamed CSV/TSV export), trend, dispersion, collocates, related,
 * suggest.
 */
final class ResearchHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ResearchHandlers.class);

  private final SearchBackend backend;

  ResearchHandlers(SearchBackend backend) {
    this.backend = backend;
  }

  void concordance(Context ctx) throws IOException {
    ConcordanceExport.Format format = ConcordanceExport.Format.parse(Params.text(ctx, ApiParameters.CONCORDANCE_FORMAT));
    int window = Params.integer(ctx, ApiParameters.CONCORDANCE_WINDOW);
    int offset = Params.integer(ctx, ApiParameters.CONCORDANCE_OFFSET);
    String givenLimit = Params.text(ctx, ApiParameters.CONCORDANCE_LIMIT);
    long limit = format == null
        ? ApiParameters.CONCORDANCE_LIMIT.integerValue(givenLimit)
        : givenLimit == null ? ConcordanceRequest.all() : ApiParameters.CONCORDANCE_LIMIT.integerValue(givenLimit, Integer.MAX_VALUE);
    ConcordanceRequest request = new ConcordanceRequest(Params.text(ctx, ApiParameters.Q), Params.filters(ctx), window,
        ConcordanceRequest.Order.parse(Params.text(ctx, ApiParameters.CONCORDANCE_SORT)), offset, limit, collocateFilter(ctx));
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
    int span = Params.integer(ctx, ApiParameters.COLLOCATE_SPAN);
    CollocatesRequest.Side side = CollocatesRequest.Side.parse(Params.text(ctx, ApiParameters.COLLOCATE_SIDE));
    CollocatesRequest.Unit unit = CollocatesRequest.Unit.parse(Params.text(ctx, ApiParameters.COLLOCATE_UNIT));
    String collocate = Params.text(ctx, ApiParameters.COLLOCATE);
    return collocate == null ? null : new CollocateFilter(collocate, span, side, unit);
  }

  void trend(Context ctx) {
    ctx.json(backend.trend(TrendRequest.of(Params.text(ctx, ApiParameters.Q), Params.filters(ctx),
        Params.text(ctx, ApiParameters.BY), Params.text(ctx, ApiParameters.CONTEXT))));
  }

  void dispersion(Context ctx) {
    ctx.json(backend.dispersion(new org.policykb.search.DispersionRequest(Params.text(ctx, ApiParameters.Q),
        Params.filters(ctx), org.policykb.search.DispersionRequest.Sort.parse(Params.text(ctx, ApiParameters.DISPERSION_SORT)),
        Params.integer(ctx, ApiParameters.DISPERSION_OFFSET), Params.integer(ctx, ApiParameters.DISPERSION_LIMIT))));
  }

  void collocates(Context ctx) {
    ctx.json(backend.collocates(new CollocatesRequest(
        Params.text(ctx, ApiParameters.Q),
        Params.filters(ctx),
        Params.integer(ctx, ApiParameters.SPAN),
        Params.integer(ctx, ApiParameters.MIN),
        Params.integer(ctx, ApiParameters.COLLOCATES_SIZE),
        CollocatesRequest.Side.parse(Params.text(ctx, ApiParameters.SIDE)),
        CollocatesRequest.Statistic.parse(Params.text(ctx, ApiParameters.STAT)),
        Params.bool(ctx, ApiParameters.STOP),
        CollocatesRequest.Unit.parse(Params.text(ctx, ApiParameters.UNIT)))));
  }

  void related(Context ctx) {
    ctx.json(backend.related(Params.id(ctx.pathParam("id")), Params.integer(ctx, ApiParameters.RELATED_SIZE)));
  }

  void suggest(Context ctx) {
    ctx.json(backend.suggest(Params.text(ctx, ApiParameters.PREFIX), Params.integer(ctx, ApiParameters.SUGGEST_SIZE),
        Count.parse(Params.text(ctx, org.policykb.query.FilterParameters.COUNT))));
  }

  /**
   * Begins the file, named after the query and the served generation ({@code 语境索引-双高协同-gen-000001.csv}):
   * the one the lines come from, unless the index switched in the moment since they were asked.
   */
  private ConcordanceExport open(Context ctx, ConcordanceExport.Format format) {
    ctx.contentType(format.mediaType + "; charset=utf-8");
    ctx.header("Content-Disposition",
        ExportFileName.concordance(Params.text(ctx, ApiParameters.Q), backend.servedGeneration(), format).contentDisposition());
    try {
      return new ConcordanceExport(ctx.outputStream(), format);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
