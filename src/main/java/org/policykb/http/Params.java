package org.policykb.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.policykb.search.InvalidRequestException;

/** Checks on request parameters that every endpoint shares. */
final class Params {
  static final int MAX_ID_LENGTH = 256;

  private Params() {}

  /** Refuses parameters the endpoint does not know, and parameters given twice. */
  static void allowOnly(Context ctx, String... names) {
    Set<String> allowed = Set.of(names);
    Set<String> unknown = new TreeSet<>();
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      if (!allowed.contains(p.getKey())) {
        unknown.add(p.getKey());
      } else if (p.getValue().size() > 1) {
        throw new InvalidRequestException(p.getKey() + " is given " + p.getValue().size() + " times; give it once");
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidRequestException(
          "unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
              + (names.length == 0 ? "; this endpoint takes none" : "; this endpoint takes " + String.join(", ", names)));
    }
  }

  /** A document id: a file name without its extension, so no slashes and no control characters. */
  static String id(String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidRequestException("id must not be empty");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new InvalidRequestException("id is " + id.length() + " characters long; ids are at most " + MAX_ID_LENGTH);
    }
    if (id.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == 0xFFFD)) {
      throw new InvalidRequestException("id must not contain slashes, control characters or invalid UTF-8");
    }
    return id;
  }
}
