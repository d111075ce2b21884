package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.query.QueryParser;
import org.policykb.query.Subcorpus;
import org.policykb.research.Dispersion;
import org.policykb.search.WordCounts;
import org.policykb.text.WordSegmenter;

/**
 * A subcorpus's words on the cluster: its documents and their sizes ({@link Fields#WORD_COUNT}) by a scan, then
 * their words' frequencies from the term vectors the mapping stores for {@link Fields#TEXT_WORDS}
 * ({@code _mtermvectors}, a batch of documents at a time): the figures the embedded index reads from its postings,
 * by the same rules. No text is read.
 */
final class ClusterWordCounts {
  private static final ObjectMapper JSON = Json.mapper();
  /** Documents asked for their term vectors at once. */
  private static final int BATCH = 200;

  private ClusterWordCounts() {}

  static WordCounts count(ClusterClient client, ClusterReader reader, String index, String generation, Subcorpus subcorpus,
      boolean dispersion, long deadline, long limitMillis) {
    JsonNode restriction = subcorpus.q() == null ? ClusterQueries.filters(subcorpus.filters())
        : reader.matching(index, QueryParser.parse(subcorpus.q()), subcorpus.filters(), deadline);
    JsonNode query = restriction != null ? restriction : JSON.createObjectNode().set("match_all", JSON.createObjectNode());
    List<String> ids = new ArrayList<>();
    Map<String, Long> sizes = new HashMap<>();
    reader.scan(index, query, List.of(Fields.ID, Fields.WORD_COUNT), ClusterReader.byId(), deadline, limitMillis, h -> h, h -> {
      ids.add(h.path("_id").asText());
      sizes.put(h.path("_id").asText(), h.path("_source").path(Fields.WORD_COUNT).asLong(0));
    });
    long tokens = sizes.values().stream().mapToLong(Long::longValue).sum();
    // each document's words and their frequencies, kept for the second pass (a word's deviation needs its frequency)
    Map<String, Map<String, Long>> vectors = new HashMap<>();
    Map<String, long[]> words = new HashMap<>(); // frequency, range, covered
    for (int from = 0; from < ids.size(); from += BATCH) {
      ObjectNode body = JSON.createObjectNode();
      ArrayNode batch = body.putArray("ids");
      ids.subList(from, Math.min(ids.size(), from + BATCH)).forEach(batch::add);
      body.putObject("parameters").put("term_statistics", false).put("field_statistics", false).put("positions", false)
          .put("offsets", false).put("payloads", false).putArray("fields").add(Fields.TEXT_WORDS);
      JsonNode answer = client.post("/" + index + "/_mtermvectors", body);
      for (JsonNode doc : answer.path("docs")) {
        String id = doc.path("_id").asText();
        Map<String, Long> vector = new HashMap<>();
        doc.path("term_vectors").path(Fields.TEXT_WORDS).path("terms").properties().forEach(e -> {
          if (WordSegmenter.isWord(e.getKey())) {
            long v = e.getValue().path("term_freq").asLong();
            vector.put(e.getKey(), v);
            long[] w = words.computeIfAbsent(e.getKey(), k -> new long[3]);
            w[0] += v;
            w[1]++;
            w[2] += sizes.get(id);
          }
        });
        if (dispersion) {
          vectors.put(id, vector);
        }
      }
      if (System.nanoTime() > deadline) {
        throw new org.policykb.search.SearchTimeoutException(limitMillis);
      }
    }
    Map<String, Long> deviations = new HashMap<>();
    vectors.forEach((id, vector) -> vector.forEach((word, v) -> deviations.merge(word,
        Dispersion.deviation(v, sizes.get(id), words.get(word)[0], tokens), Long::sum)));
    Map<String, WordCounts.Word> out = new HashMap<>(words.size() * 2);
    words.forEach((word, w) -> out.put(word, new WordCounts.Word(w[0], w[1],
        dispersion ? Dispersion.dp(w[0], w[2], deviations.get(word), tokens) : null)));
    return new WordCounts(tokens, ids.size(), out, generation);
  }
}
