package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A metadata field that may be written as a scalar or as a list (front matter, JSON records,
 * overrides): both become a list of non-blank strings. A scalar is split by the field's kind.
 */
final class MetadataValues {
  /** Names are split on commas, enumeration commas and semicolons, never on spaces (习　近　平 is one name). */
  static final Pattern NAME_SEPARATORS = Pattern.compile("[,，、;；]");
  /** Tags and categories are also split on whitespace, as Jekyll does. */
  static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、]|\\s+");

  private MetadataValues() {}

  static List<String> list(Object v, Pattern separators) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> items) {
      for (Object x : items) {
        if (x != null && !x.toString().isBlank()) {
          out.add(x.toString().strip());
        }
      }
    } else if (v != null) {
      for (String part : separators.split(v.toString())) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /** A scalar's text, stripped, or null when it is missing or blank; a list gives its first item. */
  static String string(Object v) {
    if (v instanceof List<?> items) {
      return items.isEmpty() ? null : string(items.get(0));
    }
    return v == null || v.toString().isBlank() ? null : v.toString().strip();
  }

  /** The first value that is stated, in the order a reader prefers its fields. */
  static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
