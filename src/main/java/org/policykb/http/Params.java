package org.policykb.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.policykb.query.Count;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;

/** Checks on request parameters that every endpoint shares. */
final class Params {
  static final int MAX_ID_LENGTH = 256;

  private Params() {}

  /**
   * The filter parameters every research endpoint takes; all but the dates, undated and count may
   * repeat. {@code count} (works or files) says whether the members of a work take part once or each.
   */
  static final String[] FILTERS = {
    "from", "to", "source", "park", "cites", "undated", "issuer", "doc_type", "agency_code", "doc_year", "category", "region", "level",
    "count"
  };
  private static final Set<String> REPEATABLE =
      Set.of("source", "park", "cites", "issuer", "doc_type", "agency_code", "doc_year", "category", "region", "level");

  /** Refuses parameters the endpoint does not know, and parameters given twice (but repeatable filters). */
  static void allowOnly(Context ctx, String... names) {
    Set<String> allowed = Set.of(names);
    Set<String> unknown = new TreeSet<>();
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      if (!allowed.contains(p.getKey())) {
        unknown.add(p.getKey());
      } else if (p.getValue().size() > 1 && !REPEATABLE.contains(p.getKey())) {
        throw new InvalidRequestException(p.getKey() + " is given " + p.getValue().size() + " times; give it once");
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidRequestException(
          "unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
              + (names.length == 0 ? "; this endpoint takes none" : "; this endpoint takes " + String.join(", ", names)));
    }
  }

  /** {@code names} followed by the filter parameters. */
  static String[] withFilters(String... names) {
    String[] all = java.util.Arrays.copyOf(names, names.length + FILTERS.length);
    System.arraycopy(FILTERS, 0, all, names.length, FILTERS.length);
    return all;
  }

  static Filters filters(Context ctx) {
    return Filters.parse(ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParams("source"),
        ctx.queryParams("park"), ctx.queryParams("cites"), ctx.queryParam("undated"), ctx.queryParams("issuer"),
        ctx.queryParams("doc_type"), ctx.queryParams("agency_code"), ctx.queryParams("doc_year"), ctx.queryParams("category"),
        ctx.queryParams("region"), ctx.queryParams("level"))
        .withCount(Count.parse(ctx.queryParam("count")));
  }

  /** An integer parameter within bounds, or its default; the message names the parameter. */
  static int integer(Context ctx, String name, int defaultValue, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name + " must be an integer, was '" + raw + "'");
    }
    if (value < min || value > max) {
      throw new InvalidRequestException(name + " must be " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  /** A boolean parameter, {@code true} or {@code false} in any case, or its default; the message names the parameter. */
  static boolean bool(Context ctx, String name, boolean defaultValue) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidRequestException(name + " must be true or false, was '" + raw + "'");
    };
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
