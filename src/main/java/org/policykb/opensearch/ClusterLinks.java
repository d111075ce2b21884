package org.policykb.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.model.Link;
import org.policykb.model.Reference.Kind;
import org.policykb.search.LinksRequest;
import org.policykb.search.LinksResult;

/**
 * The links of a cluster generation as an index beside it, {@code <generation index>-links}: one document per link
 * ({@link Fields.Link}), written whole by every build; and each document's count of citing works
 * ({@link Fields#CITED_BY}), updated where it changed.
 */
final class ClusterLinks {
  private static final ObjectMapper JSON = Json.mapper();
  private static final int BULK_CHARS = 4 * 1024 * 1024;
  private static final int SCAN_PAGE = 5_000;

  private final ClusterClient client;

  ClusterLinks(ClusterClient client) {
    this.client = client;
  }

  static String linksIndex(String index) {
    return index + "-links";
  }

  /** Writes {@code links} as the links index of {@code index}, with {@code replicas} copies. */
  void write(String index, List<Link> links, int replicas) {
    String name = linksIndex(index);
    if (client.exists("/" + name)) {
      client.delete("/" + name);
    }
    ObjectNode body = JSON.createObjectNode();
    body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas)
        .put("max_result_window", 1_000_000);
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode properties = mappings.putObject("properties");
    for (String field : List.of(Fields.Link.FROM, Fields.Link.FROM_WORK, Fields.Link.TO, Fields.Link.KIND)) {
      properties.putObject(field).put("type", "keyword");
    }
    properties.putObject(Fields.Link.FROM_SHOWN).put("type", "boolean");
    for (String field : List.of(Fields.Link.FROM_DAY, Fields.Link.SEQ)) {
      properties.putObject(field).put("type", "long");
    }
    for (String field : List.of(Fields.Link.FROM_YEAR, Fields.Link.TO_YEAR)) {
      properties.putObject(field).put("type", "integer");
    }
    properties.putObject(Fields.Link.SOURCE).put("type", "object").put("enabled", false);
    client.put("/" + name, body);
    StringBuilder bulk = new StringBuilder();
    long seq = 0;
    for (Link l : links) {
      ObjectNode action = JSON.createObjectNode();
      action.putObject("index").put("_index", name).put("_id", Long.toString(seq));
      ObjectNode doc = JSON.createObjectNode();
      doc.put(Fields.Link.FROM, l.from()).put(Fields.Link.FROM_WORK, l.fromWork()).put(Fields.Link.FROM_SHOWN, l.fromShown())
          .put(Fields.Link.KIND, l.kind().key())
          .put(Fields.Link.FROM_DAY, l.fromDate() == null ? Long.MAX_VALUE : l.fromDate().toEpochDay())
          .put(Fields.Link.SEQ, seq++);
      if (l.to() != null) {
        doc.put(Fields.Link.TO, l.to());
      }
      if (l.fromDate() != null) {
        doc.put(Fields.Link.FROM_YEAR, l.fromDate().getYear());
      }
      if (l.toDate() != null) {
        doc.put(Fields.Link.TO_YEAR, l.toDate().getYear());
      }
      doc.set(Fields.Link.SOURCE, JSON.valueToTree(l));
      bulk.append(action).append('\n').append(doc).append('\n');
      if (bulk.length() > BULK_CHARS) {
        send(bulk);
      }
    }
    send(bulk);
    client.post("/" + name + "/_refresh", null);
  }

  /**
   * The documents of {@code index} whose {@link Fields#CITED_BY} is not {@code citedBy}'s (absent: 0), with the value
   * they should have.
   */
  Map<String, Integer> changedCitedBy(String index, Map<String, Integer> citedBy) {
    client.post("/" + index + "/_refresh", null);
    Map<String, Integer> changes = new HashMap<>(citedBy);
    // the documents counted now: each keeps its count, or goes back to 0
    JsonNode after = null;
    while (true) {
      ObjectNode body = JSON.createObjectNode();
      body.put("size", SCAN_PAGE);
      body.putObject("query").putObject("range").putObject(Fields.CITED_BY).put("gt", 0);
      body.putArray("_source").add(Fields.ID).add(Fields.CITED_BY);
      body.putArray("sort").addObject().put(Fields.ID, "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = client.post("/" + index + "/_search", body).path("hits").path("hits");
      for (JsonNode h : hits) {
        String id = h.path("_source").path(Fields.ID).asText();
        int now = h.path("_source").path(Fields.CITED_BY).asInt();
        Integer wanted = changes.get(id);
        if (wanted == null) {
          changes.put(id, 0);
        } else if (wanted == now) {
          changes.remove(id);
        }
        after = h.path("sort");
      }
      if (hits.size() < SCAN_PAGE) {
        break;
      }
    }
    return changes;
  }

  private void send(StringBuilder bulk) {
    if (bulk.isEmpty()) {
      return;
    }
    JsonNode answer = client.bulk("/_bulk", bulk.toString());
    if (answer.path("errors").asBoolean(false)) {
      String items = answer.path("items").toString();
      throw new IllegalStateException("links could not be written: " + items.substring(0, Math.min(500, items.length())));
    }
    bulk.setLength(0);
  }

  /** A page of a document's links, as {@code LuceneLinks} answers it. */
  LinksResult page(String index, String work, org.policykb.model.PolicyDocument document, LinksRequest request,
      String generation) {
    org.policykb.ingest.Regions.Place place = org.policykb.ingest.Regions.of(document.official().issuers());
    LinksResult.Party self = new LinksResult.Party(document.id(), work, document.title(),
        org.policykb.index.LinkSignature.dateOf(document), place.province(), place.level());
    boolean in = request.direction() == LinksRequest.Direction.IN;
    ObjectNode body = JSON.createObjectNode();
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    if (in) {
      filter.addObject().putObject("term").put(Fields.Link.TO, work);
      filter.addObject().putObject("term").put(Fields.Link.FROM_SHOWN, true);
    } else {
      filter.addObject().putObject("term").put(Fields.Link.FROM, request.id());
    }
    ObjectNode kindsFilter = JSON.createObjectNode();
    if (request.kinds().isEmpty()) {
      kindsFilter.putObject("match_all");
    } else {
      ArrayNode kinds = kindsFilter.putObject("terms").putArray(Fields.Link.KIND);
      request.kinds().forEach(k -> kinds.add(k.key()));
    }
    body.set("post_filter", kindsFilter);
    body.put("track_total_hits", true);
    body.put("from", request.offset());
    body.put("size", request.limit());
    ArrayNode sort = body.putArray("sort");
    if (in) {
      sort.addObject().put(Fields.Link.FROM_DAY, "asc");
      sort.addObject().put(Fields.Link.FROM, "asc");
    }
    sort.addObject().put(Fields.Link.SEQ, "asc");
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("kinds").putObject("terms").put("field", Fields.Link.KIND).put("size", Kind.values().length);
    ObjectNode years = aggs.putObject("years");
    years.set("filter", kindsFilter);
    years.putObject("aggs").putObject("year").putObject("terms").put("field", in ? Fields.Link.FROM_YEAR : Fields.Link.TO_YEAR)
        .put("size", 10_000);
    JsonNode answer = client.post("/" + linksIndex(index) + "/_search", body);
    Map<String, Long> byKind = new LinkedHashMap<>();
    for (String k : Kind.keys()) {
      byKind.put(k, 0L);
    }
    for (JsonNode b : answer.path("aggregations").path("kinds").path("buckets")) {
      byKind.put(b.path("key").asText(), b.path("doc_count").asLong());
    }
    Map<Integer, Long> byYear = new TreeMap<>();
    for (JsonNode b : answer.path("aggregations").path("years").path("year").path("buckets")) {
      byYear.put(b.path("key").asInt(), b.path("doc_count").asLong());
    }
    List<Link> links = new ArrayList<>();
    for (JsonNode h : answer.path("hits").path("hits")) {
      try {
        links.add(JSON.treeToValue(h.path("_source").path(Fields.Link.SOURCE), Link.class));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a stored link cannot be read back: " + e.getMessage(), e);
      }
    }
    Map<String, String> texts = !request.evidence() ? Map.of()
        : texts(index, links.stream().filter(l -> !l.inTitle()).map(Link::from).distinct().toList());
    List<LinksResult.Entry> entries = new ArrayList<>();
    for (Link l : links) {
      entries.add(LinksResult.Entry.of(l, !request.evidence() ? null
          : LinksResult.Evidence.of(l, l.inTitle() ? l.fromTitle() : texts.get(l.from()))));
    }
    return new LinksResult(request.id(), work, generation, self, request.direction().name().toLowerCase(java.util.Locale.ROOT),
        answer.path("hits").path("total").path("value").asLong(), byKind, byYear, request.offset(), entries);
  }

  /** The texts of these documents of {@code index}, by id. */
  private Map<String, String> texts(String index, List<String> ids) {
    Map<String, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    ObjectNode body = JSON.createObjectNode();
    ArrayNode wanted = body.putArray("ids");
    ids.forEach(wanted::add);
    for (JsonNode d : client.post("/" + index + "/_mget?_source_includes=" + ClusterSchema.DOC + ".text", body).path("docs")) {
      if (d.path("found").asBoolean(false)) {
        out.put(d.path("_id").asText(), d.path("_source").path(ClusterSchema.DOC).path("text").asText(null));
      }
    }
    return out;
  }
}
