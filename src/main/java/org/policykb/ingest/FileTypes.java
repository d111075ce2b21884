package org.policykb.ingest;

import java.util.Locale;
import java.util.Set;

/** The one list of corpus file types, by extension, and which reader family each belongs to. */
final class FileTypes {
  static final Set<String> JSON = Set.of("json", "jsonl", "ndjson");
  static final Set<String> HTML = Set.of("html", "htm");
  static final Set<String> TEXT = Set.of("txt", "text", "md", "markdown");
  /** Every type that is read as an article; other files are skipped, not failed. */
  static final Set<String> ARTICLES = union(JSON, HTML, TEXT);

  private FileTypes() {}

  /** The lower-cased extension of a file name or path, or "" when it has none. */
  static String extension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /** A file's name without its extension: the id of its document when it holds one record. */
  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    all.addAll(c);
    return java.util.Collections.unmodifiableSet(all);
  }
}
