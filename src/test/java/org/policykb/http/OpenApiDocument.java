package org.policykb.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An OpenAPI 3.1 document as the tests read it: its operations, their parameters with {@code $ref}s
 * followed, and the JSON Schema (2020-12, OpenAPI 3.1 dialect) of each answer.
 *
 * <p>Schemas are resolved by the validator itself: the document's text is registered under
 * {@link #IRI}, and an answer's schema is loaded from {@code IRI#/paths/…/schema}, so its
 * {@code #/components/schemas/…} references resolve against the same document, as OpenAPI means them.
 * Only a response object's own {@code $ref} (to {@code #/components/responses/…}) is an OpenAPI
 * reference rather than a schema one, and is followed here.
 */
final class OpenApiDocument {
  /** The name the document is registered under with the validator; nothing is ever fetched from it. */
  static final String IRI = "https://policykb.invalid/api/openapi.json";
  /** The fields of an OpenAPI 3.1 document's root object. */
  private static final List<String> DOCUMENT_FIELDS = List.of(
      "openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags",
      "externalDocs");
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode root;
  private final SchemaRegistry registry;

  OpenApiDocument(String text) throws IOException {
    this.root = new ObjectMapper().readTree(text);
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(true)
        .locale(Locale.ROOT)
        .build();
    // The document's own fields are no schema keywords: say so, rather than have each logged as unknown.
    Dialect openApi = Dialect.builder(Dialects.getOpenApi31())
        .keywords(DOCUMENT_FIELDS.stream().map(NonValidationKeyword::new).toList())
        .build();
    this.registry = SchemaRegistry.withDialect(openApi,
        builder -> builder.schemas(Map.of(IRI, text)).schemaRegistryConfig(config));
  }

  JsonNode root() {
    return root;
  }

  /** Every operation as {@code METHOD path}, e.g. {@code GET /api/search}. */
  Set<String> operations() {
    Set<String> out = new TreeSet<>();
    root.path("paths").properties().forEach(path -> {
      for (String method : METHODS) {
        if (path.getValue().has(method)) {
          out.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    });
    return out;
  }

  JsonNode operation(String method, String path) {
    JsonNode op = root.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    if (op.isMissingNode()) {
      throw new AssertionError("openapi.json has no operation " + method + " " + path);
    }
    return op;
  }

  /** The operation's parameters (the path item's and its own), each with its {@code $ref} followed. */
  List<JsonNode> parameters(String method, String path) {
    List<JsonNode> out = new ArrayList<>();
    root.path("paths").path(path).path("parameters").forEach(p -> out.add(resolve(p)));
    operation(method, path).path("parameters").forEach(p -> out.add(resolve(p)));
    return out;
  }

  /** The node itself, or the one its local {@code $ref} points at. */
  JsonNode resolve(JsonNode node) {
    return node.has("$ref") ? at(node.get("$ref").asText()) : node;
  }

  /** The node a local reference ({@code #/components/…}) points at; fails when there is none. */
  JsonNode at(String ref) {
    if (!ref.startsWith("#/")) {
      throw new AssertionError("only local references are expected, found " + ref);
    }
    JsonNode node = root.at(ref.substring(1));
    if (node.isMissingNode()) {
      throw new AssertionError("reference " + ref + " points at nothing");
    }
    return node;
  }

  /** Every {@code $ref} in the document that points at nothing. */
  List<String> danglingRefs() {
    List<String> out = new ArrayList<>();
    collectDangling(root, out);
    return out;
  }

  private void collectDangling(JsonNode node, List<String> out) {
    if (node.isObject() && node.has("$ref") && node.get("$ref").isTextual()) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/") || root.at(ref.substring(1)).isMissingNode()) {
        out.add(ref);
      }
    }
    node.forEach(child -> collectDangling(child, out));
  }

  /** The media types the document gives for this answer; empty when it does not describe the status. */
  Set<String> mediaTypes(String method, String path, int status) {
    String response = responsePointer(method, path, status);
    Set<String> out = new LinkedHashSet<>();
    if (response != null) {
      root.at(response).path("content").fieldNames().forEachRemaining(out::add);
    }
    return out;
  }

  /** The JSON Schema of one answer, ready to validate; fails when the document does not describe it. */
  Schema schema(String method, String path, int status, String mediaType) {
    String response = responsePointer(method, path, status);
    if (response == null || root.at(response).path("content").path(mediaType).path("schema").isMissingNode()) {
      throw new AssertionError("openapi.json describes no " + mediaType + " answer " + status + " to " + method + " " + path);
    }
    return registry.getSchema(SchemaLocation.of(IRI + "#" + fragment(response + "/content/" + token(mediaType) + "/schema")));
  }

  /** The JSON pointer of the response object for this status, its {@code $ref} followed; null if there is none. */
  private String responsePointer(String method, String path, int status) {
    String pointer = "/paths/" + token(path) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status;
    JsonNode response = root.at(pointer);
    if (response.isMissingNode()) {
      return null;
    }
    return response.has("$ref") ? response.get("$ref").asText().substring(1) : pointer;
  }

  /** A JSON pointer token (RFC 6901): {@code /api/search} → {@code ~1api~1search}. */
  static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** A JSON pointer as an IRI fragment: the braces of path templates percent-encoded (RFC 6901, section 6). */
  static String fragment(String pointer) {
    return pointer.replace("%", "%25").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
  }
}
