package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.model.Counts;
import org.policykb.model.PolicyDocument;
import org.policykb.query.DocumentOrder;
import org.policykb.query.Filters;
import org.policykb.query.NearTerm;
import org.policykb.query.ParsedQuery;
import org.policykb.search.BackendUnavailableException;
import org.policykb.search.DocumentAnswers;
import org.policykb.search.DocumentNotFoundException;
import org.policykb.search.SearchTimeoutException;
import org.policykb.text.QueryOccurrences;

/**
 * What the cluster backend reads from an index, for search and research alike: the documents a
 * query matches (NEAR pairs confirmed on their texts), every matching document page by page, one
 * document by id, and the collection's word statistics summed over the shards.
 */
final class ClusterReader {
  private static final ObjectMapper JSON = Json.mapper();
  /** Documents read per request of a scan. */
  private static final int SCAN_PAGE = 500;

  private final ClusterClient client;
  private final ClusterQueries queries;
  private final long timeoutMillis;
  private final Map<String, List<String>> routings = new java.util.concurrent.ConcurrentHashMap<>();

  ClusterReader(ClusterClient client, ClusterQueries queries, long timeoutMillis) {
    this.client = client;
    this.queries = queries;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * What decides a match: the query, with the NEAR pairs its intervals cannot decide exactly
   * ({@link ClusterQueries#nearDecidedOnIndex}) confirmed on the texts — only those of the documents
   * where such a pair's phrases run together on one code point ({@link ClusterQueries#touching}),
   * or every candidate's when a phrase has one code point.
   */
  JsonNode matching(String index, ParsedQuery parsed, Filters filters, long deadline) {
    JsonNode matching = queries.matching(parsed, filters);
    List<NearTerm> unsure = parsed.near().stream().filter(n -> !ClusterQueries.nearDecidedOnIndex(n)).toList();
    if (unsure.isEmpty()) {
      return matching;
    }
    List<JsonNode> touching = new java.util.ArrayList<>();
    for (NearTerm n : unsure) {
      List<JsonNode> t = ClusterQueries.touching(n);
      if (t.isEmpty()) {
        return confirmedNear(index, unsure, matching, deadline);
      }
      touching.addAll(t);
    }
    ObjectNode certain = JSON.createObjectNode();
    ObjectNode c = certain.putObject("bool");
    c.putArray("filter").add(matching);
    touching.forEach(c.putArray("must_not")::add);
    ObjectNode doubtful = JSON.createObjectNode();
    ObjectNode d = doubtful.putObject("bool");
    d.putArray("filter").add(matching);
    touching.forEach(d.putArray("should")::add);
    d.put("minimum_should_match", 1);
    ObjectNode either = JSON.createObjectNode();
    ObjectNode e = either.putObject("bool");
    e.putArray("should").add(certain).add(confirmedNear(index, unsure, doubtful, deadline));
    e.put("minimum_should_match", 1);
    return either;
  }

  /**
   * The candidates where every unsure NEAR pair occurs, each confirmed on its text by the rule the
   * embedded index applies to its positions, in pages sorted by id; an ids query of the confirmed.
   */
  private JsonNode confirmedNear(String index, List<NearTerm> unsure, JsonNode candidates, long deadline) {
    ArrayNode confirmed = JSON.createArrayNode();
    scan(index, candidates, List.of(ClusterSchema.DOC + ".text"), byId(), deadline, timeoutMillis, h -> {
      String text = h.path("_source").path(ClusterSchema.DOC).path("text").asText("");
      return unsure.stream().allMatch(n -> QueryOccurrences.hasSpan(text, n)) ? h.path("_id").asText() : null;
    }, id -> {
      if (id != null) {
        confirmed.add(id);
      }
    });
    ObjectNode ids = JSON.createObjectNode();
    ids.putObject("ids").set("values", confirmed);
    return ids;
  }


  /**
   * Reads every document {@code query} matches, page by page in the given order (only
   * {@code fields} of _source): each page is worked on in parallel and handed to {@code sink} in
   * order. Past {@code deadline} it stops with a timeout naming {@code limitMillis}.
   */
  <T> void scan(String index, JsonNode query, List<String> fields, ArrayNode sort, long deadline, long limitMillis,
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
  static ArrayNode byId() {
    return ClusterQueries.sort(DocumentOrder.BY_ID);
  }

  PolicyDocument find(String index, String id) {
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

  /**
   * The collection's statistics of some words in the word field: total frequency ({@code of}) and
   * documents holding each, all words of the field and the documents that have any.
   */
  record WordFrequencies(long corpusWords, Map<String, Long> of, long fieldDocuments, Map<String, Long> documents) {}

  /**
   * Summed over the shards: a shard's term statistics cover its own documents, so each shard is
   * asked once (an artificial document of the words, routed to it, read with a whitespace analyzer
   * so that the words stay as they are) and the answers are added up.
   */
  WordFrequencies wordFrequencies(String index, List<String> words) {
    long corpusWords = 0;
    long fieldDocuments = 0;
    Map<String, Long> of = new java.util.HashMap<>();
    Map<String, Long> documents = new java.util.HashMap<>();
    for (String routing : routingPerShard(index)) {
      ObjectNode body = JSON.createObjectNode();
      // one token more, never a word, so that a shard answers its field statistics even for no words
      body.putObject("doc").put(Fields.TEXT_WORDS, String.join(" ", words) + " " + ClusterSchema.GAP);
      body.putArray("fields").add(Fields.TEXT_WORDS);
      body.putObject("per_field_analyzer").put(Fields.TEXT_WORDS, "whitespace");
      body.put("term_statistics", true).put("field_statistics", true).put("positions", false).put("offsets", false);
      JsonNode answer = client.post("/" + index + "/_termvectors?routing=" + routing, body);
      if (!answer.path("found").asBoolean(true) && answer.path("term_vectors").isMissingNode()) {
        throw new BackendUnavailableException("OpenSearch gave no term statistics for shard routing " + routing, null);
      }
      JsonNode vectors = answer.path("term_vectors").path(Fields.TEXT_WORDS);
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


  /** A search some of whose shards failed has no complete answer: the cluster is not fully available. */
  static void checkShards(JsonNode answer) {
    JsonNode shards = answer.path("_shards");
    if (shards.path("failed").asInt(0) > 0 || shards.path("successful").asInt(0) < shards.path("total").asInt(0)) {
      throw new BackendUnavailableException("OpenSearch answered from " + shards.path("successful").asInt() + " of "
          + Counts.of(shards.path("total").asInt(), "shard") + ": " + shards.path("failures").path(0).path("reason").path("reason").asText(""),
          null);
    }
  }
}
