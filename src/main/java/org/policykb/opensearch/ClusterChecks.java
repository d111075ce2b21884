package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policykb.index.Json;

/** What a cluster must offer before anything is served or built on it. */
public final class ClusterChecks {
  private static final ObjectMapper JSON = Json.mapper();

  private ClusterChecks() {}

  /**
   * Checks what serving needs before a server starts, with one line that says what to do: the
   * cluster answers, is not red, and has the smartcn analyzer.
   */
  public static void check(ClusterClient client) {
    String url = client.options().url();
    JsonNode root;
    try {
      root = client.get("/");
    } catch (ClusterUnavailableException e) {
      throw new IllegalStateException("OpenSearch at " + url + " cannot be reached: " + e.getMessage()
          + " — start it (or ./policykb dev-cluster) and check --opensearch-url", e);
    } catch (ClusterRequestException e) {
      throw new IllegalStateException("OpenSearch at " + url + " refused us (" + e.status() + "): " + e.getMessage()
          + " — check --opensearch-user/--opensearch-password", e);
    }
    String status = client.get("/_cluster/health").path("status").asText();
    if ("red".equals(status)) {
      throw new IllegalStateException("OpenSearch at " + url + " (" + root.path("version").path("number").asText()
          + ") is red: some shards have no copy; bring its nodes back before serving");
    }
    try {
      ObjectNode analyze = JSON.createObjectNode().put("analyzer", "smartcn").put("text", "中文分词");
      client.post("/_analyze", analyze);
    } catch (ClusterRequestException e) {
      throw new IllegalStateException("OpenSearch at " + url + " has no smartcn analyzer: install the official plugin "
          + "on every node (bin/opensearch-plugin install analysis-smartcn) and restart them", e);
    }
  }
}
