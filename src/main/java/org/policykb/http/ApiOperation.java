package org.policykb.http;

import static org.policykb.http.ApiParameters.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policykb.query.FilterParameters;
import org.policykb.query.Parameter;

/**
 * Every route of the API with the parameters it takes, in the order the OpenAPI document lists them. The router
 * registers the routes from here and refuses any other parameter ({@link Params#check}); {@link OpenApiSpec} writes
 * the parameters into the document, whose paths give each operation's answers.
 */
enum ApiOperation {
  SEARCH(Method.GET, "/api/search", withFilters(Q, PAGE, SEARCH_SIZE, SEARCH_SORT, FACETS, FACET_SIZE)),
  SNIPPETS(Method.GET, "/api/snippets", List.of(SNIPPET_ID, Q, SNIPPET_WINDOW, SNIPPET_LIMIT)),
  DOCUMENTS_BY_NUMBER(Method.GET, "/api/documents", List.of(DOC_NUMBER)),
  DOCUMENT(Method.GET, "/api/documents/{id}", List.of(DOCUMENT_ID)),
  RELATED(Method.GET, "/api/documents/{id}/related", List.of(DOCUMENT_ID, RELATED_SIZE)),
  LINKS(Method.GET, "/api/documents/{id}/links", List.of(DOCUMENT_ID, DIRECTION, LINK_KINDS, LINKS_OFFSET, LINKS_LIMIT, AS_OF)),
  DIFFUSION(Method.GET, "/api/documents/{id}/diffusion", List.of(DOCUMENT_ID, ADOPTION_KINDS, ADOPTERS_OFFSET, ADOPTERS_LIMIT)),
  REGISTRY(Method.GET, "/api/registry", List.of(AGENCY_CODE, REGISTRY_YEAR)),
  FIRST_USES(Method.GET, "/api/diffusion", withFilters(Q)),
  GRAPH(Method.GET, "/api/graph", withFilters(GRAPH_FORMAT, GRAPH_KINDS, WITHIN)),
  CONCORDANCE(Method.GET, "/api/concordance", withFilters(Q, CONCORDANCE_WINDOW, CONCORDANCE_SORT, CONCORDANCE_OFFSET,
      CONCORDANCE_LIMIT, CONCORDANCE_FORMAT, COLLOCATE, COLLOCATE_SPAN, COLLOCATE_SIDE, COLLOCATE_UNIT)),
  TREND(Method.GET, "/api/trend", withFilters(Q, BY, CONTEXT)),
  DISPERSION(Method.GET, "/api/dispersion", withFilters(Q, DISPERSION_SORT, DISPERSION_OFFSET, DISPERSION_LIMIT)),
  COLLOCATES(Method.GET, "/api/collocates", withFilters(Q, SPAN, MIN, COLLOCATES_SIZE, SIDE, STAT, STOP, UNIT)),
  FREQUENCIES(Method.GET, "/api/frequencies", withFilters(SUBCORPUS_Q, GRAMS_UNIT, N, ARF, FREQUENCY_SORT, FREQUENCY_MIN,
      FREQUENCY_STOP, FREQUENCY_OFFSET, FREQUENCY_LIMIT, STATISTICS_FORMAT)),
  KEYWORDS(Method.GET, "/api/keywords", keywords()),
  SUGGEST(Method.GET, "/api/suggest", List.of(PREFIX, SUGGEST_SIZE, FilterParameters.COUNT)),
  OPENAPI(Method.GET, "/api/openapi.json", List.of()),
  HEALTH(Method.GET, "/api/health", List.of()),
  RELOAD(Method.POST, "/api/admin/reload", List.of()),
  REBUILD(Method.POST, "/api/admin/rebuild", List.of());

  enum Method {
    GET,
    POST
  }

  private final Method method;
  private final String path;
  private final List<Parameter> parameters;

  ApiOperation(Method method, String path, List<Parameter> parameters) {
    this.method = method;
    this.path = path;
    this.parameters = parameters;
  }

  Method method() {
    return method;
  }

  String path() {
    return path;
  }

  /** Its parameters, path parameters included. */
  List<Parameter> parameters() {
    return parameters;
  }

  /** The parameter of the query string named {@code name}, or null when the operation takes none of that name. */
  Parameter query(String name) {
    for (Parameter p : parameters) {
      if (p.in() == Parameter.In.QUERY && p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** The focus (q and the filters), the comparison, the reference (ref_q and the ref_ filters) and the list's options. */
  private static List<Parameter> keywords() {
    List<Parameter> all = new ArrayList<>(withFilters(SUBCORPUS_Q));
    all.add(AGAINST);
    all.add(REFERENCE_Q);
    all.addAll(REFERENCE_FILTERS);
    all.addAll(List.of(GRAMS_UNIT, N, KEYWORDS_MIN, KEYWORDS_P, KEYWORDS_STOP, KEYWORDS_SORT, KEYWORDS_SIZE, STATISTICS_FORMAT));
    return List.copyOf(all);
  }

  private static List<Parameter> withFilters(Parameter... own) {
    List<Parameter> all = new ArrayList<>(Arrays.asList(own));
    all.addAll(FilterParameters.ALL);
    return List.copyOf(all);
  }
}
