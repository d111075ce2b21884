package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.model.PolicyDocument;
import org.policykb.query.DocumentOrder;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryParser;
import org.policykb.research.Concordance;
import org.policykb.research.RelatedTerms;
import org.policykb.research.Suggester;
import org.policykb.search.BackendUnavailableException;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.CollocatesResult;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.ConcordanceResult;
import org.policykb.search.DocumentAnswers;
import org.policykb.search.FacetValue;
import org.policykb.search.Health;
import org.policykb.search.RelatedResult;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.search.SearchTimeoutException;
import org.policykb.search.SnippetResult;
import org.policykb.search.SuggestResult;
import org.policykb.search.TrendRequest;
import org.policykb.search.TrendResult;
import org.policykb.search.Work;

/**
 * {@link SearchBackend} over an OpenSearch cluster: the generation its alias names
 * ({@link ClusterGenerations}), asked with the same query semantics as the embedded index
 * ({@link ClusterQueries}) and with global term statistics ({@code dfs_query_then_fetch}) so that
 * scores and order do not depend on how documents are spread over shards. Counts and snippets are
 * cut from each hit's text by the same code as the embedded backend's ({@link DocumentAnswers}).
 * A cluster that cannot answer gives {@link BackendUnavailableException} (a 503), never a hang:
 * every call has a time limit.
 */
public final class OpenSearchBackend implements SearchBackend {
  private static final ObjectMapper JSON = Json.mapper();

  private final ClusterClient client;
  private final ClusterGenerations generations;
  private final ClusterQueries queries = new ClusterQueries();
  private final ClusterReader reader;
  private final ClusterResearch research;
  private final ClusterOccurrences occurrences;
  private final ClusterWorks works;
  private final long timeoutMillis;
  private volatile String generation;

  public OpenSearchBackend(ClusterClient client, String alias, long timeoutMillis) {
    this.client = client;
    this.generations = new ClusterGenerations(client, alias);
    this.timeoutMillis = timeoutMillis;
    this.reader = new ClusterReader(client, queries, timeoutMillis);
    this.works = new ClusterWorks(client);
    this.research = new ClusterResearch(client, reader, queries, SearchBackend.researchTimeoutMillis(timeoutMillis));
    this.occurrences = new ClusterOccurrences(client);
    this.generation = available(() -> generations.current()).orElseThrow(() -> new IllegalStateException(
        "OpenSearch at " + client.options().url() + " has no index '" + alias + "' yet: build one with "
            + "index --backend opensearch --opensearch-url " + client.options().url()));
  }

