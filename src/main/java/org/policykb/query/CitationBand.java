package org.policykb.query;

import java.util.Arrays;
import java.util.List;

/**
 * How many works of the corpus cite a document's work ({@code cited_by}), in bands: the values of the
 * {@link Facet#CITED_BY} facet and of its filter, the same on every engine. A band holds {@code min..max} citing
 * works, both inclusive.
 */
public enum CitationBand {
  NONE("0", 0, 0),
  ONCE("1", 1, 1),
  FEW("2-4", 2, 4),
  SEVERAL("5-9", 5, 9),
  MANY("10-49", 10, 49),
  MOST("50+", 50, Integer.MAX_VALUE);

  private final String label;
  private final int min;
  private final int max;

  CitationBand(String label, int min, int max) {
    this.label = label;
    this.min = min;
    this.max = max;
  }

  /** The value as the API writes it: {@code 0}, {@code 1}, {@code 2-4}, {@code 5-9}, {@code 10-49}, {@code 50+}. */
  public String label() {
    return label;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }

  /** The band of a count of citing works. */
  public static CitationBand of(long count) {
    for (CitationBand b : values()) {
      if (count <= b.max) {
        return b;
      }
    }
    return MOST;
  }

  /** The band a label names. */
  public static CitationBand parse(String label) {
    for (CitationBand b : values()) {
      if (b.label.equals(label.strip())) {
        return b;
      }
    }
    throw new InvalidRequestException("cited_by must be one of " + String.join(", ", labels()) + ", was '" + label + "'");
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(CitationBand::label).toList();
  }
}
