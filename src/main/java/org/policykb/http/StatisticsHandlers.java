package org.policykb.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.policykb.export.ExportFileName;
import org.policykb.export.StatisticsExport;
import org.policykb.query.Filters;
import org.policykb.query.Subcorpus;
import org.policykb.research.Frequencies;
import org.policykb.research.Keywords;
import org.policykb.search.FrequencyRequest;
import org.policykb.search.FrequencyResult;
import org.policykb.search.Grams;
import org.policykb.search.KeywordsRequest;
import org.policykb.search.KeywordsResult;
import org.policykb.search.SearchBackend;

/** The corpus statistics: a subcorpus's frequency list and its keywords against a reference, as JSON or CSV. */
final class StatisticsHandlers {
  private final SearchBackend backend;

  StatisticsHandlers(SearchBackend backend) {
    this.backend = backend;
  }

  /** {@code GET /api/frequencies}. */
  void frequencies(Context ctx) throws IOException {
    boolean csv = csv(ctx);
    String givenLimit = Params.text(ctx, ApiParameters.FREQUENCY_LIMIT);
    int limit = !csv ? ApiParameters.FREQUENCY_LIMIT.integerValue(givenLimit)
        : givenLimit == null ? Integer.MAX_VALUE : ApiParameters.FREQUENCY_LIMIT.integerValue(givenLimit, Integer.MAX_VALUE);
    boolean arf = Params.bool(ctx, ApiParameters.ARF);
    FrequencyResult r = Frequencies.of(backend, new FrequencyRequest(focus(ctx), grams(ctx), arf,
        FrequencyRequest.Sort.parse(Params.text(ctx, ApiParameters.FREQUENCY_SORT)), Params.integer(ctx, ApiParameters.FREQUENCY_MIN),
        Params.bool(ctx, ApiParameters.FREQUENCY_STOP), Params.integer(ctx, ApiParameters.FREQUENCY_OFFSET), limit));
    if (!csv) {
      ctx.json(r);
      return;
    }
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", ExportFileName.statistics(false, r.generation()).contentDisposition());
    StatisticsExport.frequencies(ctx.outputStream(), r, arf || "arf".equals(r.sort()));
  }

  /** {@code GET /api/keywords}. */
  void keywords(Context ctx) throws IOException {
    boolean referenceGiven = ctx.queryParamMap().keySet().stream().anyMatch(n -> n.startsWith(ApiParameters.REFERENCE));
    KeywordsRequest.Against against = KeywordsRequest.Against.parse(Params.text(ctx, ApiParameters.AGAINST), referenceGiven);
    Subcorpus reference = against != KeywordsRequest.Against.SUBCORPUS ? null
        : new Subcorpus(Params.text(ctx, ApiParameters.REFERENCE_Q),
            Filters.parse(name -> ctx.queryParams(ApiParameters.REFERENCE + name)));
    KeywordsResult r = Keywords.of(backend, new KeywordsRequest(focus(ctx), against, reference, grams(ctx),
        Params.integer(ctx, ApiParameters.KEYWORDS_MIN), Params.text(ctx, ApiParameters.KEYWORDS_P) == null
            ? ApiParameters.KEYWORDS_P.defaultValue() : Params.text(ctx, ApiParameters.KEYWORDS_P).strip(),
        Params.bool(ctx, ApiParameters.KEYWORDS_STOP), KeywordsRequest.Sort.parse(Params.text(ctx, ApiParameters.KEYWORDS_SORT)),
        Params.integer(ctx, ApiParameters.KEYWORDS_SIZE)));
    if (!csv(ctx)) {
      ctx.json(r);
      return;
    }
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", ExportFileName.statistics(true, r.generation()).contentDisposition());
    StatisticsExport.keywords(ctx.outputStream(), r);
  }

  /** The focus: the documents {@code q} matches (all, without it) under the filters. */
  private static Subcorpus focus(Context ctx) {
    return new Subcorpus(Params.text(ctx, ApiParameters.SUBCORPUS_Q), Params.filters(ctx));
  }

  /** What is counted: {@code unit} and {@code n}. */
  private static Grams grams(Context ctx) {
    return new Grams(Grams.Unit.parse(Params.text(ctx, ApiParameters.GRAMS_UNIT)), Params.integer(ctx, ApiParameters.N));
  }

  private static boolean csv(Context ctx) {
    String format = Params.text(ctx, ApiParameters.STATISTICS_FORMAT);
    return format != null && format.strip().equalsIgnoreCase("csv");
  }
}
