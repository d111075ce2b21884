package org.policykb.tools.elements;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Where the evaluation puts what it makes of a set's file (a scan, a text), and which files it makes it of. */
final class CopyFolders {
  private CopyFolders() {}

  /** A folder of its own under {@code work} for what is made of {@code file}, named by its part and stem. */
  static Path folder(Path work, Path file) throws IOException {
    return Files.createDirectories(work.resolve(file.getParent().getFileName() + "-" + stem(file)));
  }

  /** The file's name without its extension. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Whether the file's extension (any case) is one of {@code extensions}. */
  static boolean hasExtension(Path file, List<String> extensions) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return extensions.contains(name.substring(name.lastIndexOf('.') + 1));
  }
}
