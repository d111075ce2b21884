package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.policykb.index.Json;
import org.policykb.model.PolicyDocument;
import org.policykb.query.DocumentOrder;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryParser;
import org.policykb.research.Collocates;
import org.policykb.research.Concordance;
import org.policykb.research.Suggester;
import org.policykb.research.Trend;
import org.policykb.search.BackendUnavailableException;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.CollocatesResult;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.ConcordanceResult;
import org.policykb.search.DocumentAnswers;
import org.policykb.search.DocumentNotFoundException;
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
import org.policykb.text.QueryOccurrences;
import org.policykb.text.WordSegmenter;

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
  /** Values a facet's aggregation lists; more distinct values than this are not counted exactly. */
  private static final int FACET_VALUES = 10_000;
  /** Documents read per page when a NEAR pair is confirmed on texts. */
  private static final int SCAN_PAGE = 500;

  private final ClusterClient client;
  private final ClusterGenerations generations;
  private final ClusterQueries queries = new ClusterQueries();
  private final org.apache.lucene.analysis.Analyzer words = org.policykb.analysis.Analyzers.words();
  private final Collocates collocates = new Collocates(new WordSegmenter(words));
  private final Suggester suggester = new Suggester(new WordSegmenter(words));
  /** Per generation index, a routing value per shard (see {@link #wordFrequencies}). */
  private final Map<String, List<String>> routings = new java.util.concurrent.ConcurrentHashMap<>();
  private final long timeoutMillis;
  private volatile String generation;

  public OpenSearchBackend(ClusterClient client, String alias, long timeoutMillis) {
    this.client = client;
    this.generations = new ClusterGenerations(client, alias);
    this.timeoutMillis = timeoutMillis;
    this.generation = available(() -> generations.current()).orElseThrow(() -> new IllegalStateException(
        "OpenSearch at " + client.options().url() + " has no index '" + alias + "' yet: build one with "
            + "index --backend opensearch --opensearch-url " + client.options().url()));
  }

  /**
   * Checks what serving needs before a server starts, with one line that says what to do: the
   * cluster answers, is not red, and has the smartcn analyzer.
   */
  public static void checkCluster(ClusterClient client) {
    String url = client.options().url();
    JsonNode root;
    try {
      root = client.get("/");
    } catch (ClusterUnavailableException e) {
      throw new IllegalStateException("OpenSearch at " + url + " cannot be reached: " + e.getMessage()
          + " — start it (or ./policykb dev-cluster) and check --opensearch-url", e);
    } catch (ClusterRequestException e) {
      throw new IllegalStateException("OpenSearch at " + url + " refused us (" + e.status() + "): " + e.getMessage()
          + " — check --opensearch-user/--opensearch-password", e);
    }
    String status = client.get("/_cluster/health").path("status").asText();
    if ("red".equals(status)) {
      throw new IllegalStateException("OpenSearch at " + url + " (" + root.path("version").path("number").asText()
          + ") is red: some shards have no copy; bring its nodes back before serving");
    }
    try {
      ObjectNode analyze = JSON.createObjectNode().put("analyzer", "smartcn").put("text", "中文分词");
      client.post("/_analyze", analyze);
    } catch (ClusterRequestException e) {
      throw new IllegalStateException("OpenSearch at " + url + " has no smartcn analyzer: install the official plugin "
          + "on every node (bin/opensearch-plugin install analysis-smartcn) and restart them", e);
    }
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
      // The filters apply after scoring (post_filter, and a filter aggregation around the facets): in the
      // query, a date range outside every document of a shard rewrites that shard's query to nothing, so
      // the shard gave no term statistics to the DFS phase and the scores were not the whole index's.
      // A NEAR query is confirmed on the filtered candidates' texts; its ids query keeps every shard.
      JsonNode restriction = ClusterQueries.filters(request.filters());
      JsonNode matching = parsed.near().isEmpty() ? queries.matching(parsed, Filters.NONE)
          : matching(index, parsed, request.filters(), deadline);
      ObjectNode body = JSON.createObjectNode();
      body.set("query", queries.ranked(parsed, matching));
      if (restriction != null) {
        body.set("post_filter", restriction);
      }
      body.put("from", (request.page() - 1) * request.size());
      body.put("size", request.size());
      body.put("track_total_hits", true);
      body.put("track_scores", true);
      body.putArray("_source").add(ClusterSchema.DOC);
      body.put("timeout", Math.max(1, (deadline - System.nanoTime()) / 1_000_000) + "ms");
      body.set("sort", ClusterQueries.sort(
          request.sort() == SearchRequest.Sort.DATE ? DocumentOrder.NEWEST_FIRST : DocumentOrder.RELEVANCE));
      if (!request.facets().isEmpty()) {
        ObjectNode aggs = body.putObject("aggs");
        if (restriction != null) {
          ObjectNode filtered = aggs.putObject("filtered");
          filtered.set("filter", restriction);
          aggs = filtered.putObject("aggs");
        }
        for (Facet f : request.facets()) {
          aggs.putObject(f.apiName()).putObject("terms").put("field", ClusterQueries.field(f)).put("size", FACET_VALUES)
              .put("shard_size", FACET_VALUES);
          aggs.putObject(f.apiName() + "_missing").putObject("missing").put("field", ClusterQueries.field(f));
        }
      }
      JsonNode answer = client.post("/" + index + "/_search?search_type=dfs_query_then_fetch", body);
      if (answer.path("timed_out").asBoolean(false) || System.nanoTime() > deadline) {
        throw new SearchTimeoutException(timeoutMillis);
      }
      checkShards(answer);
      List<SearchHit> hits = new ArrayList<>();
      for (JsonNode h : answer.path("hits").path("hits")) {
        hits.add(DocumentAnswers.hit(ClusterDocuments.fromSource(h.path("_source")), (float) h.path("_score").asDouble(),
            parsed));
      }
      Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
      JsonNode aggregations = restriction == null ? answer.path("aggregations") : answer.path("aggregations").path("filtered");
      for (Facet f : request.facets()) {
        facets.put(f.apiName(), facet(f, aggregations, request.facetSize()));
      }
      return new SearchResult(request.q(), answer.path("hits").path("total").path("value").asLong(),
          (System.nanoTime() - started) / 1_000_000, request.page(), request.size(),
          request.sort().name().toLowerCase(java.util.Locale.ROOT), generationOf(index), hits,
          request.facets().isEmpty() ? Map.of() : facets);
    });
  }

  /** What decides a match, with every NEAR pair confirmed on the texts when the query has one. */
  private JsonNode matching(String index, ParsedQuery parsed, Filters filters, long deadline) {
    JsonNode matching = queries.matching(parsed, filters);
    return parsed.near().isEmpty() ? matching : confirmedNear(index, parsed, matching, deadline);
  }

  /**
   * The documents where every NEAR pair occurs: those holding both phrases, each confirmed on its
   * text as the embedded backend confirms it, in pages sorted by id; an ids query of the confirmed.
   */
  private JsonNode confirmedNear(String index, ParsedQuery parsed, JsonNode candidates, long deadline) {
    ArrayNode confirmed = JSON.createArrayNode();
    scan(index, candidates, List.of(ClusterSchema.DOC + ".text"), byId(), deadline, timeoutMillis, h -> {
      String text = h.path("_source").path(ClusterSchema.DOC).path("text").asText("");
      return parsed.near().stream().allMatch(n -> QueryOccurrences.hasSpan(text, n)) ? h.path("_id").asText() : null;
    }, id -> {
      if (id != null) {
        confirmed.add(id);
      }
    });
    ObjectNode ids = JSON.createObjectNode();
    ids.putObject("ids").set("values", confirmed);
    return ids;
  }


  /** A facet listed in {@link FacetValue#order}, the documents without a value last. */
  private static List<FacetValue> facet(Facet f, JsonNode aggregations, int size) {
    List<FacetValue> values = new ArrayList<>();
    for (JsonNode b : aggregations.path(f.apiName()).path("buckets")) {
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
    return onCurrent(index -> DocumentAnswers.snippets(find(index, id), parsed, window, limit, generationOf(index)));
  }

  @Override
  public PolicyDocument document(String id) {
    return onCurrent(index -> find(index, id));
  }

  @Override
  public List<PolicyDocument> documentsByNumber(String docNumber) {
    String normalized = DocumentAnswers.numberToFind(docNumber);
    return onCurrent(index -> {
      ObjectNode body = JSON.createObjectNode();
      body.put("size", DocumentAnswers.MAX_BY_NUMBER);
      body.putObject("query").putObject("term").put(ClusterSchema.DOC_NUMBER, normalized);
      body.putArray("sort").addObject().put(ClusterSchema.ID, "asc");
      body.putArray("_source").add(ClusterSchema.DOC);
      List<PolicyDocument> out = new ArrayList<>();
      for (JsonNode hit : client.post("/" + index + "/_search", body).path("hits").path("hits")) {
        out.add(ClusterDocuments.fromSource(hit.path("_source")));
      }
      return out;
    });
  }

  private PolicyDocument find(String index, String id) {
    DocumentAnswers.checkId(id);
    JsonNode answer;
    try {
      answer = client.get("/" + index + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20")
          + "?_source=" + ClusterSchema.DOC);
    } catch (ClusterRequestException e) {
      if (e.status() == 404 && !"index_not_found_exception".equals(e.type())) {
        throw new DocumentNotFoundException(id);
      }
      throw e;
    }
    if (!answer.path("found").asBoolean(false)) {
      throw new DocumentNotFoundException(id);
    }
    return ClusterDocuments.fromSource(answer.path("_source"));
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
      JsonNode matching = matching(index, parsed, request.filters(), deadline);
      Concordance.Totals totals = Concordance.over(oldestFirst(index, matching, deadline), parsed, request, sink);
      return new ConcordanceResult(request.q(), totals.occurrences(), totals.documents(),
          request.sort().name().toLowerCase(java.util.Locale.ROOT), request.window(), request.offset(), request.limit(),
          generationOf(index), (System.nanoTime() - started) / 1_000_000, List.of());
    });
  }

  /** The matching documents in the concordance's order ({@link DocumentOrder#OLDEST_FIRST}), page by page. */
  private Concordance.Documents oldestFirst(String index, JsonNode matching, long deadline) {
    ArrayNode sort = ClusterQueries.sort(DocumentOrder.OLDEST_FIRST);
    return new Concordance.Documents() {
      @Override
      public <T> void forEach(Function<PolicyDocument, T> work, Consumer<T> sink) {
        scan(index, matching, List.of(ClusterSchema.DOC), sort, deadline, researchTimeoutMillis(),
            h -> work.apply(ClusterDocuments.fromSource(h.path("_source"))), sink);
      }
    };
  }

  /** Research answers that read every matching text get this long. */
  private long researchTimeoutMillis() {
    return SearchBackend.researchTimeoutMillis(timeoutMillis);
  }

  @Override
  public TrendResult trend(TrendRequest request) {
    long started = System.nanoTime();
    long deadline = started + researchTimeoutMillis() * 1_000_000;
    ParsedQuery parsed = QueryParser.parse(request.q());
    boolean byYear = request.by() == TrendRequest.By.YEAR;
    String field = byYear ? ClusterSchema.YEAR : ClusterSchema.SOURCE;
    return onCurrent(index -> {
      Map<Object, Trend.Counts> buckets = new java.util.HashMap<>();
      // every document under the filters, per bucket: how many and how many characters
      ObjectNode sizes = JSON.createObjectNode();
      sizes.put("size", 0);
      JsonNode restriction = ClusterQueries.filters(request.filters());
      sizes.set("query", restriction == null ? JSON.createObjectNode().set("match_all", JSON.createObjectNode()) : restriction);
      ObjectNode aggs = sizes.putObject("aggs");
      ObjectNode values = aggs.putObject("values");
      values.putObject("terms").put("field", field).put("size", FACET_VALUES).put("shard_size", FACET_VALUES);
      values.putObject("aggs").putObject("characters").putObject("sum").put("field", ClusterSchema.TEXT_CHARS);
      ObjectNode missing = aggs.putObject("missing");
      missing.putObject("missing").put("field", field);
      missing.putObject("aggs").putObject("characters").putObject("sum").put("field", ClusterSchema.TEXT_CHARS);
      JsonNode searched = client.post("/" + index + "/_search", sizes);
      checkShards(searched);
      JsonNode answer = searched.path("aggregations");
      for (JsonNode b : answer.path("values").path("buckets")) {
        Trend.Counts c = buckets.computeIfAbsent(byYear ? (Object) b.path("key").asInt() : b.path("key").asText(),
            k -> new Trend.Counts());
        c.allDocuments = b.path("doc_count").asLong();
        c.characters = b.path("characters").path("value").asLong();
      }
      if (answer.path("missing").path("doc_count").asLong() > 0) {
        Trend.Counts c = buckets.computeIfAbsent(null, k -> new Trend.Counts());
        c.allDocuments = answer.path("missing").path("doc_count").asLong();
        c.characters = answer.path("missing").path("characters").path("value").asLong();
      }
      // the matching documents' occurrences, counted on their texts as the concordance counts them
      JsonNode matching = matching(index, parsed, request.filters(), deadline);
      long[] totals = new long[2];
      scan(index, matching, List.of(ClusterSchema.DOC + ".text", field), byId(), deadline, researchTimeoutMillis(), h -> {
        JsonNode source = h.path("_source");
        int n = QueryOccurrences.find(source.path(ClusterSchema.DOC).path("text").asText(""), parsed, 0).total();
        JsonNode v = source.path(field);
        Object value = v.isMissingNode() || v.isNull() ? null : byYear ? (Object) v.asInt() : v.asText();
        return new Object[] {value, n};
      }, counted -> {
        Trend.Counts c = buckets.computeIfAbsent(counted[0], k -> new Trend.Counts());
        c.documents++;
        c.occurrences += (Integer) counted[1];
        totals[0] += (Integer) counted[1];
        totals[1]++;
      });
      return new TrendResult(request.q(), request.by().name().toLowerCase(java.util.Locale.ROOT), totals[0], totals[1],
          generationOf(index), (System.nanoTime() - started) / 1_000_000, Trend.buckets(buckets, request.by()));
    });
  }

  /**
   * Reads every document {@code query} matches, page by page in the given order (only
   * {@code fields} of _source): each page is worked on in parallel and handed to {@code sink} in
   * order. Past {@code deadline} it stops with a timeout naming {@code limitMillis}.
   */
  private <T> void scan(String index, JsonNode query, List<String> fields, ArrayNode sort, long deadline, long limitMillis,
      Function<JsonNode, T> work, Consumer<T> sink) {
    JsonNode after = null;
    while (true) {
      ObjectNode body = JSON.createObjectNode();
      body.set("query", query);
      body.put("size", SCAN_PAGE);
      ArrayNode source = body.putArray("_source");
      fields.forEach(source::add);
      body.set("sort", sort);
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode answer = client.post("/" + index + "/_search", body);
      checkShards(answer);
      JsonNode hits = answer.path("hits").path("hits");
      hits.valueStream().parallel().map(work).toList().forEach(sink);
      if (hits.size() < SCAN_PAGE) {
        return;
      }
      after = hits.get(hits.size() - 1).path("sort");
      if (System.nanoTime() > deadline) {
        throw new SearchTimeoutException(limitMillis);
      }
    }
  }

  /** By id: the cheapest complete order. */
  private static ArrayNode byId() {
    return ClusterQueries.sort(DocumentOrder.BY_ID);
  }

  @Override
  public CollocatesResult collocates(CollocatesRequest request) {
    long started = System.nanoTime();
    long deadline = started + researchTimeoutMillis() * 1_000_000;
    ParsedQuery parsed = QueryParser.parse(request.q());
    return onCurrent(index -> {
      JsonNode matching = matching(index, parsed, request.filters(), deadline);
      long[] documents = {0};
      List<List<Collocates.Window>> all = new ArrayList<>();
      scan(index, matching, List.of(ClusterSchema.DOC + ".text"), byId(), deadline, researchTimeoutMillis(), h -> {
        String text = h.path("_source").path(ClusterSchema.DOC).path("text").asText("");
        return collocates.windows(text, QueryOccurrences.find(text, parsed), request.span());
      }, windows -> {
        documents[0]++;
        all.add(windows);
      });
      Collocates.Tally tally = new Collocates.Tally(documents[0]);
      all.forEach(windows -> windows.forEach(w -> tally.add(w, request.side())));
      WordFrequencies frequencies = wordFrequencies(index, tally.candidates(request.min()));
      tally.frequencies(new Collocates.Frequencies() {
        @Override
        public long corpusWords() {
          return frequencies.corpusWords();
        }

        @Override
        public long of(String word) {
          return frequencies.of().getOrDefault(word, 0L);
        }
      });
      try {
        return new CollocatesResult(request.q(), request.span(), request.side().name().toLowerCase(java.util.Locale.ROOT),
            tally.occurrences(), tally.documents(), tally.windowWords(), tally.corpusWords(), generationOf(index),
            (System.nanoTime() - started) / 1_000_000, tally.rank(request.min(), request.size()));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /**
   * The collection's statistics of some words in the word field: total frequency ({@code of}) and
   * documents holding each, all words of the field and the documents that have any.
   */
  private record WordFrequencies(long corpusWords, Map<String, Long> of, long fieldDocuments, Map<String, Long> documents) {}

  /**
   * Summed over the shards: a shard's term statistics cover its own documents, so each shard is
   * asked once (an artificial document of the words, routed to it, read with a whitespace analyzer
   * so that the words stay as they are) and the answers are added up.
   */
  private WordFrequencies wordFrequencies(String index, List<String> words) {
    long corpusWords = 0;
    long fieldDocuments = 0;
    Map<String, Long> of = new java.util.HashMap<>();
    Map<String, Long> documents = new java.util.HashMap<>();
    for (String routing : routingPerShard(index)) {
      ObjectNode body = JSON.createObjectNode();
      // one token more, never a word, so that a shard answers its field statistics even for no words
      body.putObject("doc").put(ClusterSchema.TEXT_WORDS, String.join(" ", words) + " " + ClusterSchema.GAP);
      body.putArray("fields").add(ClusterSchema.TEXT_WORDS);
      body.putObject("per_field_analyzer").put(ClusterSchema.TEXT_WORDS, "whitespace");
      body.put("term_statistics", true).put("field_statistics", true).put("positions", false).put("offsets", false);
      JsonNode answer = client.post("/" + index + "/_termvectors?routing=" + routing, body);
      if (!answer.path("found").asBoolean(true) && answer.path("term_vectors").isMissingNode()) {
        throw new BackendUnavailableException("OpenSearch gave no term statistics for shard routing " + routing, null);
      }
      JsonNode vectors = answer.path("term_vectors").path(ClusterSchema.TEXT_WORDS);
      corpusWords += vectors.path("field_statistics").path("sum_ttf").asLong();
      fieldDocuments += vectors.path("field_statistics").path("doc_count").asLong();
      vectors.path("terms").properties().forEach(e -> {
        of.merge(e.getKey(), e.getValue().path("ttf").asLong(0), Long::sum);
        documents.merge(e.getKey(), e.getValue().path("doc_freq").asLong(0), Long::sum);
      });
    }
    return new WordFrequencies(corpusWords, of, fieldDocuments, documents);
  }

  /** For each shard of the index, a routing value that leads to it (generations never change shape). */
  private List<String> routingPerShard(String index) {
    return routings.computeIfAbsent(index, i -> org.policykb.opensearch.ShardRoutings.of(client, i));
  }

  @Override
  public RelatedResult related(String id, int size) {
    if (size < 1 || size > 100) {
      throw new InvalidRequestException("size must be 1..100, was " + size);
    }
    return onCurrent(index -> {
      PolicyDocument d = find(index, id);
      Map<String, int[]> tf = ClusterMoreLikeThis.frequencies(words, ClusterSchema.TEXT_WORDS, d.text());
      // the collection's statistics as Lucene's reader gives them to MoreLikeThis, summed over the
      // shards; a published generation holds no deleted documents, so maxDoc is the live count (the
      // deleted ones _stats still counts are tombstones, documents without fields)
      WordFrequencies stats = wordFrequencies(index, ClusterMoreLikeThis.candidates(tf));
      long maxDoc = client.get("/" + index + "/_stats/docs").path("_all").path("primaries").path("docs").path("count").asLong();
      Map<String, Long> df = stats.documents();
      long docCount = stats.fieldDocuments();
      List<ClusterMoreLikeThis.Term> terms = ClusterMoreLikeThis.choose(tf, w -> df.getOrDefault(w, 0L), docCount, maxDoc);
      List<RelatedResult.Related> related = new ArrayList<>();
      if (!terms.isEmpty()) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode should = bool.putArray("must").addObject().putObject("bool").putArray("should");
        terms.forEach(t -> should.addObject().putObject("term").putObject(ClusterSchema.TEXT_WORDS).put("value", t.word())
            .put("boost", t.boost()));
        bool.putArray("must_not").addObject().putObject("term").put(ClusterSchema.ID, d.id());
        body.put("size", size);
        body.putArray("_source").add(ClusterSchema.DOC + ".id").add(ClusterSchema.DOC + ".title")
            .add(ClusterSchema.DOC + ".date").add(ClusterSchema.DOC + ".year").add(ClusterSchema.DOC + ".source");
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject("_score").put("order", "desc");
        sort.addObject().putObject(ClusterSchema.ID).put("order", "asc");
        body.put("track_scores", true);
        JsonNode found = client.post("/" + index + "/_search?search_type=dfs_query_then_fetch", body);
        checkShards(found);
        for (JsonNode h : found.path("hits").path("hits")) {
          JsonNode r = h.path("_source").path(ClusterSchema.DOC);
          related.add(new RelatedResult.Related(r.path("id").asText(), r.path("title").asText(null),
              r.hasNonNull("date") ? java.time.LocalDate.parse(r.path("date").asText()) : null,
              r.hasNonNull("year") ? r.path("year").asInt() : null, r.path("source").asText(null),
              (float) h.path("_score").asDouble()));
        }
      }
      return new RelatedResult(d.id(), generationOf(index), related);
    });
  }

  @Override
  public SuggestResult suggest(String prefix, int size) {
    Suggester.check(prefix, size);
    return onCurrent(index -> {
      try {
        return new SuggestResult(prefix, generationOf(index), suggester.suggest(suggestions(index), prefix.strip(), size));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** The cluster as a source of suggestions: its word field's terms (fielddata), sampled texts, counts. */
  private Suggester.Source suggestions(String index) {
    return new Suggester.Source() {
      @Override
      public Map<String, Long> words(String folded) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        ObjectNode terms = body.putObject("aggs").putObject("words").putObject("terms");
        terms.put("field", ClusterSchema.TEXT_WORDS).put("include", regexpLiteral(folded) + ".+")
            .put("size", Suggester.MAX_TERMS_SCANNED).put("shard_size", Suggester.MAX_TERMS_SCANNED);
        terms.putObject("order").put("_key", "asc");
        JsonNode answer = client.post("/" + index + "/_search?request_cache=false", body);
        checkShards(answer);
        Map<String, Long> out = new LinkedHashMap<>();
        answer.path("aggregations").path("words").path("buckets")
            .forEach(b -> out.put(b.path("key").asText(), b.path("doc_count").asLong()));
        return out;
      }

      @Override
      public List<String> sample(ParsedQuery parsed) {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", queries.matching(parsed, Filters.NONE));
        body.put("size", Suggester.SAMPLED_DOCUMENTS);
        body.putArray("_source").add(ClusterSchema.DOC + ".text");
        body.putArray("sort").addObject().put(ClusterSchema.ID, "asc");
        JsonNode answer = client.post("/" + index + "/_search", body);
        checkShards(answer);
        List<String> texts = new ArrayList<>();
        answer.path("hits").path("hits").forEach(h -> texts.add(h.path("_source").path(ClusterSchema.DOC).path("text").asText("")));
        return texts;
      }

      @Override
      public long count(ParsedQuery parsed) {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", queries.matching(parsed, Filters.NONE));
        return client.post("/" + index + "/_count", body).path("count").asLong();
      }
    };
  }

  /** A string as a literal in Lucene's regular expression syntax (what {@code include} takes). */
  private static String regexpLiteral(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (".?+*|{}[]()\"\\#@&<>~".indexOf(cp) >= 0) {
        out.append('\\');
      }
      out.appendCodePoint(cp);
    });
    return out.toString();
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

  /** A search some of whose shards failed has no complete answer: the cluster is not fully available. */
  private static void checkShards(JsonNode answer) {
    JsonNode shards = answer.path("_shards");
    if (shards.path("failed").asInt(0) > 0 || shards.path("successful").asInt(0) < shards.path("total").asInt(0)) {
      throw new BackendUnavailableException("OpenSearch answered from " + shards.path("successful").asInt() + " of "
          + shards.path("total").asInt() + " shards: " + shards.path("failures").path(0).path("reason").path("reason").asText(""),
          null);
    }
  }
}
