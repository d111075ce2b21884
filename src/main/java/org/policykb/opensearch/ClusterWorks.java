package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.index.WorkRole;
import org.policykb.model.PublishedFormat;
import org.policykb.search.DocumentAnswers;
import org.policykb.search.DocumentNotFoundException;
import org.policykb.search.SearchHit;
import org.policykb.search.Work;
import org.policykb.search.WorkMember;

/** A document's work and the members of works, from the {@code work_id} keyword and a few fields of {@code _source}. */
final class ClusterWorks {
  /** Members listed at most for the works of one answer, as on the embedded index. */
  static final int MAX_MEMBERS = 10_000;
  private static final ObjectMapper JSON = Json.mapper();

  private final ClusterClient client;

  ClusterWorks(ClusterClient client) {
    this.client = client;
  }

  WorkRole roleOf(String index, String id) {
    return roles(index, List.of(id)).get(id);
  }

  /** The roles of these documents; a missing one is not found. */
  private Map<String, WorkRole> roles(String index, Collection<String> ids) {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", ids.size());
    ArrayNode terms = body.putObject("query").putObject("terms").putArray(Fields.ID);
    ids.forEach(terms::add);
    body.putArray("_source").add(Fields.ID).add(Fields.WORK_ID).add(Fields.WORK_SHOWN);
    Map<String, WorkRole> out = new HashMap<>();
    for (JsonNode h : client.post("/" + index + "/_search", body).path("hits").path("hits")) {
      out.put(h.path("_source").path(Fields.ID).asText(), ClusterDocuments.roleOf(h.path("_source")));
    }
    for (String id : ids) {
      if (!out.containsKey(id)) {
        throw new DocumentNotFoundException(id);
      }
    }
    return out;
  }

  Work of(String index, String id) {
    DocumentAnswers.checkId(id);
    String work = roleOf(index, id).work();
    return works(index, List.of(work)).get(work);
  }

  List<SearchHit> attach(String index, List<SearchHit> hits) {
    if (hits.isEmpty()) {
      return hits;
    }
    Map<String, WorkRole> roles = roles(index, hits.stream().map(SearchHit::id).distinct().toList());
    Map<String, Work> works = works(index, roles.values().stream().map(WorkRole::work).distinct().toList());
    return hits.stream().map(h -> h.withWork(works.get(roles.get(h.id()).work()))).toList();
  }

  private Map<String, Work> works(String index, Collection<String> ids) {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", MAX_MEMBERS);
    ArrayNode terms = body.putObject("query").putObject("terms").putArray(Fields.WORK_ID);
    ids.forEach(terms::add);
    body.putArray("_source").add(Fields.WORK_ID).add(Fields.WORK_SHOWN).add(ClusterSchema.DOC + ".id")
        .add(ClusterSchema.DOC + ".file").add(ClusterSchema.DOC + ".format").add(ClusterSchema.DOC + ".source")
        .add(ClusterSchema.DOC + ".date").add(ClusterSchema.DOC + ".pages.text_from");
    Map<String, List<WorkMember>> members = new HashMap<>();
    for (JsonNode h : client.post("/" + index + "/_search", body).path("hits").path("hits")) {
      JsonNode s = h.path("_source");
      JsonNode d = s.path(ClusterSchema.DOC);
      WorkRole role = ClusterDocuments.roleOf(s);
      members.computeIfAbsent(role.work(), k -> new ArrayList<>()).add(new WorkMember(d.path("id").asText(),
          PublishedFormat.of(d.path("file").asText(null), d.path("format").asText(null)), readByOcr(d), d.path("source").asText(null),
          d.hasNonNull("date") ? LocalDate.parse(d.path("date").asText()) : null, role.shown()));
    }
    Map<String, Work> out = new HashMap<>();
    members.forEach((w, m) -> out.put(w, new Work(w, m)));
    return out;
  }

  /** Whether a stored document's pages include one read by OCR ({@code PolicyDocument.readByOcr}). */
  private static boolean readByOcr(JsonNode doc) {
    for (JsonNode page : doc.path("pages")) {
      if (org.policykb.model.Page.OCR.equals(page.path("text_from").asText(null))) {
        return true;
      }
    }
    return false;
  }
}
