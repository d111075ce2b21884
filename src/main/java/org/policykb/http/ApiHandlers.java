package org.policykb.http;

import io.javalin.http.Context;
import java.util.List;
import org.policykb.model.PolicyDocument;
import org.policykb.query.Facet;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchRequest;

/** The API's handlers: read typed parameters, ask the backend, answer JSON. */
final class ApiHandlers {

  private final SearchBackend backend;

  ApiHandlers(SearchBackend backend) {
    this.backend = backend;
  }

  void search(Context ctx) {
    SearchRequest request =
        new SearchRequest(
            Params.text(ctx, ApiParameters.Q),
            Params.integer(ctx, ApiParameters.PAGE),
            Params.integer(ctx, ApiParameters.SEARCH_SIZE),
            SearchRequest.Sort.parse(Params.text(ctx, ApiParameters.SEARCH_SORT)),
            Params.filters(ctx),
            Facet.parseList(Params.text(ctx, ApiParameters.FACETS)),
            Params.integer(ctx, ApiParameters.FACET_SIZE));
    ctx.json(SearchView.of(backend.search(request)));
  }

  void snippets(Context ctx) {
    String id = Params.text(ctx, ApiParameters.SNIPPET_ID);
    if (id == null) {
      throw new org.policykb.query.InvalidRequestException("id is required");
    }
    ctx.json(
        backend.snippets(
            Params.id(id),
            Params.text(ctx, ApiParameters.Q),
            Params.integer(ctx, ApiParameters.SNIPPET_WINDOW),
            Params.integer(ctx, ApiParameters.SNIPPET_LIMIT)));
  }

  /** {@code GET /api/documents?doc_number=…}: the documents a 发文字号 names, written in any bracket form. */
  void documentsByNumber(Context ctx) {
    String given = Params.text(ctx, ApiParameters.DOC_NUMBER);
    if (given == null) {
      throw new org.policykb.query.InvalidRequestException("doc_number is required, e.g. /api/documents?doc_number=国发〔2020〕7号");
    }
    List<PolicyDocument> found = backend.documentsByNumber(given);
    ctx.json(new NumberLookup(given, org.policykb.model.DocNumber.parse(given.strip()).normalized(), found.size(),
        found.stream().map(d -> DocumentView.of(d, backend.work(d.id()))).toList()));
  }

  /** The answer of a lookup by 发文字号. */
  record NumberLookup(String docNumber, String docNumberNormalized, int total, List<DocumentView> documents) {}

  void document(Context ctx) {
    String id = Params.id(ctx.pathParam("id"));
    ctx.json(DocumentView.of(backend.document(id), backend.work(id)));
  }

  void health(Context ctx) {
    ctx.json(backend.health());
  }

  /** A paragraph as the API shows it, with its text: its keys always in this order (a {@code Map.of} had none). */
  record ParagraphView(String type, int start, int end, String text) {}

  /** A document as the API shows it: metadata, text, and paragraphs with their own text. */
  record DocumentView(
      String id,
      String title,
      boolean titleDerived,
      java.time.LocalDate date,
      Integer year,
      String dateFrom,
      String source,
      String author,
      List<String> authors,
      String url,
      List<String> categories,
      List<String> tags,
      String file,
      String format,
      List<String> parks,
      List<String> cites,
      @com.fasterxml.jackson.annotation.JsonUnwrapped org.policykb.model.OfficialElements official,
      String text,
      List<ParagraphView> paragraphs,
      List<org.policykb.model.Page> pages,
      String workId,
      List<org.policykb.search.WorkMember> members,
      String region,
      String level) {

    /** The document with its work. */
    static DocumentView of(PolicyDocument d, org.policykb.search.Work work) {
      List<ParagraphView> paragraphs = d.paragraphs().stream()
          .map(p -> new ParagraphView(p.type(), p.start(), p.end(), d.paragraphText(p)))
          .toList();
      org.policykb.ingest.Regions.Place place = org.policykb.ingest.Regions.of(d.official().issuers());
      return new DocumentView(
          d.id(), d.title(), d.titleDerived(), d.date(), d.year(), d.dateFrom(), d.source(),
          d.authorLine(), d.authors(), d.url(),
          d.categories(), d.tags(), d.file(), d.format(), d.parks(), d.cites(), d.official(), d.text(), paragraphs, d.pages(),
          work.id(), work.members(), place.province(), place.level());
    }
  }
}
