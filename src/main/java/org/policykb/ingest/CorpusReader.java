package org.policykb.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Owns the corpus as files: lists them, loads each with its metadata override, and reads each on
 * its own into its records' documents — one file's (or one record's) failure is reported for it and
 * never stops the others. A document's id is its file name without the extension, or
 * {@code name#n} for the records of a file that holds several (see {@link SourceText#recordId}).
 */
public final class CorpusReader {
  /** Files larger than this are reported, not read. */
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  /**
   * The limit for the published formats (PDF, OFD, Word), whose pictures and fonts make a long
   * document large: a 2,000-page PDF is read, its pages one after another.
   */
  public static final long MAX_PUBLISHED_BYTES = 256L * 1024 * 1024;
  private static final int MAX_DEPTH = 32;

  private final DocumentParser parser = new DocumentParser();

  /**
   * The files under {@code corpus}, sorted, and the places that could not be listed. Hidden files,
   * metadata override files and directories are left out; symbolic links to directories are not
   * followed (so link loops end), links to files are read like files.
   */
  public record Listing(List<Path> files, List<IngestResult> unlisted, Map<Path, String> ids, Map<Path, String> duplicates,
      Map<Path, Stamp> stamps) {
    /** The id of a listed file's document (the prefix of its records' ids). */
    public String id(Path file) {
      return ids.get(file);
    }

    /**
     * The file's stamp as the listing saw it, before any file was read; looked up now for a file the listing
     * could not see through (a symbolic link). Null when it cannot be looked at.
     */
    public Stamp stamp(Path file) {
      Stamp seen = stamps.get(file);
      return seen != null ? seen : CorpusReader.stamp(file);
    }

    /** The bytes of the listed files, as far as they can be looked at (a file that cannot is reported when it is read). */
    public long bytes() {
      long total = 0;
      for (Path f : files) {
        Stamp s = stamp(f);
        total += s == null ? 0 : s.bytes();
      }
      return total;
    }
  }

  public Listing list(Path corpus) throws IOException {
    return list(corpus, Map.of());
  }

  /**
   * As {@link #list(Path)}, with the ids the last build gave ({@code idsBefore}: a file's path relative
   * to the corpus → its id), so that a file keeps its id when files that would give the same one come
   * or go.
   */
  public Listing list(Path corpus, Map<String, String> idsBefore) throws IOException {
    return list(corpus, () -> idsBefore);
  }

  /** As {@link #list(Path, Map)}, with the ids asked for only once the corpus is walked: they may be read meanwhile. */
  public Listing list(Path corpus, java.util.function.Supplier<Map<String, String>> idsBefore) throws IOException {
    List<Path> files = new ArrayList<>();
    List<IngestResult> unlisted = new ArrayList<>();
    // what the walk saw of each file and override, so that no file is looked at twice (178k stats at 1 GB)
    Map<Path, BasicFileAttributes> seen = new HashMap<>();
    java.util.Set<Path> links = new java.util.HashSet<>();
    long racy = java.time.Instant.now().minus(RACY).toEpochMilli();
    Files.walkFileTree(corpus, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return dir.equals(corpus) || !isHidden(corpus.relativize(dir)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        Path relative = corpus.relativize(file);
        if (isHidden(relative)) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isRegularFile()) {
          seen.put(file, attrs);
        } else {
          links.add(file);
        }
        if (!file.getFileName().toString().endsWith(MetadataOverride.SUFFIX)
            && !(attrs.isSymbolicLink() && Files.isDirectory(file))) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (file.equals(corpus)) {
          return FileVisitResult.TERMINATE;
        }
        unlisted.add(IngestResult.failed(relative(corpus, file), "cannot be listed: " + describe(e)));
        return FileVisitResult.CONTINUE;
      }
    });
    if (!Files.isDirectory(corpus)) {
      throw new IOException("corpus folder " + corpus + " does not exist or is not a folder");
    }
    files.sort(null);
    Map<Path, String> ids = ids(files, corpus, idsBefore.get());
    Map<Path, Stamp> stamps = new HashMap<>();
    for (Path f : files) {
      BasicFileAttributes a = seen.get(f);
      Path overrideFile = f.resolveSibling(idOf(f) + MetadataOverride.SUFFIX);
      BasicFileAttributes o = seen.get(overrideFile);
      if (a != null && !links.contains(overrideFile)) {
        stamps.put(f, stampOf(a, o, racy));
      } // else a link, or an override that is one: looked at through it when asked
    }
    return new Listing(files, unlisted, ids, duplicateIds(files, ids, corpus), stamps);
  }

  /**
   * Each file's id. A name no other file shares gives the id it always gave ({@link #idOf}); of files
   * whose names give the same id ({@code a/通知.txt}, {@code b/通知.txt}) one keeps it and each other
   * takes its path, folders joined by {@code ~} ({@code b~通知.txt}). A file keeps the id it had in the
   * last build; a name's id goes to a file that had none only when no file had it: the one in the
   * fewest folders, then the first in path order. So ids do not collide and stay the same from build to
   * build (a new schema version included).
   */
  private static Map<Path, String> ids(List<Path> files, Path corpus, Map<String, String> idsBefore) {
    Map<String, List<Path>> byId = new java.util.LinkedHashMap<>();
    for (Path f : files) {
      byId.computeIfAbsent(idOf(f), k -> new ArrayList<>()).add(f);
    }
    Map<Path, String> ids = new HashMap<>();
    byId.forEach((id, sharing) -> {
      boolean taken = false;
      List<Path> fresh = new ArrayList<>();
      for (Path f : sharing) {
        String qualified = relative(corpus, f).replace('/', '~');
        String before = idsBefore.get(relative(corpus, f));
        if (id.equals(before) || qualified.equals(before)) {
          ids.put(f, before); // the id it had
          taken |= id.equals(before);
        } else {
          fresh.add(f);
        }
      }
      fresh.sort(java.util.Comparator.comparingInt((Path f) -> corpus.relativize(f).getNameCount()).thenComparing(f -> f));
      for (Path f : fresh) {
        ids.put(f, taken ? relative(corpus, f).replace('/', '~') : id);
        taken = true;
      }
    });
    return ids;
  }

  /** The id of a file's document when it holds one record; the prefix of its records' ids when it holds several. */
  public static String idOf(Path file) {
    return FileTypes.id(file.getFileName().toString());
  }

  /** Reads and cleans one file: one result per record, or one for the file when it cannot be read. */
  public List<IngestResult> readAll(Path corpus, Path file) {
    Loaded loaded = load(corpus, file);
    return loaded.problem() != null ? List.of(loaded.problem()) : parse(loaded.source());
  }

  /** The first result of {@link #readAll}: the document of a file that holds one record. */
  public IngestResult read(Path corpus, Path file) {
    return readAll(corpus, file).get(0);
  }

  /** A file's bytes, with its override's, or why it could not be read: exactly one is non-null. */
  public record Loaded(SourceFile source, IngestResult problem) {}

  /**
   * What a file and its metadata override look like from outside — size, modification time, file key (the
   * inode) — for a build to tell that a file it hashed before has not been written to since, without
   * reading it: the quick check of rsync and make. A write changes the modification time; a file replaced
   * by a rename or a copy has another key.
   *
   * @param key the three of the file and of its override (or that it has none), as one string; null when it or its
   *     override was written to in the last {@link #RACY}, so it is not to be trusted
   * @param bytes the file's size
   */
  public record Stamp(String key, long bytes) {}

  /**
   * How recently a file may have been written to for its stamp to be trusted. A write within the same tick
   * of the file system's clock as the read may leave the time unchanged (git's "racily clean" files): a
   * file written to this recently gets no stamp, and the next build reads it again.
   */
  static final java.time.Duration RACY = java.time.Duration.ofSeconds(2);

  /** The file's stamp as it is now; null when it cannot be looked at. */
  public static Stamp stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      Path overrideFile = file.resolveSibling(idOf(file) + MetadataOverride.SUFFIX);
      BasicFileAttributes o = Files.exists(overrideFile) ? Files.readAttributes(overrideFile, BasicFileAttributes.class) : null;
      return stampOf(a, o, java.time.Instant.now().minus(RACY).toEpochMilli());
    } catch (IOException e) {
      return null;
    }
  }

  /** The stamp of a file and its override (null when it has none); {@code racy}: the time a write after makes it untrusted. */
  private static Stamp stampOf(BasicFileAttributes a, BasicFileAttributes o, long racy) {
    boolean recent = a.lastModifiedTime().toMillis() > racy || o != null && o.lastModifiedTime().toMillis() > racy;
    return new Stamp(recent ? null : part(a) + (o == null ? "" : "|" + part(o)), a.size());
  }

  private static String part(BasicFileAttributes a) {
    return a.size() + ":" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + ":" + a.fileKey();
  }

  /** Reads a file and its metadata override, without cleaning it yet, under the id its name gives. */
  public Loaded load(Path corpus, Path file) {
    return load(corpus, file, idOf(file));
  }

  /** Reads a file and its metadata override, without cleaning it yet, under {@code id} (see {@link Listing#id}). */
  public Loaded load(Path corpus, Path file, String id) {
    String relative = relative(corpus, file);
    String name = file.getFileName().toString();
    String ext = FileTypes.extension(name);
    if (name.indexOf('\uFFFD') >= 0) {
      return new Loaded(null, IngestResult.failed(relative, "file name is not valid UTF-8; rename the file so its id can be used"));
    }
    if (!FileTypes.ARTICLES.contains(ext)) {
      return new Loaded(null,
          IngestResult.skipped(relative, "not an article file type (." + ext + "); expected one of " + FileTypes.ARTICLES));
    }
    try {
      if (!Files.isRegularFile(file)) {
        return new Loaded(null, IngestResult.failed(relative, "not a regular file"));
      }
      long size = Files.size(file);
      long limit = FileTypes.PUBLISHED.contains(ext) ? MAX_PUBLISHED_BYTES : MAX_FILE_BYTES;
      if (size > limit) {
        return new Loaded(null, IngestResult.failed(relative, "file is " + size + " bytes, over the limit of " + limit
            + " for ." + ext + " files"));
      }
      byte[] bytes = Files.readAllBytes(file);
      Path overrideFile = file.resolveSibling(idOf(file) + MetadataOverride.SUFFIX);
      byte[] override = Files.isRegularFile(overrideFile) ? Files.readAllBytes(overrideFile) : null;
      return new Loaded(new SourceFile(relative, id, bytes, override), null);
    } catch (IOException e) {
      return new Loaded(null, IngestResult.failed(relative, "cannot read: " + describe(e)));
    }
  }

  /**
   * Cleans a loaded file into its records' documents and applies its override. An override names
   * one document, so it applies to a file of one record; beside a file of several it is reported
   * and left unused.
   */
  public List<IngestResult> parse(SourceFile source) {
    List<DocumentParser.Record> records;
    try {
      records = parser.readAll(source.id(), source.relative(), source.bytes());
    } catch (UnreadableSourceException e) {
      return List.of(IngestResult.failed(source.relative(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(IngestResult.failed(source.relative(), "unexpected error while cleaning: " + e));
    }
    List<IngestResult> results = new ArrayList<>(records.size());
    for (DocumentParser.Record r : records) {
      results.add(result(source, r, records.size()));
    }
    return results;
  }

  private IngestResult result(SourceFile source, DocumentParser.Record record, int count) {
    if (record.failure() != null) {
      return count == 1 ? IngestResult.failed(source.relative(), record.failure())
          : IngestResult.failedRecord(source.relative(), record.id(), record.failure());
    }
    var doc = record.parsed().document();
    List<String> warnings = new ArrayList<>(record.parsed().warnings());
    try {
      if (source.override() != null && count == 1) {
        doc = MetadataOverride.parse(source.override(), source.id() + MetadataOverride.SUFFIX).apply(doc, warnings);
      } else if (source.override() != null) {
        warnings.add(source.id() + MetadataOverride.SUFFIX + " not applied: the file holds " + count
            + " records and an override names one document");
      }
    } catch (UnreadableSourceException e) {
      return IngestResult.failed(source.relative(), e.getMessage());
    }
    return IngestResult.ok(source.relative(), doc, warnings);
  }

  public static String relative(Path corpus, Path file) {
    return corpus.relativize(file).toString().replace('\\', '/');
  }

  /** An I/O failure in words, without the stack: what happened to which file. */
  static String describe(IOException e) {
    String kind = switch (e) {
      case java.nio.file.NoSuchFileException x -> "the file disappeared";
      case java.nio.file.AccessDeniedException x -> "permission denied";
      case java.nio.file.FileSystemLoopException x -> "symbolic link loop";
      default -> e.getClass().getSimpleName();
    };
    return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Files whose id an earlier file (in sorted order) already has, and files named like a record of
   * another ({@code batch#1.txt} beside {@code batch.jsonl}), each with the reason it is refused.
   */
  private static Map<Path, String> duplicateIds(List<Path> files, Map<Path, String> ids, Path corpus) {
    Map<String, Path> first = new HashMap<>();
    Map<Path, String> dup = new HashMap<>();
    for (Path f : files) {
      Path earlier = first.putIfAbsent(ids.get(f), f);
      if (earlier != null) {
        dup.put(f, "duplicate id '" + ids.get(f) + "': " + corpus.relativize(earlier) + " has it already");
      }
    }
    for (Path f : files) {
      String id = ids.get(f);
      int hash = id.lastIndexOf('#');
      Path holder = hash > 0 ? first.get(id.substring(0, hash)) : null;
      if (holder != null && !dup.containsKey(f)) {
        dup.put(f, "id '" + id + "' is the id of a record of " + corpus.relativize(holder) + "; rename the file");
      }
    }
    return dup;
  }
}
