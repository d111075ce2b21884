package org.policykb.ingest;

import java.util.Locale;
import java.util.Set;

/** The one list of corpus file types, by extension, and which reader family each belongs to. */
final class FileTypes {
  static final Set<String> JSON = Set.of("json", "jsonl", "ndjson");
  static final Set<String> HTML = Set.of("html", "htm");
  static final Set<String> TEXT = Set.of("txt", "text", "md", "markdown");
  /** Word files, read from their bytes ({@link WordReader}), never decoded as text. */
  static final Set<String> WORD = Set.of("docx", "doc", "wps");
  /** Paged files, read from their bytes with each page's place in the text ({@link PdfReader}, {@link OfdReader}). */
  static final Set<String> PAGED = Set.of("pdf", "ofd");
  /** The published formats: read from their bytes, never decoded as text, and their ids keep the extension. */
  static final Set<String> PUBLISHED = union(WORD, PAGED);
  /** Every type that is read as an article; other files are skipped, not failed. */
  static final Set<String> ARTICLES = union(JSON, HTML, TEXT, PUBLISHED);

  private FileTypes() {}

  /** The lower-cased extension of a file name or path, or "" when it has none. */
  static String extension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * The id of a file's document (the prefix of its records' ids when it holds several): the name
   * without its extension — for the published formats (Word, PDF, OFD) with it, since one document is often
   * published in several (通知.docx beside 通知.pdf) and each file must keep an id of its own.
   */
  static String id(String name) {
    return PUBLISHED.contains(extension(name)) ? name : stem(name);
  }

  /** A file's name without its extension. */
  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return java.util.Collections.unmodifiableSet(all);
  }
}
