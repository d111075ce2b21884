package org.policykb.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykb.index.BuildReport;
import org.policykb.index.IndexBuilder;
import org.policykb.index.Json;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;

/**
 * Builds a generation on an OpenSearch cluster from the corpus folder, with the ingestion the
 * embedded index uses: a new index per generation ({@link ClusterSchema}), filled by bulk requests,
 * refreshed, checked (every document counted, the index green), made read-only, then served by an
 * atomic alias switch; older generations beyond {@link IndexBuilder#GENERATIONS_KEPT} are deleted.
 * A build that fails leaves the served generation as it was and removes its half-built index.
 */
public final class ClusterIndexBuilder {
  /** Files read and cleaned in parallel at a time, then sent in bulk requests in corpus order. */
  private static final int FILES_PER_ROUND = 256;
  /** A bulk request is sent once it holds this many bytes of JSON. */
  private static final int BULK_BYTES = 8 * 1024 * 1024;

  private static final ObjectMapper JSON = Json.mapper();

  private final CorpusReader reader = new CorpusReader();
  private final ClusterClient client;
  private final ClusterGenerations generations;
  private final int shards;
  private final int replicas;

  public ClusterIndexBuilder(ClusterClient client, ClusterGenerations generations, int shards, int replicas) {
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("shards must be ≥ 1 and replicas ≥ 0, were " + shards + " and " + replicas);
    }
    this.client = client;
    this.generations = generations;
    this.shards = shards;
    this.replicas = replicas;
  }

  public BuildReport build(Path corpus, IndexBuilder.Progress progress) throws IOException {
    Instant started = Instant.now();
    CorpusReader.Listing listing = reader.list(corpus);
    String generation = generations.next();
    String index = generations.index(generation);
    ObjectNode body = ClusterSchema.index(shards, replicas);
    ((ObjectNode) body.path("settings").path("index")).put("refresh_interval", "-1");
    client.put("/" + index, body);
    try {
      long bytes = 0;
      for (Path f : listing.files()) {
        bytes += Files.size(f);
      }
      progress.started(listing.files().size(), bytes);
      Run run = new Run(corpus, index, listing.duplicates(), progress);
      for (int from = 0; from < listing.files().size(); from += FILES_PER_ROUND) {
        run.round(listing.files().subList(from, Math.min(from + FILES_PER_ROUND, listing.files().size())));
      }
      run.flush();
      listing.unlisted().forEach(r -> progress.fileDone(List.of(r), 0));
      run.results.addAll(listing.unlisted());
      finish(index, run.documents(), started);
      generations.switchTo(generation);
      generations.prune(IndexBuilder.GENERATIONS_KEPT);
      return new BuildReport(run.results, Duration.between(started, Instant.now()), generation, true,
          (int) run.documents(), 0, 0, 0, run.bytes);
    } catch (IOException | RuntimeException e) {
      try {
        client.delete("/" + index);
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** Refreshes, waits for every copy, checks the count and makes the generation read-only. */
  private void finish(String index, long expected, Instant started) throws IOException {
    ObjectNode meta = JSON.createObjectNode();
    meta.putObject("_meta").put("built_at", started.toString()).put("schema_version", ClusterSchema.VERSION);
    client.put("/" + index + "/_mapping", meta);
    ObjectNode refresh = JSON.createObjectNode();
    refresh.putObject("index").putNull("refresh_interval");
    client.put("/" + index + "/_settings", refresh);
    client.post("/" + index + "/_refresh", null);
    JsonNode health = client.get("/_cluster/health/" + index + "?wait_for_status=green&timeout=60s");
    if (health.path("timed_out").asBoolean(false)) {
      throw new IOException("index " + index + " did not become green in 60 s (status " + health.path("status").asText()
          + "): are there enough nodes for " + replicas + " replica(s)?");
    }
    long count = client.get("/" + index + "/_count").path("count").asLong(-1);
    if (count != expected) {
      throw new IOException("index " + index + " holds " + count + " documents, " + expected + " were sent");
    }
    ObjectNode block = JSON.createObjectNode();
    block.putObject("index").putObject("blocks").put("write", true);
    client.put("/" + index + "/_settings", block);
  }

  /** One build's state: results in corpus order, the ids taken, the bulk request being filled. */
  private final class Run {
    final Path corpus;
    final String index;
    final Map<Path, String> duplicates;
    final IndexBuilder.Progress progress;
    final List<IngestResult> results = new ArrayList<>();
    final Map<String, String> fileOfId = new HashMap<>();
    final StringBuilder bulk = new StringBuilder();
    /** For each document in {@link #bulk}: where its result is in {@link #results}. */
    final List<Integer> pending = new ArrayList<>();
    long bytes;

    Run(Path corpus, String index, Map<Path, String> duplicates, IndexBuilder.Progress progress) {
      this.corpus = corpus;
      this.index = index;
      this.duplicates = duplicates;
      this.progress = progress;
    }

    void round(List<Path> files) {
      record Read(List<IngestResult> results, long size) {}
      List<Read> read = files.parallelStream().map(f -> {
        String relative = CorpusReader.relative(corpus, f);
        if (duplicates.containsKey(f)) {
          return new Read(List.of(IngestResult.failed(relative, duplicates.get(f))), 0);
        }
        CorpusReader.Loaded loaded = reader.load(corpus, f);
        if (loaded.problem() != null) {
          return new Read(List.of(loaded.problem()), 0);
        }
        return new Read(reader.parse(loaded.source()), loaded.source().bytes().length);
      }).toList();
      for (Read r : read) {
        List<IngestResult> done = new ArrayList<>();
        for (IngestResult result : r.results()) {
          done.add(add(result));
        }
        bytes += r.size();
        progress.fileDone(done, r.size());
      }
    }

    /** Queues an OK result's document for the bulk request; returns the result as reported. */
    private IngestResult add(IngestResult r) {
      if (r.status() != IngestResult.Status.OK) {
        results.add(r);
        return r;
      }
      String earlier = fileOfId.putIfAbsent(r.id(), r.file());
      if (earlier != null) {
        IngestResult failed = IngestResult.failed(r.file(), "id " + r.id() + " is already the id of a document of " + earlier);
        results.add(failed);
        return failed;
      }
      ObjectNode action = JSON.createObjectNode();
      action.putObject("index").put("_index", index).put("_id", r.id());
      try {
        bulk.append(JSON.writeValueAsString(action)).append('\n')
            .append(JSON.writeValueAsString(ClusterDocuments.toJson(r.document()))).append('\n');
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      IngestResult kept = r.withoutDocument();
      pending.add(results.size());
      results.add(kept);
      if (bulk.length() >= BULK_BYTES / 2) { // chars, most of them 3 UTF-8 bytes
        flush();
      }
      return kept;
    }

    /** Sends the bulk request; a document OpenSearch refuses becomes that file's error. */
    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      JsonNode answer = client.bulk("/_bulk", bulk.toString());
      if (answer.path("errors").asBoolean(false)) {
        JsonNode items = answer.path("items");
        for (int i = 0; i < items.size(); i++) {
          JsonNode error = items.get(i).path("index").path("error");
          if (!error.isMissingNode()) {
            int at = pending.get(i);
            IngestResult r = results.get(at);
            results.set(at, IngestResult.failed(r.file(), "cannot be indexed: " + error.path("reason").asText(error.toString())));
          }
        }
      }
      bulk.setLength(0);
      pending.clear();
    }

    long documents() {
      return results.stream().filter(r -> r.status() == IngestResult.Status.OK).count();
    }
  }
}
