package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a request reaches one shard of an index, or one copy of it: a routing value that leads to
 * each shard (OpenSearch hashes routing values to shards, so the first few values find them all),
 * and the nodes that hold a shard's copies. A shard's term statistics cover its own documents, so
 * whatever sums them asks each shard once.
 */
public final class ShardRoutings {
  private static final int MAX_ROUTINGS_TRIED = 10_000;

  private ShardRoutings() {}

  /** For each shard of {@code index}, in shard order, a routing value that leads to it. */
  public static List<String> of(ClusterClient client, String index) {
    int shards = client.get("/" + index + "/_settings").path(index).path("settings").path("index").path("number_of_shards").asInt(1);
    Map<Integer, String> found = new TreeMap<>();
    for (int r = 0; found.size() < shards && r < MAX_ROUTINGS_TRIED; r++) {
      found.putIfAbsent(searchShards(client, index, Integer.toString(r)).path(0).path("shard").asInt(-1), Integer.toString(r));
    }
    found.remove(-1);
    return List.copyOf(found.values());
  }

  /** The copies of the shard {@code routing} leads to: its number, and the node and role of each copy. */
  public static List<Copy> copies(ClusterClient client, String index, String routing) {
    List<Copy> out = new ArrayList<>();
    for (JsonNode c : searchShards(client, index, routing)) {
      out.add(new Copy(c.path("shard").asInt(), c.path("node").asText(), c.path("primary").asBoolean()));
    }
    return out;
  }

  /** One copy of a shard: which shard, on which node, primary or replica. */
  public record Copy(int shard, String node, boolean primary) {
    /** The search preference that sends a request for this shard to this copy. */
    public String preference() {
      return "_only_nodes:" + node;
    }
  }

  private static JsonNode searchShards(ClusterClient client, String index, String routing) {
    return client.get("/" + index + "/_search_shards?routing=" + routing).path("shards").path(0);
  }
}
