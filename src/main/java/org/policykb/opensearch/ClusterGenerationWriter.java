package org.policykb.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.policykb.index.GenerationWriter;
import org.policykb.index.Json;
import org.policykb.index.WorkRole;
import org.policykb.model.PolicyDocument;

/**
 * Writes a build's documents into a cluster index with bulk requests, several at a time: a batch is
 * turned into JSON and sent on a thread of its own while the build reads on, so the cluster's
 * indexing, the JSON and the reading of the corpus overlap. A document the cluster refuses is
 * refused with the cluster's reason; a deletion it refuses stops the build.
 */
final class ClusterGenerationWriter implements GenerationWriter, AutoCloseable {
  /** A batch is sent once its JSON holds about this many chars (most of them 3 UTF-8 bytes). */
  private static final int BATCH_CHARS = 4 * 1024 * 1024;
  private static final ObjectMapper JSON = Json.mapper();
  /** Documents read back at a time when a work's members are written again. */
  private static final int MGET_BATCH = 200;

  private record Action(PolicyDocument document, WorkRole role, String deleteId, Refusal refused, int citedBy) {}

  private final ClusterClient client;
  private final String index;
  private final ExecutorService senders;
  private final Semaphore inFlight;
  private final Phaser pending = new Phaser(1);
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private List<Action> batch = new ArrayList<>();
  private long batchChars;

  private final int replicas;

  /** @param replicas the copies of the generation's links index */
  ClusterGenerationWriter(ClusterClient client, String index, int replicas) {
    this.replicas = replicas;
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    this.client = client;
    this.index = index;
    this.senders = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bulk-sender");
      t.setDaemon(true);
      return t;
    });
    this.inFlight = new Semaphore(threads + 1);
  }

  @Override
  public void write(PolicyDocument document, WorkRole role, Refusal refused) throws IOException {
    batch.add(new Action(document, role, null, refused, 0));
    batchChars += 3L * document.text().length() + 1024; // the text goes three times: stored, exact, words
    if (batchChars >= BATCH_CHARS) {
      send();
    }
  }

  @Override
  public void delete(String id) throws IOException {
    batch.add(new Action(null, null, id, null, 0));
    batchChars += 64;
    if (batchChars >= BATCH_CHARS) {
      send();
    }
  }

  /** Reads the documents back from the index (refreshed, so that this build's writes are seen) and writes them again. */
  @Override
  public void rewrite(Map<String, WorkRole> roles) throws IOException {
    await();
    writeAgain(new ArrayList<>(roles.keySet()), "of a work", (id, source) -> roles.get(id),
        (id, source) -> source.path(org.policykb.index.Fields.CITED_BY).asInt(0));
  }

  /** Writes the links index beside the generation's, then each document's count of citing works where it changed. */
  @Override
  public void links(List<org.policykb.model.Link> links, Map<String, Integer> citedBy) throws IOException {
    await();
    ClusterLinks store = new ClusterLinks(client);
    store.write(index, links, replicas);
    // a partial update would rebuild a document from its _source, which leaves out the indexed texts: the documents
    // whose count changed are written again whole
    Map<String, Integer> changed = store.changedCitedBy(index, citedBy);
    List<String> ids = new ArrayList<>(changed.keySet());
    java.util.Collections.sort(ids);
    writeAgain(ids, "a link names", (id, source) -> ClusterDocuments.roleOf(source), (id, source) -> changed.get(id));
    await();
  }

  /**
   * Reads documents back from the index (refreshed, so that this build's writes are seen) and queues each to be
   * written again whole, in the role and with the count of citing works given.
   *
   * @param what what the documents are, for the message when one is missing
   */
  private void writeAgain(List<String> ids, String what, java.util.function.BiFunction<String, JsonNode, WorkRole> role,
      java.util.function.ToIntBiFunction<String, JsonNode> citedBy) throws IOException {
    client.post("/" + index + "/_refresh", null);
    for (int from = 0; from < ids.size(); from += MGET_BATCH) {
      ObjectNode body = JSON.createObjectNode();
      ArrayNode wanted = body.putArray("ids");
      ids.subList(from, Math.min(ids.size(), from + MGET_BATCH)).forEach(wanted::add);
      for (JsonNode d : client.post("/" + index + "/_mget", body).path("docs")) {
        String id = d.path("_id").asText();
        if (!d.path("found").asBoolean(false)) {
          throw new IOException("document " + id + " " + what + " is not in the generation");
        }
        JsonNode source = d.path("_source");
        PolicyDocument document = ClusterDocuments.fromSource(source);
        batch.add(new Action(document, role.apply(id, source), null, reason -> failure.compareAndSet(null,
            new IllegalStateException("document " + id + " was indexed before and is refused now: " + reason)),
            citedBy.applyAsInt(id, source)));
        batchChars += 3L * document.text().length() + 1024;
        if (batchChars >= BATCH_CHARS) {
          send();
        }
      }
    }
  }

  @Override
  public void await() throws IOException {
    send();
    pending.arriveAndAwaitAdvance();
    RuntimeException e = failure.get();
    if (e != null) {
      throw e;
    }
  }

  private void send() throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    List<Action> sent = batch;
    batch = new ArrayList<>();
    batchChars = 0;
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the build was interrupted", e);
    }
    pending.register();
    senders.execute(() -> {
      try {
        if (failure.get() == null) {
          bulk(sent);
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      } catch (Error e) { // the batch is lost: the build stops rather than publish without it
        failure.compareAndSet(null, new IllegalStateException("a bulk request failed: " + e, e));
      } finally {
        inFlight.release();
        pending.arriveAndDeregister();
      }
    });
  }

  private void bulk(List<Action> actions) {
    StringBuilder body = new StringBuilder();
    for (Action a : actions) {
      ObjectNode action = JSON.createObjectNode();
      if (a.document() == null) {
        action.putObject("delete").put("_index", index).put("_id", a.deleteId());
        body.append(action).append('\n');
      } else {
        action.putObject("index").put("_index", index).put("_id", a.document().id());
        try {
          body.append(JSON.writeValueAsString(action)).append('\n')
              .append(JSON.writeValueAsString(ClusterDocuments.toJson(a.document(), a.role(), a.citedBy()))).append('\n');
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    JsonNode answer = client.bulk("/_bulk", body.toString());
    if (!answer.path("errors").asBoolean(false)) {
      return;
    }
    JsonNode items = answer.path("items");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      JsonNode error = item.has("index") ? item.path("index").path("error") : item.path("delete").path("error");
      if (error.isMissingNode()) {
        continue;
      }
      Action a = actions.get(i);
      if (a.document() == null) {
        throw new IllegalStateException("a stale document could not be deleted: " + error);
      }
      a.refused().refused(error.path("reason").asText(error.toString()));
    }
  }

  @Override
  public void close() {
    senders.shutdownNow();
  }
}
