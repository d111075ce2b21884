package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.query.ExactPhrase;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryTerm;

/**
 * A query's occurrences counted by the cluster's shards from positions, without a text leaving them. {@code text_exact}
 * scores a match by how often its phrase stands in the document ({@code occurrences}, a scripted similarity in
 * {@code opensearch/index.json}; no ranking reads the field, it only decides matches), so a document's score is its
 * occurrence count and the sum of the scores is the total. That is the concordance's count for a query of one phrase
 * that cannot overlap itself ({@link #countable}); every other query is counted on the texts as before.
 */
final class ClusterOccurrences {
  private static final ObjectMapper JSON = Json.mapper();
  /**
   * Hits read at most per request when the documents before a page's lines are counted. Every hit holds an occurrence, so
   * a request asks for no more hits than lines are still wanted: a first page of 100 lines reads 100 hits at most (at
   * 1 GB, 创新 in 178,436 documents: 31 ms instead of 380 ms for 5,000).
   */
  private static final int PAGE = 5_000;

  private final ClusterClient client;

  ClusterOccurrences(ClusterClient client) {
    this.client = client;
  }

  /**
   * The phrase whose occurrences the index counts for {@code parsed}; null when the texts must: a NEAR pair, more than one
   * phrase (their occurrences do not overlap one another), a {@code title:} phrase, one code point (a prefix, not scored),
   * or a phrase that overlaps itself (the index counts every start).
   */
  static QueryTerm countable(ParsedQuery parsed) {
    if (!parsed.near().isEmpty() || parsed.required().size() != 1 || parsed.required().get(0).size() != 1) {
      return null;
    }
    QueryTerm t = parsed.required().get(0).get(0);
    return t.titleOnly() || t.folded().length < 2 || t.overlapsItself() ? null : t;
  }

  /**
   * {@code matching}'s documents, each scored by its occurrences of {@code phrase}. A scripted similarity scores a phrase as
   * the sum of one score per bigram of it, each {@code boost × frequency}: the boost is one over the bigrams.
   */
  static ObjectNode scored(QueryTerm phrase, JsonNode matching) {
    ObjectNode q = JSON.createObjectNode();
    ObjectNode bool = q.putObject("bool");
    float perBigram = 1f / ExactPhrase.of(phrase.folded()).bigrams().size();
    bool.putArray("must").add(ClusterQueries.exact(Fields.TEXT_EXACT, phrase.folded(), perBigram));
    bool.putArray("filter").add(matching);
    return q;
  }

  /** The sum of the scores of an aggregation's documents: their occurrences. */
  static ObjectNode sumOfScores() {
    ObjectNode sum = JSON.createObjectNode();
    sum.putObject("sum").putObject("script").put("source", "_score");
    return sum;
  }

  /** A count summed from scores, which are whole numbers. */
  static long count(JsonNode sum) {
    return Math.round(sum.path("value").asDouble());
  }

  /** One document in the order asked and its occurrences. */
  record Counted(String id, int occurrences) {}

  /**
   * The documents in {@code sort}'s order with their occurrences, up to the one that holds line {@code end - 1}, and the
   * totals of all of them.
   */
  record Page(List<Counted> documents, long occurrences, long matching) {}

  /**
   * Counts {@code phrase}'s occurrences in {@code matching}'s documents and lists them in order up to line {@code end}; past
   * {@code deadline} it stops with a timeout naming {@code limitMillis}.
   */
  Page upTo(String index, QueryTerm phrase, JsonNode matching, ArrayNode sort, long end, long deadline, long limitMillis) {
    List<Counted> documents = new ArrayList<>();
    long occurrences = -1;
    long total = 0;
    long lines = 0;
    JsonNode after = null;
    while (true) {
      ObjectNode body = JSON.createObjectNode();
      body.set("query", scored(phrase, matching));
      int size = (int) Math.max(1, Math.min(PAGE, end - lines));
      body.put("size", size);
      body.put("_source", false);
      body.put("track_scores", true);
      body.set("sort", sort);
      if (after == null) {
        body.put("track_total_hits", true);
        body.putObject("aggs").set("occurrences", sumOfScores());
      } else {
        body.set("search_after", after);
      }
      JsonNode answer = client.post("/" + index + "/_search", body);
      ClusterReader.checkShards(answer);
      if (after == null) {
        occurrences = count(answer.path("aggregations").path("occurrences"));
        total = answer.path("hits").path("total").path("value").asLong();
      }
      JsonNode hits = answer.path("hits").path("hits");
      for (JsonNode h : hits) {
        int n = (int) Math.round(h.path("_score").asDouble());
        documents.add(new Counted(h.path("_id").asText(), n));
        lines += n;
        if (lines >= end) {
          return new Page(documents, occurrences, total);
        }
      }
      if (hits.size() < size) {
        return new Page(documents, occurrences, total);
      }
      after = hits.get(hits.size() - 1).path("sort");
      if (System.nanoTime() > deadline) {
        throw new org.policykb.search.SearchTimeoutException(limitMillis);
      }
    }
  }
}
