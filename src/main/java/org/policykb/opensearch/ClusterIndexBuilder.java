package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policykb.index.BuildPass;
import org.policykb.index.BuildProgress;
import org.policykb.index.BuildReport;
import org.policykb.index.IndexBusyException;
import org.policykb.index.Json;
import org.policykb.index.Manifest;
import org.policykb.ingest.CorpusReader;
import org.policykb.model.Counts;

/**
 * Builds a generation on an OpenSearch cluster from the corpus folder, with the ingestion the
 * embedded index uses. The new generation's index ({@link ClusterSchema}) starts as a clone of the
 * served one (OpenSearch's {@code _clone}: hard links, no re-indexing) when that one is of this
 * schema and shard count, and then only files whose content hash changed are read again, as on the
 * embedded index; otherwise it starts empty. It is filled by bulk requests, refreshed, checked (the
 * documents its file manifest lists, the index green), made read-only and served by an atomic alias
 * switch; generations beyond {@link BuildPass#GENERATIONS_KEPT} are deleted. Each generation's
 * manifest (file → hash, ids) is an index beside it, {@code <generation index>-files}. A build that
 * fails leaves the served generation as it was and removes what it made.
 *
 * <p>As on the embedded index, a published generation holds no deleted documents: the old versions
 * of changed documents are expunged from every copy of every shard before the switch, so that the
 * term statistics the generation serves (relevance, collocates, related documents) are those of its
 * live documents on whichever copy answers, whenever the copies merge.
 */
public final class ClusterIndexBuilder {
  private static final ObjectMapper JSON = Json.mapper();

  private final CorpusReader reader = new CorpusReader();
  private final ClusterClient client;
  private final ClusterGenerations generations;
  private final ClusterManifests manifests;
  private final Integer askedShards;
  private final Integer askedReplicas;
  private int shards;
  private int replicas;

  /**
   * @param shards primary shards of the new generation; null for the served generation's (1 for the first)
   * @param replicas replicas of each shard; null for the served generation's (0 for the first)
   */
  public ClusterIndexBuilder(ClusterClient client, ClusterGenerations generations, Integer shards, Integer replicas) {
    if (shards != null && shards < 1 || replicas != null && replicas < 0) {
      throw new IllegalArgumentException("shards must be ≥ 1 and replicas ≥ 0, were " + shards + " and " + replicas);
    }
    this.client = client;
    this.generations = generations;
    this.manifests = new ClusterManifests(client);
    this.askedShards = shards;
    this.askedReplicas = replicas;
  }

  public BuildReport build(Path corpus, BuildProgress progress) throws IOException {
    Instant started = Instant.now();
    String lock = lock(started);
    try {
      removeIncomplete(progress);
      shape();
      Optional<String> base = reusable(progress);
      Map<String, Manifest.Entry> previous = base.map(g -> manifests.read(generations.index(g))).orElse(null);
      CorpusReader.Listing listing = reader.list(corpus, Manifest.fileIds(previous));
      String generation = generations.next();
      String index = generations.index(generation);
      BuildPass.Outcome pass;
      try (ClusterGenerationWriter writer = new ClusterGenerationWriter(client, index, replicas)) {
        if (base.isPresent()) {
          cloneForBuild(generations.index(base.get()), index);
        } else {
          ObjectNode body = ClusterSchema.index(shards, replicas);
          whileBuilding((ObjectNode) body.path("settings").path("index"));
          client.put("/" + index, body);
        }
        pass = new BuildPass(reader, corpus, previous, listing, progress, writer).run();
        manifests.write(index, pass.entries(), replicas);
        finish(index, pass.documents(), started, progress);
      } catch (IOException | RuntimeException e) {
        removeGeneration(index, e);
        throw e;
      }
      // the new generation is complete: serving it and pruning old ones cannot undo it
      generations.switchTo(generation);
      prune();
      return new BuildReport(pass.results(), Duration.between(started, Instant.now()), generation, previous == null,
          pass.added(), pass.updated(), pass.unchanged(), pass.deleted(), pass.bytes());
    } finally {
      client.delete("/" + lock);
    }
  }

  /**
   * Takes the cluster-wide build lock: an index of that name, which OpenSearch creates once. Another
   * build holding it is a {@link IndexBusyException} that says how to clear a lock left by a crash.
   */
  private String lock(Instant started) throws IOException {
    String lock = generations.alias() + "-build-lock";
    ObjectNode body = JSON.createObjectNode();
    body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", 0);
    body.putObject("mappings").putObject("_meta").put("started", started.toString())
        .put("by", ProcessHandle.current().pid() + "@" + java.net.InetAddress.getLoopbackAddress().getHostName());
    try {
      client.put("/" + lock + "?wait_for_active_shards=1", body);
      return lock;
    } catch (ClusterRequestException e) {
      if ("resource_already_exists_exception".equals(e.type())) {
        JsonNode meta = client.get("/" + lock + "/_mapping").path(lock).path("mappings").path("_meta");
        throw new IndexBusyException("another build of " + generations.alias() + " is running (since "
            + meta.path("started").asText("?") + ", " + meta.path("by").asText("?") + "); if none is, delete the index "
            + lock + " and build again");
      }
      throw e;
    }
  }

  /** The new generation's shards and replicas: as asked, else as served, else 1 and 0. */
  private void shape() {
    Optional<String> current = generations.current();
    JsonNode served = current.isEmpty() ? null : settings(generations.index(current.get()));
    shards = askedShards != null ? askedShards : served == null ? 1 : served.path("number_of_shards").asInt(1);
    replicas = askedReplicas != null ? askedReplicas : served == null ? 0 : served.path("number_of_replicas").asInt(0);
  }