  private String index() {
    return generations.index(generation);
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long started = System.nanoTime();
    long deadline = started + timeoutMillis * 1_000_000;
    ParsedQuery parsed = QueryParser.parse(request.q());
    return onCurrent(index -> {
      // the filters apply after scoring (see ClusterQueries.search); a NEAR query is confirmed on the
      // filtered candidates' texts, and its ids query keeps every shard
      JsonNode restriction = ClusterQueries.filters(request.filters());
      // NEAR's candidates are confirmed under the filters, or under none when a facet is counted
      // without its own filter (the hits are filtered after scoring either way)
      boolean facetsWiden = request.facets().stream().anyMatch(f -> !request.filters().forFacet(f).equals(request.filters()));
      JsonNode matching = parsed.near().isEmpty() ? queries.matching(parsed, Filters.NONE)
          : reader.matching(index, parsed, facetsWiden ? Filters.NONE : request.filters(), deadline);
      ObjectNode body = queries.search(request, parsed, matching, restriction,
          Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      JsonNode answer = client.post("/" + index + "/_search?search_type=dfs_query_then_fetch", body);
      if (answer.path("timed_out").asBoolean(false) || System.nanoTime() > deadline) {
        throw new SearchTimeoutException(timeoutMillis);
      }
      ClusterReader.checkShards(answer);
      List<SearchHit> hits = new ArrayList<>();
      for (JsonNode h : answer.path("hits").path("hits")) {
        hits.add(DocumentAnswers.hit(ClusterDocuments.fromSource(h.path("_source")), (float) h.path("_score").asDouble(),
            parsed, h.path("_source").path(org.policykb.index.Fields.CITED_BY).asInt(0)));
      }
      hits = works.attach(index, hits);
      Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
      for (Facet f : request.facets()) {
        String scope = ClusterQueries.facetScope(f, request.filters());
        JsonNode aggregations = scope == null ? answer.path("aggregations") : answer.path("aggregations").path(scope);
        facets.put(f.apiName(), facet(f, aggregations, request.facetSize()));
      }
      return new SearchResult(request.q(), answer.path("hits").path("total").path("value").asLong(),
          (System.nanoTime() - started) / 1_000_000, request.page(), request.size(),
          request.sort().name().toLowerCase(java.util.Locale.ROOT), generationOf(index), hits,
          request.facets().isEmpty() ? Map.of() : facets);
    });
  }


  /** A facet listed in {@link FacetValue#order}, the documents without a value last. */
  private static List<FacetValue> facet(Facet f, JsonNode aggregations, int size) {
    List<FacetValue> values = new ArrayList<>();
    for (JsonNode b : aggregations.path(f.apiName()).path("buckets")) {
      if (b.path("doc_count").asLong() == 0) {
        continue; // a band of citing works that holds none, as no value is listed with no document
      }
      values.add(new FacetValue(f == Facet.YEAR ? (Object) b.path("key").asInt() : b.path("key").asText(),
          b.path("doc_count").asLong()));
    }
    values.sort(FacetValue.order(f));
    List<FacetValue> listed = new ArrayList<>(values.subList(0, Math.min(size, values.size())));
    listed.add(new FacetValue(null, aggregations.path(f.apiName() + "_missing").path("doc_count").asLong()));
    return listed;
  }

  @Override
  public SnippetResult snippets(String id, String q, int window, int limit) {
    DocumentAnswers.checkSnippetRequest(window, limit);
    ParsedQuery parsed = QueryParser.parse(q);
    return onCurrent(index -> DocumentAnswers.snippets(reader.find(index, id), parsed, window, limit, generationOf(index)));
  }

  @Override
  public PolicyDocument document(String id) {
    return onCurrent(index -> reader.find(index, id));
  }

  @Override
  public Work work(String id) {
    return onCurrent(index -> works.of(index, id));
  }

  @Override
  public List<PolicyDocument> documentsByNumber(String docNumber) {
    String normalized = DocumentAnswers.numberToFind(docNumber);
    return onCurrent(index -> {
      ObjectNode body = JSON.createObjectNode();
      body.put("size", DocumentAnswers.MAX_BY_NUMBER);
      body.putObject("query").putObject("term").put(Fields.DOC_NUMBER, normalized);
      body.putArray("sort").addObject().put(Fields.ID, "asc");
      body.putArray("_source").add(ClusterSchema.DOC);
      List<PolicyDocument> out = new ArrayList<>();
      for (JsonNode hit : client.post("/" + index + "/_search", body).path("hits").path("hits")) {
        out.add(ClusterDocuments.fromSource(hit.path("_source")));
      }
      return out;
    });
  }

  @Override
  public org.policykb.search.LinksResult links(org.policykb.search.LinksRequest request) {
    DocumentAnswers.checkId(request.id());
    return onCurrent(index -> new ClusterLinks(client).page(index, works.roleOf(index, request.id()).work(),
        reader.find(index, request.id()), request, generationOf(index)));
  }

  @Override
  public long edges(org.policykb.search.EdgesRequest request, java.util.function.Consumer<org.policykb.model.Link> sink) {
    return onCurrent(index -> {
      java.util.Set<String> ids = new java.util.HashSet<>();
      java.util.Set<String> workIds = new java.util.HashSet<>();
      JsonNode filter = ClusterQueries.filters(request.filters());
      ObjectNode all = JSON.createObjectNode();
      all.putObject("match_all");
      com.fasterxml.jackson.databind.node.ArrayNode byId = JSON.createArrayNode();
      byId.addObject().put(org.policykb.index.Fields.ID, "asc");
      reader.scan(index, filter == null ? all : filter, List.of(org.policykb.index.Fields.ID, org.policykb.index.Fields.WORK_ID),
          byId, Long.MAX_VALUE, 0, hit -> hit.path("_source"), source -> {
            ids.add(source.path(org.policykb.index.Fields.ID).asText());
            workIds.add(source.path(org.policykb.index.Fields.WORK_ID).asText());
          });
      String links = ClusterLinks.linksIndex(index);
      if (!client.exists("/" + links)) {
        return 0L;
      }
      com.fasterxml.jackson.databind.node.ArrayNode bySeq = JSON.createArrayNode();
      bySeq.addObject().put(org.policykb.index.Fields.Link.SEQ, "asc");
      long[] n = {0};
      reader.scan(links, all, List.of(org.policykb.index.Fields.Link.FROM, org.policykb.index.Fields.Link.SOURCE), bySeq,
          Long.MAX_VALUE, 0, hit -> {
            JsonNode source = hit.path("_source");
            if (!ids.contains(source.path(org.policykb.index.Fields.Link.FROM).asText())) {
              return null;
            }
            try {
              return JSON.treeToValue(source.path(org.policykb.index.Fields.Link.SOURCE), org.policykb.model.Link.class);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }, l -> {
            if (l != null && l.resolved() && request.lists(l.kind()) && (!request.within() || workIds.contains(l.to()))) {
              sink.accept(l);
              n[0]++;
            }
          });
      return n[0];
    });
  }

  @Override
  public org.policykb.search.RegistryResult registry(String agencyCode, Integer year) {
    DocumentAnswers.checkAgencyCode(agencyCode);
    return onCurrent(index -> {
      ObjectNode body = JSON.createObjectNode();
      body.put("size", DocumentAnswers.MAX_REGISTRY);
      com.fasterxml.jackson.databind.node.ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
      filter.addObject().putObject("term").put(Fields.AGENCY_CODE, agencyCode.strip());
      filter.addObject().putObject("term").put(Fields.WORK_SHOWN, true);
      if (year != null) {
        filter.addObject().putObject("term").put(Fields.DOC_YEAR, year.toString());
      }
      body.putArray("_source").add(Fields.ID).add(Fields.WORK_ID).add(ClusterSchema.DOC + ".title")
          .add(ClusterSchema.DOC + ".date").add(ClusterSchema.DOC + ".official");
      List<org.policykb.search.RegistryResult.Numbered> numbered = new ArrayList<>();
      for (JsonNode hit : client.post("/" + index + "/_search", body).path("hits").path("hits")) {
        JsonNode s = hit.path("_source");
        JsonNode doc = s.path(ClusterSchema.DOC);
        JsonNode official = doc.path("official");
        if (!official.path("serial").isInt()) {
          continue;
        }
        numbered.add(new org.policykb.search.RegistryResult.Numbered(s.path(Fields.ID).asText(), s.path(Fields.WORK_ID).asText(),
            official.path("doc_number_normalized").asText(null),
            official.path("doc_year").isInt() ? official.path("doc_year").asInt() : null, official.path("serial").asInt(),
            doc.path("title").asText(null), doc.path("date").isTextual() ? java.time.LocalDate.parse(doc.path("date").asText()) : null));
      }
      return org.policykb.search.RegistryResult.of(agencyCode.strip(), year, generationOf(index), numbered);
    });
  }

  @Override
  public ConcordanceResult concordance(ConcordanceRequest request) {
    List<ConcordanceLine> lines = new ArrayList<>();
    return concordance(request, lines::add, System.nanoTime() + researchTimeoutMillis() * 1_000_000).withLines(lines);
  }

  /** Exports take as long as they take: the lines stream out as they are found. */
  @Override
  public ConcordanceResult concordance(ConcordanceRequest request, Consumer<ConcordanceLine> sink) {
    return concordance(request, sink, Long.MAX_VALUE);
  }

  private ConcordanceResult concordance(ConcordanceRequest request, Consumer<ConcordanceLine> sink, long deadline) {
    long started = System.nanoTime();
    ParsedQuery parsed = QueryParser.parse(request.q());
    return onCurrent(index -> {
      JsonNode matching = reader.matching(index, parsed, request.filters(), deadline);
      org.policykb.query.QueryTerm phrase = ClusterOccurrences.countable(parsed);
      if (phrase != null && request.collocate() == null && request.sort() == ConcordanceRequest.Order.DOC
          && request.limit() != Long.MAX_VALUE) {
        return pageFromCounts(index, phrase, parsed, matching, request, sink, deadline, started);
      }
      Concordance.Documents documents = oldestFirst(index, matching, deadline);
      if (request.sort() != ConcordanceRequest.Order.DOC) {
        documents = sortable(index, documents, parsed, request, deadline);
      }
      Concordance.Totals totals = Concordance.over(documents, parsed, request, sink);
      return ConcordanceResult.of(request, totals.occurrences(), totals.documents(), generationOf(index), started);
    });
  }

  /**
   * A page in document order whose every document's occurrences the shards count ({@link ClusterOccurrences}): only the
   * documents that hold the page's lines are read.
   */
  private ConcordanceResult pageFromCounts(String index, org.policykb.query.QueryTerm phrase, ParsedQuery parsed,
      JsonNode matching, ConcordanceRequest request, Consumer<ConcordanceLine> sink, long deadline, long started) {
    ArrayNode sort = ClusterQueries.sort(DocumentOrder.OLDEST_FIRST);
    long end = request.offset() + request.limit();
    ClusterOccurrences.Page page = occurrences.upTo(index, phrase, matching, sort, end, deadline, researchTimeoutMillis());
    Concordance.CountedPage lines = new Concordance.CountedPage(request);
    List<String> kept = new ArrayList<>();
    for (ClusterOccurrences.Counted c : page.documents()) {
      if (lines.holds(c.occurrences())) {
        kept.add(c.id());
      }
    }
    if (!kept.isEmpty()) {
      ObjectNode byId = JSON.createObjectNode();
      ArrayNode values = byId.putObject("ids").putArray("values");
      kept.forEach(values::add);
      lines.cut(oldestFirst(index, byId, deadline), parsed, sink);
    }
    return ConcordanceResult.of(request, page.occurrences(), page.matching(), generationOf(index), started);
  }

  /** The matching documents in the concordance's order ({@link DocumentOrder#OLDEST_FIRST}), page by page. */
  private Concordance.Documents oldestFirst(String index, JsonNode matching, long deadline) {
    ArrayNode sort = ClusterQueries.sort(DocumentOrder.OLDEST_FIRST);
    return new Concordance.Documents() {
      @Override
      public <T> void forEach(Function<PolicyDocument, T> work, Consumer<T> sink) {
        reader.scan(index, matching, List.of(ClusterSchema.DOC), sort, deadline, researchTimeoutMillis(),
            h -> work.apply(ClusterDocuments.fromSource(h.path("_source"))), sink);
      }
    };
  }

  /**
   * A context sort's documents: the keys from every matching text, then only the documents of the
   * lines wanted, fetched by id in the same order.
   */
  private Concordance.Sortable sortable(
      String index, Concordance.Documents documents, ParsedQuery parsed, ConcordanceRequest request, long deadline) {
    ArrayNode sort = ClusterQueries.sort(DocumentOrder.OLDEST_FIRST);
    return new Concordance.FromTexts(documents, parsed, request) {
      @Override
      public <T> void forEach(int[] indexes, BiFunction<Integer, PolicyDocument, T> work, Consumer<T> sink) {
        List<String> ids = ids(indexes);
        Map<String, Integer> byId = indexesById(indexes);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
          ObjectNode query = JSON.createObjectNode();
          ArrayNode values = query.putObject("ids").putArray("values");
          ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).forEach(values::add);
          reader.scan(index, query, List.of(ClusterSchema.DOC), sort, deadline, researchTimeoutMillis(),
              h -> {
                PolicyDocument d = ClusterDocuments.fromSource(h.path("_source"));
                return work.apply(byId.get(d.id()), d);
              }, sink);
        }
      }
    };
  }

