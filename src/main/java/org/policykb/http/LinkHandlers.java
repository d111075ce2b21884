package org.policykb.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policykb.export.ExportFileName;
import org.policykb.export.GraphExport;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;
import org.policykb.research.Diffusion;
import org.policykb.research.FirstUses;
import org.policykb.research.Validity;
import org.policykb.search.EdgesRequest;
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
    String id = Params.id(ctx.pathParam("id"));
    LinksRequest request = new LinksRequest(id, LinksRequest.Direction.parse(Params.text(ctx, ApiParameters.DIRECTION)),
        LinksRequest.parseKinds(Params.text(ctx, ApiParameters.LINK_KINDS)), Params.integer(ctx, ApiParameters.LINKS_OFFSET),
        Params.integer(ctx, ApiParameters.LINKS_LIMIT));
    LinksResult page = backend.links(request);
    Validity validity = Validity.of(backend, id, Filters.lastDay(ApiParameters.AS_OF.name(), Params.text(ctx, ApiParameters.AS_OF)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("links", page);
    body.put("validity", validity);
    ctx.json(body);
  }

  /** {@code GET /api/documents/{id}/diffusion?kind=implements&offset&limit}: who followed it, where and when. */
  void diffusion(Context ctx) {
    ctx.json(Diffusion.of(backend, Params.id(ctx.pathParam("id")), LinksRequest.parseKinds(Params.text(ctx, ApiParameters.ADOPTION_KINDS)),
        Params.integer(ctx, ApiParameters.ADOPTERS_OFFSET), Params.integer(ctx, ApiParameters.ADOPTERS_LIMIT)));
  }

  /** {@code GET /api/diffusion?q=…&filters}: the first document using a phrase in each province. */
  void firstUses(Context ctx) {
    String q = Params.text(ctx, ApiParameters.Q);
    if (q == null || q.isBlank()) {
      throw new InvalidRequestException("q must not be empty");
    }
    ctx.json(FirstUses.of(backend, q, Params.filters(ctx)));
  }

  /**
   * {@code GET /api/graph?format=csv|graphml&kind=…&within=…&filters}: the links of a subcorpus as a graph file, named
   * after the served generation. The file begins at the first link, so that a failure before it is still a JSON error.
   */
  void graph(Context ctx) {
    GraphExport.Format format = GraphExport.Format.parse(Params.text(ctx, ApiParameters.GRAPH_FORMAT));
    EdgesRequest request = new EdgesRequest(Params.filters(ctx), LinksRequest.parseKinds(Params.text(ctx, ApiParameters.GRAPH_KINDS)),
        Params.bool(ctx, ApiParameters.WITHIN));
    GraphExport[] export = {null};
    try {
      backend.edges(request, link -> {
        if (export[0] == null) {
          export[0] = open(ctx, format);
        }
        export[0].write(link);
      });
      if (export[0] == null) {
        export[0] = open(ctx, format);
      }
      export[0].close();
    } catch (IOException e) {
      ResearchHandlers.abortBegun(ctx, "graph export", e);
    } catch (RuntimeException | Error e) {
      if (export[0] == null) {
        throw e; // nothing sent yet: the one JSON error shape
      }
      ResearchHandlers.abortBegun(ctx, "graph export", e);
    }
  }

  private GraphExport open(Context ctx, GraphExport.Format format) {
    ctx.contentType(format.mediaType + "; charset=utf-8");
    ctx.header("Content-Disposition", ExportFileName.graph(backend.servedGeneration(), format).contentDisposition());
    try {
      return new GraphExport(ctx.outputStream(), format);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code GET /api/registry?agency_code=国办发&year=2020}. */
  void registry(Context ctx) {
    ctx.json(backend.registry(Params.text(ctx, ApiParameters.AGENCY_CODE), Params.integer(ctx, ApiParameters.REGISTRY_YEAR)));
  }
}
