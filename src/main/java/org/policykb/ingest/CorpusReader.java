package org.policykb.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks a corpus folder and reads each file on its own: one file's failure is reported for that
 * file and never stops the others. A document's id is its file name without the extension.
 */
public final class CorpusReader {
  static final Set<String> ARTICLE_TYPES = Set.of("txt", "text", "md", "markdown", "html", "htm", "json");
  /** Files larger than this are reported, not read. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private final DocumentParser parser = new DocumentParser();

  /** Every regular file under {@code corpus}, sorted, hidden files and override files excluded. */
  public List<Path> list(Path corpus) throws IOException {
    try (Stream<Path> files = Files.walk(corpus, 32, new FileVisitOption[0])) {
      return files
          .filter(p -> !p.equals(corpus))
          .filter(p -> !Files.isDirectory(p))
          .filter(p -> corpus.relativize(p).toString().chars().noneMatch(c -> c == 0))
          .filter(p -> !isHidden(corpus.relativize(p)))
          .filter(p -> !p.getFileName().toString().endsWith(MetadataOverride.SUFFIX))
          .sorted()
          .toList();
    }
  }

  public static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public IngestResult read(Path corpus, Path file) {
    String relative = corpus.relativize(file).toString().replace('\\', '/');
    String name = file.getFileName().toString();
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (!ARTICLE_TYPES.contains(ext)) {
      return IngestResult.skipped(relative, "not an article file type (." + ext + "); expected one of " + ARTICLE_TYPES);
    }
    try {
      if (!Files.isRegularFile(file)) {
        return IngestResult.failed(relative, "not a regular file");
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return IngestResult.failed(relative, "file is " + size + " bytes, over the limit of " + MAX_FILE_BYTES);
      }
      var doc = parser.parse(idOf(file), relative, Files.readAllBytes(file));
      Path overrideFile = file.resolveSibling(idOf(file) + MetadataOverride.SUFFIX);
      if (Files.exists(overrideFile)) {
        doc = MetadataOverride.parse(Files.readAllBytes(overrideFile), overrideFile.getFileName().toString()).apply(doc);
      }
      return IngestResult.ok(relative, doc);
    } catch (UnreadableSourceException e) {
      return IngestResult.failed(relative, e.getMessage());
    } catch (IOException e) {
      return IngestResult.failed(relative, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
    } catch (RuntimeException e) {
      return IngestResult.failed(relative, "unexpected error while cleaning: " + e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
