package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.query.QueryParser;
import org.policykb.query.Subcorpus;
import org.policykb.search.Grams;
import org.policykb.search.SearchTimeoutException;
import org.policykb.search.SequenceSymbols;
import org.policykb.search.TextSequences;
import org.policykb.text.ContextKeys;

/**
 * A subcorpus's texts on the cluster, always in id order: words from the term vectors the mapping keeps with
 * positions for {@link Fields#TEXT_WORDS} ({@code _mtermvectors}), a batch of documents at a time; characters from
 * each text read as the embedded forward index holds it ({@link ContextKeys#sequence}), since the cluster keeps no
 * forward index and its exact field no term vectors (the same reading its context sorts make).
 */
final class ClusterSequences implements TextSequences {
  private static final ObjectMapper JSON = Json.mapper();
  /** Documents asked for at once. */
  private static final int BATCH = 200;

  private final ClusterClient client;
  private final ClusterReader reader;
  private final String index;
  private final String generation;
  private final Subcorpus subcorpus;
  private final Grams.Unit unit;
  private final long deadline;
  private final long limitMillis;
  private final SequenceSymbols symbols;
  private List<String> documents;

  ClusterSequences(ClusterClient client, ClusterReader reader, String index, String generation, Subcorpus subcorpus,
      Grams.Unit unit, long deadline, long limitMillis) {
    this.client = client;
    this.reader = reader;
    this.index = index;
    this.generation = generation;
    this.subcorpus = subcorpus;
    this.unit = unit;
    this.symbols = new SequenceSymbols(unit);
    this.deadline = deadline;
    this.limitMillis = limitMillis;
  }

  @Override
  public Grams.Unit unit() {
    return unit;
  }

  @Override
  public String generation() {
    return generation;
  }

  @Override
  public SequenceSymbols symbols() {
    return symbols;
  }

  @Override
  public void forEach(Visitor visitor) {
    List<String> all = documents();
    int[] buffer = new int[1024];
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      if (unit == Grams.Unit.WORD) {
        buffer = words(batch, buffer, visitor);
      } else {
        characters(batch, visitor);
      }
      if (System.nanoTime() > deadline) {
        throw new SearchTimeoutException(limitMillis);
      }
    }
  }

  private int[] words(List<String> batch, int[] buffer, Visitor visitor) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("ids");
    batch.forEach(list::add);
    body.putObject("parameters").put("term_statistics", false).put("field_statistics", false).put("positions", true)
        .put("offsets", false).put("payloads", false).putArray("fields").add(Fields.TEXT_WORDS);
    Map<String, JsonNode> byId = new HashMap<>();
    client.post("/" + index + "/_mtermvectors", body).path("docs").forEach(d -> byId.put(d.path("_id").asText(), d));
    for (String id : batch) {
      JsonNode doc = byId.get(id);
      if (doc == null) {
        throw new org.policykb.search.BackendUnavailableException("OpenSearch gave no term vectors for document " + id, null);
      }
      int length = 0;
      var entries = doc.path("term_vectors").path(Fields.TEXT_WORDS).path("terms").properties();
      for (Map.Entry<String, JsonNode> e : entries) {
        for (JsonNode token : e.getValue().path("tokens")) {
          length = Math.max(length, token.path("position").asInt() + 1);
        }
      }
      if (buffer.length < length) {
        buffer = new int[Math.max(length, buffer.length * 2)];
      }
      Arrays.fill(buffer, 0, length, EMPTY);
      for (Map.Entry<String, JsonNode> e : entries) {
        int symbol = symbols.idOf(e.getKey());
        for (JsonNode token : e.getValue().path("tokens")) {
          buffer[token.path("position").asInt()] = symbol;
        }
      }
      visitor.document(buffer, length);
    }
    return buffer;
  }

  private void characters(List<String> batch, Visitor visitor) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("ids");
    batch.forEach(list::add);
    Map<String, JsonNode> byId = new HashMap<>();
    client.post("/" + index + "/_mget?_source_includes=" + ClusterSchema.DOC + ".text", body).path("docs")
        .forEach(d -> byId.put(d.path("_id").asText(), d));
    for (String id : batch) {
      JsonNode doc = byId.get(id);
      if (doc == null || !doc.path("found").asBoolean(false)) {
        throw new org.policykb.search.BackendUnavailableException("OpenSearch did not find document " + id, null);
      }
      int[] sequence = ContextKeys.sequence(doc.path("_source").path(ClusterSchema.DOC).path("text").asText(""));
      visitor.document(sequence, sequence.length);
    }
  }

  /** The subcorpus's documents' ids, in id order. */
  private List<String> documents() {
    if (documents == null) {
      JsonNode restriction = subcorpus.q() == null ? ClusterQueries.filters(subcorpus.filters())
          : reader.matching(index, QueryParser.parse(subcorpus.q()), subcorpus.filters(), deadline);
      JsonNode query = restriction != null ? restriction : JSON.createObjectNode().set("match_all", JSON.createObjectNode());
      List<String> found = new ArrayList<>();
      reader.scan(index, query, List.of(Fields.ID), ClusterReader.byId(), deadline, limitMillis, h -> h.path("_id").asText(),
          found::add);
      documents = found;
    }
    return documents;
  }
}