  /** Ids asked for in one query: consecutive runs of the order, so the runs' answers stay in order. */
  private static final int IDS_PER_QUERY = 10_000;

  /** Research answers that read every matching text get this long. */
  private long researchTimeoutMillis() {
    return SearchBackend.researchTimeoutMillis(timeoutMillis);
  }

  @Override
  public TrendResult trend(TrendRequest request) {
    long deadline = System.nanoTime() + researchTimeoutMillis() * 1_000_000;
    if (request.context() != null) {
      // grouped by context: the keys of a context sort, read from the matching texts
      long started = System.nanoTime();
      ParsedQuery parsed = QueryParser.parse(request.q());
      ConcordanceRequest sort = new ConcordanceRequest(request.q(), request.filters(), 0,
          request.context().left() ? ConcordanceRequest.Order.LEFT : ConcordanceRequest.Order.RIGHT, 0, 0);
      return onCurrent(index -> {
        JsonNode matching = reader.matching(index, parsed, request.filters(), deadline);
        Concordance.Keys keys = org.policykb.research.ContextGroups.keys(() -> sortable(index,
            oldestFirst(index, matching, deadline), parsed, sort, deadline).keys(request.context().left()));
        return TrendResult.of(request, keys.keys().length, keys.withLines(), generationOf(index), started,
            org.policykb.research.ContextGroups.buckets(keys, request.context()));
      });
    }
    return onCurrent(index -> research.trend(index, generationOf(index), request, deadline));
  }

