package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykb.index.Json;
import org.policykb.index.LinkSignature;
import org.policykb.index.Manifest;
import org.policykb.index.WorkSignature;

/**
 * A cluster generation's manifest (file → content hash, ids, the OCR engine that read its pictures), kept as an index beside it,
 * {@code <generation index>-files}: what the next build compares the corpus with.
 */
final class ClusterManifests {
  /** A bulk request of the manifest is sent once it holds this many chars of JSON. */
  private static final int BULK_CHARS = 4 * 1024 * 1024;
  private static final int MANIFEST_PAGE = 2_000;
  private static final ObjectMapper JSON = Json.mapper();

  private final ClusterClient client;

  ClusterManifests(ClusterClient client) {
    this.client = client;
  }

  /** The manifest index of a generation's index. */
  static String filesIndex(String index) {
    return index + "-files";
  }

  /** Every file of a generation's manifest. */
  Map<String, Manifest.Entry> read(String index) {
    String files = filesIndex(index);
    Map<String, Manifest.Entry> out = new HashMap<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = JSON.createObjectNode();
      body.put("size", MANIFEST_PAGE);
      body.putArray("sort").addObject().put("file", "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = client.post("/" + files + "/_search", body).path("hits").path("hits");
      for (JsonNode h : hits) {
        JsonNode s = h.path("_source");
        List<String> ids = new ArrayList<>();
        s.path("ids").forEach(id -> ids.add(id.asText()));
        List<WorkSignature> works = new ArrayList<>();
        for (JsonNode w : s.path("works")) {
          works.add(JSON.convertValue(w, WorkSignature.class));
        }
        List<LinkSignature> links = new ArrayList<>();
        for (JsonNode l : s.path("links")) {
          links.add(JSON.convertValue(l, LinkSignature.class));
        }
        out.put(s.path("file").asText(), new Manifest.Entry(s.path("hash").asText(), ids,
            s.hasNonNull("ocr") ? s.path("ocr").asText() : null, works, links,
            s.hasNonNull("stamp") ? s.path("stamp").asText() : null));
        after = h.path("sort");
      }
      if (hits.size() < MANIFEST_PAGE) {
        return out;
      }
    }
  }

  /** Writes the manifest of {@code index}: one document per file, with {@code replicas} copies. */
  void write(String index, Map<String, Manifest.Entry> entries, int replicas) {
    String files = filesIndex(index);
    ObjectNode body = JSON.createObjectNode();
    body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas);
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode properties = mappings.putObject("properties");
    for (String field : List.of("file", "hash", "ids", "ocr", "stamp")) {
      properties.putObject(field).put("type", "keyword");
    }
    properties.putObject("works").put("type", "object").put("enabled", false);
    properties.putObject("links").put("type", "object").put("enabled", false);
    client.put("/" + files, body);
    StringBuilder bulk = new StringBuilder();
    for (Map.Entry<String, Manifest.Entry> e : entries.entrySet()) {
      ObjectNode action = JSON.createObjectNode();
      // OpenSearch ids are at most 512 bytes; a deep path of Chinese folder names is longer
      action.putObject("index").put("_index", files).put("_id", sha1(e.getKey()));
      ObjectNode doc = JSON.createObjectNode().put("file", e.getKey()).put("hash", e.getValue().hash());
      if (e.getValue().ocr() != null) {
        doc.put("ocr", e.getValue().ocr()); // the engine that read its pictures: a newer one reads the file again
      }
      if (e.getValue().stamp() != null) {
        doc.put("stamp", e.getValue().stamp()); // unchanged while the file is not written to: not read again
      }
      ArrayNode ids = doc.putArray("ids");
      e.getValue().ids().forEach(ids::add);
      doc.set("works", JSON.valueToTree(e.getValue().works()));
      doc.set("links", JSON.valueToTree(e.getValue().links()));
      bulk.append(action).append('\n').append(doc).append('\n');
      if (bulk.length() > BULK_CHARS) {
        sendBulk(bulk);
      }
    }
    sendBulk(bulk);
    client.post("/" + files + "/_refresh", null);
  }

  private static String sha1(String s) {
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-1").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void sendBulk(StringBuilder bulk) {
    if (bulk.isEmpty()) {
      return;
    }
    JsonNode answer = client.bulk("/_bulk", bulk.toString());
    if (answer.path("errors").asBoolean(false)) {
      throw new IllegalStateException("the file manifest could not be written: " + answer.path("items").toString()
          .substring(0, Math.min(500, answer.path("items").toString().length())));
    }
    bulk.setLength(0);
  }
}
