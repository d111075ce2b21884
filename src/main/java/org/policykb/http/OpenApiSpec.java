package org.policykb.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.policykb.query.Parameter;

/**
 * The API's OpenAPI 3.1 document: the answers, schemas and prose of {@code openapi.json} (a resource kept beside the
 * handlers), with every operation's parameters written from {@link ApiOperation}'s table. A parameter that several
 * operations take is a component ({@code #/components/parameters/Region}); a filter carries {@code x-filter} and its
 * workbench name {@code x-label}, which the workbench reads to build its URL state and its filter chips.
 */
final class OpenApiSpec {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static volatile byte[] bytes;

  private OpenApiSpec() {}

  /** The document as served, built once. */
  static byte[] bytes() {
    byte[] b = bytes;
    if (b == null) {
      try {
        b = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(build());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bytes = b;
    }
    return b;
  }

  static ObjectNode build() throws IOException {
    ObjectNode root;
    try (InputStream in = OpenApiSpec.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the build");
      }
      root = (ObjectNode) MAPPER.readTree(in);
    }
    Map<Parameter, String> shared = sharedParameters();
    ObjectNode components = ((ObjectNode) root.path("components")).putObject("parameters");
    shared.forEach((p, key) -> components.set(key, render(p)));
    JsonNode paths = root.path("paths");
    int described = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext();) {
      described += it.next().getValue().size();
    }
    if (described != ApiOperation.values().length) {
      throw new IllegalStateException("openapi.json describes " + described + " operations, the router has "
          + ApiOperation.values().length);
    }
    for (ApiOperation op : ApiOperation.values()) {
      JsonNode node = paths.path(op.path()).path(op.method().name().toLowerCase(Locale.ROOT));
      if (!(node instanceof ObjectNode operation)) {
        throw new IllegalStateException("openapi.json does not describe " + op.method() + " " + op.path());
      }
      if (operation.has("parameters")) {
        throw new IllegalStateException(op.path() + ": parameters come from ApiOperation, not from openapi.json");
      }
      if (op.parameters().isEmpty()) {
        continue;
      }
      ArrayNode parameters = MAPPER.createArrayNode();
      for (Parameter p : op.parameters()) {
        String key = shared.get(p);
        parameters.add(key != null ? MAPPER.createObjectNode().put("$ref", "#/components/parameters/" + key) : render(p));
      }
      // parameters read first in the document: before the responses
      ObjectNode reordered = MAPPER.createObjectNode();
      operation.properties().forEach(e -> {
        if (e.getKey().equals("responses")) {
          reordered.set("parameters", parameters);
        }
        reordered.set(e.getKey(), e.getValue());
      });
      operation.removeAll();
      operation.setAll(reordered);
    }
    return root;
  }

  /**
   * The parameters more than one operation takes, each with its component name (region → Region, doc_type → DocType),
   * in the order the operations first take them; of two senses of one name, the first taken.
   */
  private static Map<Parameter, String> sharedParameters() {
    Map<Parameter, Integer> uses = new LinkedHashMap<>();
    for (ApiOperation op : ApiOperation.values()) {
      op.parameters().forEach(p -> uses.merge(p, 1, Integer::sum));
    }
    Map<Parameter, String> shared = new LinkedHashMap<>();
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    uses.forEach((p, n) -> {
      if (n > 1) {
        String key = componentName(p);
        if (byKey.putIfAbsent(key, p) == null) {
          shared.put(p, key);
        } // else another sense of the same name (an optional q) is written out where it is taken
      }
    });
    return shared;
  }

  private static String componentName(Parameter p) {
    if (p.in() == Parameter.In.PATH && p.name().equals("id")) {
      return "DocumentId";
    }
    StringBuilder key = new StringBuilder();
    for (String part : p.name().split("_")) {
      key.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return key.toString();
  }

  /** A parameter as OpenAPI 3.1 writes it. */
  static ObjectNode render(Parameter p) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", p.name());
    node.put("in", p.in().name().toLowerCase(Locale.ROOT));
    if (p.required()) {
      node.put("required", true);
    }
    node.put("description", p.description());
    ObjectNode value = MAPPER.createObjectNode();
    switch (p.type()) {
      case INTEGER -> {
        value.put("type", "integer").put("format", "int32");
        if (p.min() != null) {
          value.put("minimum", p.min());
        }
        if (p.max() != null) {
          value.put("maximum", p.max());
        }
        if (p.defaultValue() != null) {
          value.put("default", Integer.parseInt(p.defaultValue()));
        }
      }
      case BOOLEAN -> value.put("type", "boolean").put("default", Boolean.parseBoolean(p.defaultValue()));
      case STRING -> {
        value.put("type", "string");
        if (p.minLength() != null) {
          value.put("minLength", p.minLength());
        }
        if (p.maxLength() != null) {
          value.put("maxLength", p.maxLength());
        }
        if (p.pattern() != null) {
          value.put("pattern", p.pattern());
        }
        if (!p.choices().isEmpty()) {
          p.choices().forEach(value.putArray("enum")::add);
        }
        if (p.defaultValue() != null && p.shape() == Parameter.Shape.ONE) {
          value.put("default", p.defaultValue());
        }
      }
    }
    if (p.shape() == Parameter.Shape.ONE) {
      node.set("schema", value);
    } else {
      node.put("style", "form").put("explode", p.shape() == Parameter.Shape.REPEATED);
      ObjectNode array = node.putObject("schema").put("type", "array");
      array.set("items", value);
      if (p.shape() == Parameter.Shape.REPEATED) {
        array.put("maxItems", Parameter.MAX_VALUES);
      } else {
        array.put("uniqueItems", true);
      }
    }
    if (!p.example().isEmpty()) {
      if (p.shape() != Parameter.Shape.ONE) {
        p.example().forEach(node.putArray("example")::add);
      } else if (p.type() == Parameter.Type.INTEGER) {
        node.put("example", Integer.parseInt(p.example().get(0)));
      } else {
        node.put("example", p.example().get(0));
      }
    }
    if (p.filter()) {
      node.put("x-filter", true).put("x-label", p.label());
    }
    return node;
  }
}
