package org.policykb.ingest;

/**
 * The one definition of whitespace in ingestion: ASCII spaces and line breaks, no-break and
 * ideographic spaces, the typographic spaces U+2000–U+200A, the zero-width space, line and
 * paragraph separators. The text cleaners collapse it, the metadata rules collapse it, and the
 * park and citation finders skip it when they compare names.
 */
final class Whitespace {
  private Whitespace() {}

  static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == '\u00A0' || c == '\u3000'
        || c == '\u200B' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
        || c == '\u205F' || c == '\u1680' || c == '\u0085';
  }

  /**
   * Characters with no visible form that are removed rather than read as space: controls, format
   * characters (byte-order marks, direction marks, joiners), U+FFFD. Han text is decided by the range
   * test alone: this runs on every character of every file.
   */
  static boolean isInvisible(int c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\uFEFF' || c == '\uFFFD'
        || (((c >= 0x0600 && c < 0x3000) || c >= 0xFE00) && !isSpace(c) && Character.getType(c) == Character.FORMAT);
  }
}
