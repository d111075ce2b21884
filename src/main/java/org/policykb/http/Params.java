package org.policykb.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.policykb.query.Filters;
import org.policykb.query.InvalidRequestException;
import org.policykb.query.Parameter;

/** Checks on request parameters that every endpoint shares. */
final class Params {
  static final int MAX_ID_LENGTH = 256;

  private Params() {}

  /**
   * Checks a request against its operation's parameters before the handler reads them: a parameter it does not
   * take, or given twice when it does not repeat, or whose value is not of its type, bounds or values, is a 400 that
   * names it.
   */
  static void check(Context ctx, ApiOperation op) {
    Set<String> unknown = new TreeSet<>();
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      Parameter parameter = op.query(p.getKey());
      if (parameter == null) {
        unknown.add(p.getKey());
      } else {
        parameter.check(p.getValue());
      }
    }
    if (!unknown.isEmpty()) {
      List<String> names = op.parameters().stream().filter(p -> p.in() == Parameter.In.QUERY).map(Parameter::name).toList();
      throw new InvalidRequestException(
          "unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
              + (names.isEmpty() ? "; this endpoint takes none" : "; this endpoint takes " + String.join(", ", names)));
    }
  }

  /** The subcorpus the filter parameters name. */
  static Filters filters(Context ctx) {
    return Filters.parse(ctx::queryParams);
  }

  /** An integer parameter, or its default (null when it has none). */
  static Integer integer(Context ctx, Parameter p) {
    return p.integerValue(ctx.queryParam(p.name()));
  }

  /** A boolean parameter, or its default. */
  static boolean bool(Context ctx, Parameter p) {
    return p.booleanValue(ctx.queryParam(p.name()));
  }

  /** The value of a parameter given once, or null. */
  static String text(Context ctx, Parameter p) {
    return ctx.queryParam(p.name());
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