  private JsonNode settings(String index) {
    return client.get("/" + index + "/_settings").path(index).path("settings").path("index");
  }

  /** Generations a crashed build left behind (never completed, never served) are deleted first. */
  private void removeIncomplete(BuildProgress progress) {
    Optional<String> served = generations.current();
    for (String g : generations.list()) {
      if (!served.map(g::equals).orElse(false) && !generations.complete(g)) {
        progress.note("removing " + g + ", which a build did not complete");
        removeGeneration(generations.index(g), null);
      }
    }
  }

  /** Deletes a generation's index and its manifest; a failure to do so is added to {@code cause}, or thrown. */
  private void removeGeneration(String index, Exception cause) {
    for (String made : List.of(index, ClusterManifests.filesIndex(index), ClusterLinks.linksIndex(index))) {
      try {
        if (client.exists("/" + made)) {
          client.delete("/" + made);
        }
      } catch (RuntimeException e) {
        if (cause == null) {
          throw e;
        }
        cause.addSuppressed(e);
      }
    }
  }

  /**
   * The served generation, when a new one can start from it: of this schema, with this many
   * shards, and with its manifest; otherwise empty, and the build is a full one (the reason noted).
   */
  private Optional<String> reusable(BuildProgress progress) {
    Optional<String> current = generations.current();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    String index = generations.index(current.get());
    JsonNode settings = settings(index);
    JsonNode meta = client.get("/" + index + "/_mapping").path(index).path("mappings").path("_meta");
    int version = meta.path("schema_version").asInt(0);
    int ingestVersion = meta.path("ingest_version").asInt(0);
    if (version != ClusterSchema.VERSION || ingestVersion != org.policykb.index.Fields.SCHEMA_VERSION) {
      progress.note("full build: " + current.get() + " is of schema " + version + "/" + ingestVersion + ", this build writes "
          + ClusterSchema.VERSION + "/" + org.policykb.index.Fields.SCHEMA_VERSION);
      return Optional.empty();
    }
    if (settings.path("number_of_shards").asInt() != shards) {
      progress.note("full build: " + current.get() + " has " + Counts.of(settings.path("number_of_shards").asInt(), "shard") + ", "
          + shards + " asked");
      return Optional.empty();
    }
    if (!client.exists("/" + ClusterManifests.filesIndex(index))) {
      progress.note("full build: " + current.get() + " has no file manifest");
      return Optional.empty();
    }
    return current;
  }

  /**
   * Settings for the time of the build: no refresh until done, and the translog synced in the
   * background rather than on every bulk request — a build the cluster loses is removed and made
   * again anyway; {@link #finish} restores both and flushes.
   */
  private static void whileBuilding(ObjectNode index) {
    index.put("refresh_interval", "-1");
    index.put("translog.durability", "async");
  }

  /** The new index as a copy of the served one (hard links), writable, not refreshing until done. */
  private void cloneForBuild(String from, String to) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_replicas", replicas);
    whileBuilding(index);
    index.putObject("blocks").put("write", false);
    client.post("/" + from + "/_clone/" + to + "?wait_for_active_shards=all", body);
    awaitGreen(to);
  }

  /** Refreshes, waits for every copy, expunges deleted documents, checks the count and makes the generation read-only. */
  private void finish(String index, long expected, Instant started, BuildProgress progress) throws IOException {
    ObjectNode meta = JSON.createObjectNode();
    meta.putObject("_meta").put("built_at", started.toString()).put("schema_version", ClusterSchema.VERSION)
        .put("ingest_version", org.policykb.index.Fields.SCHEMA_VERSION);
    client.put("/" + index + "/_mapping", meta);
    ObjectNode refresh = JSON.createObjectNode();
    refresh.putObject("index").putNull("refresh_interval").putNull("translog.durability");
    client.put("/" + index + "/_settings", refresh);
    client.post("/" + index + "/_refresh", null);
    client.post("/" + index + "/_flush", null); // what the build wrote is on disk before anything is served from it
    awaitGreen(index);
    long merging = System.nanoTime();
    boolean deletions = client.get("/" + index + "/_stats/docs").path("_all").path("primaries").path("docs").path("deleted")
        .asLong() > 0;
    new ClusterMerges(client).expungeDeletes(index);
    if (deletions) {
      progress.note(String.format(java.util.Locale.ROOT, "merged the deleted documents away in %.1f s",
          (System.nanoTime() - merging) / 1e9));
    }
    long count = client.get("/" + index + "/_count").path("count").asLong(-1);
    if (count != expected) {
      throw new IOException("index " + index + " holds " + Counts.of(count, "document") + ", its manifest lists " + expected);
    }
    ObjectNode block = JSON.createObjectNode();
    block.putObject("index").putObject("blocks").put("write", true);
    client.put("/" + index + "/_settings", block);
  }

  private void awaitGreen(String index) throws IOException {
    JsonNode health = client.get("/_cluster/health/" + index + "?wait_for_status=green&timeout=60s");
    if (health.path("timed_out").asBoolean(false)) {
      throw new IOException("index " + index + " did not become green in 60 s (status " + health.path("status").asText()
          + "): are there enough nodes for " + replicas + " replica(s)?");
    }
  }

  /** Deletes generations (and their manifests) beyond those kept; the served one always stays. */
  private void prune() {
    List<String> all = generations.list();
    Optional<String> served = generations.current();
    for (int i = 0; i < all.size() - BuildPass.GENERATIONS_KEPT; i++) {
      if (!served.map(all.get(i)::equals).orElse(false)) {
        removeGeneration(generations.index(all.get(i)), null);
      }
    }
  }
}
