package org.policykb.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;
import org.policykb.research.Validity;
import org.policykb.search.LinksRequest;
import org.policykb.search.LinksResult;
import org.policykb.search.SearchBackend;

/** The policy graph's endpoints: a document's links with its versions and status, and the 文号 registry. */
final class LinkHandlers {
  private final SearchBackend backend;

  LinkHandlers(SearchBackend backend) {
    this.backend = backend;
  }

  /** {@code GET /api/documents/{id}/links?direction=out|in&kind=…&offset&limit&as_of}. */
  void links(Context ctx) {
    Params.allowOnly(ctx, "direction", "kind", "offset", "limit", "as_of");
    String id = Params.id(ctx.pathParam("id"));
    LinksRequest request = new LinksRequest(id, LinksRequest.Direction.parse(ctx.queryParam("direction")),
        LinksRequest.parseKinds(ctx.queryParam("kind")), Params.integer(ctx, "offset", 0, 0, 1_000_000),
        Params.integer(ctx, "limit", 50, 0, LinksRequest.MAX_LIMIT));
    LinksResult page = backend.links(request);
    Validity validity = Validity.of(backend, id, Filters.lastDay("as_of", ctx.queryParam("as_of")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("links", page);
    body.put("validity", validity);
    ctx.json(body);
  }

  /** {@code GET /api/registry?agency_code=国办发&year=2020}. */
  void registry(Context ctx) {
    Params.allowOnly(ctx, "agency_code", "year");
    String year = ctx.queryParam("year");
    Integer y = null;
    if (year != null && !year.isBlank()) {
      if (!year.strip().matches("(19|20)\\d\\d")) {
        throw new InvalidRequestException("year must be a year such as 2020, was '" + year + "'");
      }
      y = Integer.valueOf(year.strip());
    }
    ctx.json(backend.registry(ctx.queryParam("agency_code"), y));
  }
}
