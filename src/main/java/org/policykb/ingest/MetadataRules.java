package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a metadata value may be, whichever reader or override it comes from: no control or format
 * characters, whitespace collapsed to single spaces, at most {@value #MAX_CHARS} characters, and a url only when it is http or
 * https. A value that had to change says so in a warning for the build report.
 */
final class MetadataRules {
  static final int MAX_CHARS = 500;

  private MetadataRules() {}

  /** A clean single-line value, or null when nothing is left. */
  static String value(String field, String v, List<String> warnings) {
    if (v == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(v.length());
    boolean space = false;
    for (int i = 0; i < v.length(); ) {
      int cp = v.codePointAt(i);
      i += Character.charCount(cp);
      if (Whitespace.isSpace(cp)) {
        space = true;
        continue;
      }
      if (Whitespace.isInvisible(cp)) {
        continue; // invisible: removed
      }
      if (space && !out.isEmpty()) {
        out.append(' ');
      }
      space = false;
      out.appendCodePoint(cp);
    }
    String clean = out.toString();
    if (clean.codePointCount(0, clean.length()) > MAX_CHARS) {
      warnings.add(field + " is " + clean.codePointCount(0, clean.length()) + " characters long: cut to " + MAX_CHARS);
      clean = clean.substring(0, clean.offsetByCodePoints(0, MAX_CHARS));
    }
    return clean.isEmpty() ? null : clean;
  }

  /** Every value of a list, cleaned; empty ones dropped, duplicates kept once. */
  static List<String> values(String field, List<String> vs, List<String> warnings) {
    List<String> out = new ArrayList<>();
    for (String v : vs) {
      String clean = value(field, v, warnings);
      if (clean != null && !out.contains(clean)) {
        out.add(clean);
      }
    }
    return out;
  }

  /** The url when it is http or https; anything else (javascript:, data:, file:, a bare path) is dropped. */
  static String url(String v, List<String> warnings) {
    String clean = value("url", v, warnings);
    if (clean == null) {
      return null;
    }
    String lower = clean.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      warnings.add("url '" + (clean.length() > 80 ? clean.substring(0, 80) + "…" : clean)
          + "' is not an http or https address: dropped");
      return null;
    }
    return clean;
  }
}
