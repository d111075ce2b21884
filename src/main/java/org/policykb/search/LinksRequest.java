package org.policykb.search;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.policykb.model.Reference.Kind;
import org.policykb.query.EnumParameter;
import org.policykb.query.InvalidRequestException;

/**
 * A page of one document's links.
 *
 * @param id the document
 * @param direction {@link Direction#OUT}: what it names; {@link Direction#IN}: the works that name its work
 * @param kinds the kinds listed (all when empty); the counts per kind are of every kind
 * @param offset the first link listed
 * @param limit at most this many listed
 * @param evidence whether each link comes with its evidence (the sentence, read from the citing document's text); a
 *     caller that only counts or follows links leaves it out and reads no text
 */
public record LinksRequest(String id, Direction direction, Set<Kind> kinds, int offset, int limit, boolean evidence) {
  /** The most links one page lists. */
  public static final int MAX_LIMIT = 500;

  public enum Direction {
    OUT,
    IN;

    /** The {@code direction} parameter; null or empty is {@link #OUT}. */
    public static Direction parse(String value) {
      return EnumParameter.parse(Direction.class, "direction", value, OUT);
    }
  }

  public LinksRequest {
    kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(kinds);
    if (offset < 0 || limit < 0 || limit > MAX_LIMIT) {
      throw new InvalidRequestException("offset must be ≥ 0 and limit 0–" + MAX_LIMIT + ", were " + offset + " and " + limit);
    }
  }

  /** A page of links with their evidence. */
  public LinksRequest(String id, Direction direction, Set<Kind> kinds, int offset, int limit) {
    this(id, direction, kinds, offset, limit, true);
  }

  /** Whether a link of this kind is listed. */
  public boolean lists(Kind kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }

  /** The {@code kind} parameter: kinds separated by commas (cites, implements, issues, amends, repeals); empty is all. */
  public static Set<Kind> parseKinds(String value) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    Set<Kind> out = new LinkedHashSet<>();
    for (String k : value.split(",")) {
      Kind kind = Kind.of(k.strip().toLowerCase(java.util.Locale.ROOT));
      if (kind == null) {
        throw new InvalidRequestException("kind must be one or more of " + String.join(", ", Kind.keys())
            + ", separated by commas, was '" + value + "'");
      }
      out.add(kind);
    }
    return EnumSet.copyOf(out);
  }
}
