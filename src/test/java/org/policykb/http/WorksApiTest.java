package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.WorksCorpus;

/** Works over HTTP on a real server: the count parameter, members of hits and documents, every file reachable. */
class WorksApiTest {
  @TempDir static Path corpus;
  @TempDir static Path index;
  private static LocalServer server;
  private static LocalApi api;

  @BeforeAll
  static void serve() throws IOException {
    WorksCorpus.write(corpus);
    server = LocalServer.serving(corpus, index);
    api = new LocalApi(server.port());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  @Test
  void searchCountsWorksByDefaultAndFilesWhenAsked() throws Exception {
    String q = "/api/search?size=50&facets=year&q=" + LocalApi.enc(WorksCorpus.PHRASE);
    JsonNode works = api.get(q);
    assertEquals(5, works.path("total").asInt());
    assertEquals(works.path("total"), api.get(q + "&count=works").path("total"));
    assertEquals(WorksCorpus.SHOWN, new TreeSet<>(texts(works.path("hits"), "id")));
    long yearSum = 0;
    for (JsonNode v : works.path("facets").path("year")) {
      yearSum += v.path("count").asLong();
    }
    assertEquals(5, yearSum);
    assertEquals(9, api.get(q + "&count=FILES").path("total").asInt());
    for (JsonNode hit : works.path("hits")) {
      if (hit.path("id").asText().equals("notice-web")) {
        assertEquals("notice-text", hit.path("work_id").asText());
        assertEquals(List.of("notice-web", "notice-text", "notice.docx", "notice.pdf"), texts(hit.path("members"), "id"));
        assertEquals(List.of("html", "txt", "docx", "pdf"), texts(hit.path("members"), "format"));
        assertTrue(hit.path("members").get(0).path("shown").asBoolean());
      }
    }
  }

  /** The documents the suggestion of the whole phrase counts. */
  private static long suggested(JsonNode answer) {
    for (JsonNode s : answer.path("suggestions")) {
      if (s.path("text").asText().equals(WorksCorpus.PHRASE)) {
        return s.path("documents").asLong();
      }
    }
    throw new AssertionError(WorksCorpus.PHRASE + " not suggested: " + answer);
  }

  @Test
  void everyFileIsReachableWithItsWork() throws Exception {
    for (var w : WorksCorpus.WORKS.entrySet()) {
      for (String id : w.getValue()) {
        JsonNode d = api.get("/api/documents/" + LocalApi.enc(id).replace("+", "%20"));
        assertEquals(id, d.path("id").asText());
        assertEquals(w.getKey(), d.path("work_id").asText());
        assertEquals(new TreeSet<>(w.getValue()), new TreeSet<>(texts(d.path("members"), "id")));
        assertEquals(w.getValue().get(0), d.path("members").get(0).path("id").asText());
      }
    }
  }

  @Test
  void trendConcordanceAndRelatedFollowTheWorks() throws Exception {
    String q = LocalApi.enc(WorksCorpus.PHRASE);
    assertEquals(5, api.get("/api/trend?q=" + q).path("total_documents").asInt());
    assertEquals(9, api.get("/api/trend?count=files&q=" + q).path("total_documents").asInt());
    JsonNode lines = api.get("/api/concordance?limit=1000&q=" + q);
    assertEquals(5, lines.path("total_documents").asInt());
    assertEquals(WorksCorpus.SHOWN, new TreeSet<>(texts(lines.path("lines"), "id")));
    assertEquals(9, api.get("/api/concordance?count=files&limit=1000&q=" + q).path("total_documents").asInt());
    String prefix = LocalApi.enc(WorksCorpus.PHRASE.substring(0, 2));
    assertEquals(5, suggested(api.get("/api/suggest?size=100&prefix=" + prefix)), "a suggestion counts works");
    assertEquals(9, suggested(api.get("/api/suggest?size=100&count=files&prefix=" + prefix)));
    Set<String> own = Set.copyOf(WorksCorpus.WORKS.get("notice-text"));
    for (JsonNode r : api.get("/api/documents/notice.pdf/related?size=20").path("related")) {
      assertTrue(!own.contains(r.path("id").asText()), r.toString());
    }
  }

  @Test
  void anUnknownCountIsABadRequestThatNamesIt() throws Exception {
    var r = api.send("/api/search?q=" + LocalApi.enc(WorksCorpus.PHRASE) + "&count=documents");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("count must be works or files"), r.body());
  }
}
