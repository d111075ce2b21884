package org.policykb.query;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.policykb.index.Fields;

/** A metadata field that search results can be counted by. */
public enum Facet {
  YEAR(Fields.YEAR),
  SOURCE(Fields.SOURCE_NAME),
  PARK(Fields.PARK),
  CITES(Fields.CITES),
  ISSUER(Fields.ISSUER),
  DOC_TYPE(Fields.DOC_TYPE),
  AGENCY_CODE(Fields.AGENCY_CODE),
  DOC_YEAR(Fields.DOC_YEAR),
  CATEGORY(Fields.CATEGORY),
  REGION(Fields.REGION),
  LEVEL(Fields.LEVEL),
  /** How many works cite the document's work, in {@link CitationBand}s. */
  CITED_BY(Fields.CITED_BY);

  /** Values listed per facet unless asked otherwise, and at most. */
  public static final int DEFAULT_SIZE = 100;
  public static final int MAX_SIZE = 1000;

  private final String field;

  Facet(String field) {
    this.field = field;
  }

  /** The field of the index this facet counts. */
  public String field() {
    return field;
  }

  /** The name the API uses. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code year,source} → the facets; null or empty → none. */
  public static Set<Facet> parseList(String value) {
    Set<Facet> facets = EnumSet.noneOf(Facet.class);
    if (value == null || value.isBlank()) {
      return facets;
    }
    for (String name : value.split(",", -1)) {
      if (name.isBlank()) {
        throw new InvalidRequestException("facets is a comma-separated list of " + EnumParameter.choices(Facet.class)
            + ", with no empty entry: '" + value + "'");
      }
      facets.add(EnumParameter.parse(Facet.class, "facets", name, null));
    }
    return facets;
  }
}
