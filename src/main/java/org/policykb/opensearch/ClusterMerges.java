package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import org.policykb.index.Fields;
import org.policykb.index.Json;

/** The merge a cluster build ends with, so that a published generation holds no deleted documents. */
final class ClusterMerges {
  /** The longest a task the build starts on the cluster (a merge) may run. */
  private static final Duration TASK_TIME_LIMIT = Duration.ofMinutes(60);
  private static final long TASK_POLL_MILLIS = 200;
  /** Merges tried, a second apart, before a build gives up on deleted documents a copy still counts. */
  private static final int EXPUNGE_ATTEMPTS = 90;
  private static final ObjectMapper JSON = Json.mapper();

  private final ClusterClient client;

  ClusterMerges(ClusterClient client) {
    this.client = client;
  }

  /**
   * Merges the deleted documents out of every copy of every shard, and checks that on each copy the
   * documents its statistics count are the live ones. The old version of a changed document came
   * with the clone, its sequence number below every copy's retention lease, so OpenSearch's soft
   * deletes do not keep it; what stays of a deletion is its tombstone, a document without fields,
   * which no statistic of a field counts. The merge runs as a task, so that no single call has to
   * outlast the client's time limit however large the generation.
   */
  void expungeDeletes(String index) throws IOException {
    // a version written and replaced in this build (a document whose work changed, BuildPass) is kept
    // until the copies' retention leases pass it, at the shard's next lease sync (every 30 s, not an
    // index setting in OpenSearch 3.8): merge again, a second apart, until no copy counts one
    for (int attempt = 1; ; attempt++) {
      String left = expungeOnce(index);
      if (left == null) {
        return;
      }
      if (attempt >= EXPUNGE_ATTEMPTS) {
        throw new IOException(left);
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(left, e);
      }
    }
  }

  /** Merges once; returns what is still wrong (a copy that counts deleted documents), or null. */
  private String expungeOnce(String index) throws IOException {
    ObjectNode allowed = JSON.createObjectNode();
    allowed.putObject("index").putObject("merge").putObject("policy").put("expunge_deletes_allowed", 0);
    client.put("/" + index + "/_settings", allowed);
    String task = client.post("/" + index + "/_forcemerge?only_expunge_deletes=true&wait_for_completion=false", null)
        .path("task").asText();
    JsonNode done = awaitTask(task, "expunging deleted documents from " + index);
    if (done.has("error") || done.path("response").path("_shards").path("failed").asInt(0) > 0) {
      throw new IOException("expunging deleted documents from " + index + " failed on some shard: "
          + (done.has("error") ? done.path("error") : done.path("response").path("_shards")));
    }
    client.post("/" + index + "/_refresh", null);
    JsonNode shards = client.get("/" + index + "/_stats/docs?level=shards").path("indices").path(index).path("shards");
    for (String routing : ShardRoutings.of(client, index)) {
      for (ShardRoutings.Copy copy : ShardRoutings.copies(client, index, routing)) {
        long live = -1;
        for (JsonNode c : shards.path(Integer.toString(copy.shard()))) {
          if (c.path("routing").path("node").asText().equals(copy.node())) {
            live = c.path("docs").path("count").asLong();
          }
        }
        if (live < 0) {
          throw new IOException("shard " + copy.shard() + " of " + index + " on node " + copy.node()
              + " gave no document count (is it relocating?); build again");
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("doc").put(Fields.ID, ClusterSchema.GAP);
        body.putArray("fields").add(Fields.ID);
        body.put("field_statistics", true).put("term_statistics", false).put("positions", false).put("offsets", false);
        long counted = client.post("/" + index + "/_termvectors?routing=" + routing + "&preference=" + copy.preference(), body)
            .path("term_vectors").path(Fields.ID).path("field_statistics").path("doc_count").asLong(0);
        if (counted != live) {
          return "shard " + copy.shard() + " of " + index + " on node " + copy.node() + " still counts "
              + (counted - live) + " deleted documents in its statistics (" + counted + " counted, " + live + " live)";
        }
      }
    }
    return null;
  }

  /** Waits for a task of the cluster to complete; returns its record (with {@code response} or {@code error}). */
  private JsonNode awaitTask(String task, String what) throws IOException {
    long deadline = System.nanoTime() + TASK_TIME_LIMIT.toNanos();
    while (true) {
      JsonNode state = client.get("/_tasks/" + task);
      if (state.path("completed").asBoolean(false)) {
        return state;
      }
      if (System.nanoTime() > deadline) {
        throw new IOException(what + " did not finish in " + TASK_TIME_LIMIT.toMinutes() + " minutes (task " + task + ")");
      }
      try {
        Thread.sleep(TASK_POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(what + " was interrupted", e);
      }
    }
  }
}
