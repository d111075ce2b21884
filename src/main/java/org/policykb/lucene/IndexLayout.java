package org.policykb.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policykb.index.Manifest;

/**
 * The index folder: numbered generations side by side ({@code gen-000001}, …), each a complete
 * Lucene index with its {@link Manifest}, and the {@code CURRENT} file naming the one that is
 * served. Switching generations is one atomic rename of {@code CURRENT}.
 */
public final class IndexLayout {
  static final String CURRENT = "CURRENT";
  private static final Pattern GENERATION = Pattern.compile("gen-\\d{6}");

  private final Path root;

  public IndexLayout(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The served generation, if {@code CURRENT} names one that is complete. */
  public Optional<String> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    return GENERATION.matcher(name).matches() && isComplete(name) ? Optional.of(name) : Optional.empty();
  }

  public Path dir(String generation) {
    return root.resolve(generation);
  }

  /** Complete generations, oldest first. */
  public List<String> complete() throws IOException {
    List<String> out = new ArrayList<>();
    for (String g : all()) {
      if (isComplete(g)) {
        out.add(g);
      }
    }
    return out;
  }

  boolean isComplete(String generation) {
    return Manifest.isIn(dir(generation));
  }

  String next() throws IOException {
    List<String> all = all();
    int last = all.isEmpty() ? 0 : Integer.parseInt(all.get(all.size() - 1).substring(4));
    return String.format(Locale.ROOT, "gen-%06d", last + 1);
  }

  /** Makes {@code generation} the served one: write a new pointer, then rename it over the old. */
  void switchTo(String generation) throws IOException {
    if (!isComplete(generation)) {
      throw new IOException("generation " + generation + " is not complete; refusing to serve it");
    }
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, generation + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes generations a killed build left unfinished, and complete ones beyond the newest {@code keep}. */
  void prune(int keep) throws IOException {
    String current = current().orElse(null);
    List<String> complete = complete();
    for (String g : all()) {
      boolean stale = !isComplete(g) || complete.indexOf(g) < complete.size() - keep;
      if (stale && !g.equals(current)) {
        deleteTree(dir(g));
      }
    }
  }

  private List<String> all() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (GENERATION.matcher(name).matches() && Files.isDirectory(p)) {
          names.add(name);
        }
      }
    }
    names.sort(null);
    return names;
  }

  /** Removes an index folder and everything in it; used by benchmarks that start from nothing. */
  public static void deleteAll(Path root) throws IOException {
    deleteTree(root);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