  /** Every matching text is read, oldest first, for its hits and their positions (the cluster has no forward index). */
  @Override
  public org.policykb.search.DispersionResult dispersion(org.policykb.search.DispersionRequest request) {
    long started = System.nanoTime();
    long deadline = started + researchTimeoutMillis() * 1_000_000;
    ParsedQuery parsed = QueryParser.parse(request.q());
    return onCurrent(index -> {
      JsonNode matching = reader.matching(index, parsed, request.filters(), deadline);
      List<org.policykb.search.DispersionResult.Document> all = new ArrayList<>();
      oldestFirst(index, matching, deadline).forEach(d -> {
        List<org.policykb.text.Occurrence> found = org.policykb.text.QueryOccurrences.find(d.text(), parsed);
        org.policykb.text.ContextKeys keys = org.policykb.text.ContextKeys.of(d.text());
        int[] positions = found.stream().mapToInt(keys::position).toArray();
        return new org.policykb.search.DispersionResult.Document(d.id(), d.title(), d.date(), keys.size(), positions.length,
            positions);
      }, all::add);
      int[] counts = all.stream().mapToInt(org.policykb.search.DispersionResult.Document::occurrences).toArray();
      long total = java.util.Arrays.stream(counts).asLongStream().sum();
      List<org.policykb.search.DispersionResult.Document> page = java.util.Arrays.stream(request.page(counts))
          .mapToObj(all::get).toList();
      return new org.policykb.search.DispersionResult(request.q(), generationOf(index), total, all.size(), request.offset(),
          request.sort().name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - started) / 1_000_000, page);
    });
  }

  @Override
  public CollocatesResult collocates(CollocatesRequest request) {
    long deadline = System.nanoTime() + researchTimeoutMillis() * 1_000_000;
    return onCurrent(index -> research.collocates(index, generationOf(index), request, deadline));
  }

  @Override
  public org.policykb.search.WordCounts wordCounts(org.policykb.query.Subcorpus subcorpus, boolean dispersion) {
    long deadline = System.nanoTime() + researchTimeoutMillis() * 1_000_000;
    return onCurrent(index -> ClusterWordCounts.count(client, reader, index, generationOf(index), subcorpus, dispersion,
        deadline, researchTimeoutMillis()));
  }

  @Override
  public <T> T sequences(org.policykb.query.Subcorpus subcorpus, org.policykb.search.Grams.Unit unit, boolean inIdOrder,
      java.util.function.Function<org.policykb.search.TextSequences, T> work) {
    long deadline = System.nanoTime() + researchTimeoutMillis() * 1_000_000;
    // always in id order: the documents are scanned so
    return onCurrent(index -> work.apply(new ClusterSequences(client, reader, index, generationOf(index), subcorpus, unit,
        deadline, researchTimeoutMillis())));
  }

  @Override
  public RelatedResult related(String id, int size) {
    RelatedTerms.checkSize(size);
    return onCurrent(index -> research.related(index, generationOf(index), id, size));
  }

  @Override
  public SuggestResult suggest(String prefix, int size, org.policykb.query.Count count) {
    Suggester.check(prefix, size);
    return onCurrent(index -> research.suggest(index, generationOf(index), prefix, size, count));
  }

  @Override
  public Health health() {
    return available(() -> {
      String index = index();
      long documents = client.get("/" + index + "/_count").path("count").asLong();
      JsonNode meta = client.get("/" + index + "/_mapping").path(index).path("mappings").path("_meta");
      String status = client.get("/_cluster/health").path("status").asText();
      String current = generations.current().orElse(null);
      String problem = "green".equals(status) ? null : "the cluster is " + status
          + ("yellow".equals(status) ? ": some replicas have no node" : ": some shards have no copy");
      if (problem == null && current != null && !current.equals(generation)) {
        problem = "the alias names " + current + ", this server has not switched yet";
      }
      return new Health(problem == null ? "ok" : "degraded", documents, generation,
          meta.has("built_at") ? Instant.parse(meta.path("built_at").asText()) : null,
          meta.path("schema_version").asInt(0), current, problem);
    });
  }

  @Override
  public String servedGeneration() {
    return generation;
  }

  @Override
  public void reload() {
    available(() -> generations.current()).ifPresent(g -> generation = g);
  }

  @Override
  public void close() {
    client.close();
  }

  private String generationOf(String index) {
    return generations.generationOf(index);
  }

  /** Runs a call on the served generation's index; if that index is gone (pruned), once more on the current one. */
  private <T> T onCurrent(Function<String, T> call) {
    return available(() -> {
      String index = index();
      try {
        return call.apply(index);
      } catch (ClusterRequestException e) {
        if (!"index_not_found_exception".equals(e.type())) {
          throw e;
        }
        reload();
        return call.apply(index());
      }
    });
  }

  /** A call whose cluster failure becomes a 503. */
  private static <T> T available(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (ClusterUnavailableException e) {
      throw new BackendUnavailableException(e.getMessage(), e);
    } catch (ClusterRequestException e) {
      if (e.status() == 429 || e.status() == 408) {
        throw new BackendUnavailableException("OpenSearch is overloaded: " + e.getMessage(), e);
      }
      throw new IllegalStateException("OpenSearch refused a request (" + e.status() + "): " + e.getMessage(), e);
    }
  }


}
