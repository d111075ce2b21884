package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.index.Json;

/**
 * Generations on a cluster: one index per generation ({@code <name>-gen-000001}, …) and an alias
 * ({@code <name>}) on the one served, switched in one {@code _aliases} call, which OpenSearch applies
 * atomically: a search names the alias and sees the old generation or the new one, never neither.
 */
public final class ClusterGenerations {
  private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6})");

  private final ClusterClient client;
  private final String alias;

  /** @param alias the alias searches use; generation indexes are named after it */
  public ClusterGenerations(ClusterClient client, String alias) {
    if (!alias.matches("[a-z0-9][a-z0-9_-]{0,100}")) {
      throw new IllegalArgumentException("--opensearch-index must be lower-case letters, digits, _ or -, was " + alias);
    }
    this.client = client;
    this.alias = alias;
  }

  public String alias() {
    return alias;
  }

  /** The index of a generation, e.g. {@code policykb-gen-000002}. */
  public String index(String generation) {
    return alias + "-" + generation;
  }

  /** The generation of an index name. */
  public String generationOf(String index) {
    return index.substring(alias.length() + 1);
  }

  /** The generation the alias points at, if any. */
  public Optional<String> current() {
    try {
      JsonNode aliases = client.get("/_alias/" + alias);
      Iterator<String> names = aliases.fieldNames();
      return names.hasNext() ? Optional.of(generationOf(names.next())) : Optional.empty();
    } catch (ClusterRequestException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Every generation's name, oldest first. */
  public List<String> list() {
    JsonNode indices = client.get("/" + alias + "-gen-*/_alias?expand_wildcards=open");
    List<String> out = new ArrayList<>();
    indices.fieldNames().forEachRemaining(name -> {
      String generation = generationOf(name);
      if (GENERATION.matcher(generation).matches()) {
        out.add(generation);
      }
    });
    out.sort(null);
    return out;
  }

  /** The name the next generation takes. */
  public String next() {
    int highest = 0;
    for (String g : list()) {
      Matcher m = GENERATION.matcher(g);
      if (m.matches()) {
        highest = Math.max(highest, Integer.parseInt(m.group(1)));
      }
    }
    return String.format(java.util.Locale.ROOT, "gen-%06d", highest + 1);
  }

  /** Points the alias at {@code generation}, in one atomic step. */
  public void switchTo(String generation) {
    ObjectNode body = Json.mapper().createObjectNode();
    ArrayNode actions = body.putArray("actions");
    current().ifPresent(old -> actions.addObject().putObject("remove").put("index", index(old)).put("alias", alias));
    actions.addObject().putObject("add").put("index", index(generation)).put("alias", alias);
    client.post("/_aliases", body);
  }

  /**
   * True when a build completed the generation: it was checked, stamped ({@code _meta.built_at}) and
   * made read-only. One a build is filling, or left behind when it crashed, is not.
   */
  public boolean complete(String generation) {
    String index = index(generation);
    JsonNode settings = client.get("/" + index + "/_settings").path(index).path("settings").path("index");
    boolean readOnly = settings.path("blocks").path("write").asText("false").equals("true");
    return readOnly && client.get("/" + index + "/_mapping").path(index).path("mappings").path("_meta").has("built_at");
  }

  /** Serves the newest complete generation older than the current one again. */
  public String rollback() {
    String now = current().orElseThrow(() -> new IllegalStateException("alias " + alias + " serves no generation"));
    List<String> older = list().stream().filter(g -> g.compareTo(now) < 0 && complete(g)).toList();
    if (older.isEmpty()) {
      throw new IllegalStateException("no generation older than " + now + " to roll back to");
    }
    String previous = older.get(older.size() - 1);
    switchTo(previous);
    return previous;
  }
}
