package org.policykb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Damages index files the way a disk or a careless hand does: bytes flipped in the middle of a
 * file, where opening an index does not look (it reads headers and footers). Generations share
 * files through hard links, so a file is picked by whether another generation shares its inode.
 */
public final class Corruption {
  private Corruption() {}

  /** Inverts a few bytes around the middle of {@code file}, in place (every hard link sees it). */
  public static void flipMiddle(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long at = ch.size() / 2;
      ByteBuffer b = ByteBuffer.allocate(4);
      ch.read(b, at);
      b.flip();
      ByteBuffer flipped = ByteBuffer.allocate(b.remaining());
      while (b.hasRemaining()) {
        flipped.put((byte) ~b.get());
      }
      flipped.flip();
      ch.write(flipped, at);
    }
  }

  /** The largest segment file of {@code generation} that {@code other} does not share. */
  public static Path onlyIn(Path generation, Path other) throws IOException {
    Set<Object> shared = keys(other);
    return segmentFiles(generation).stream().filter(f -> !shared.contains(key(f))).findFirst()
        .orElseThrow(() -> new IOException(generation + " has no file of its own"));
  }

  /** The largest segment file {@code generation} shares with {@code other}. */
  public static Path sharedWith(Path generation, Path other) throws IOException {
    Set<Object> shared = keys(other);
    return segmentFiles(generation).stream().filter(f -> shared.contains(key(f))).findFirst()
        .orElseThrow(() -> new IOException(generation + " shares no file with " + other));
  }

  /** Files of a segment (named {@code _…}), the largest first. */
  private static List<Path> segmentFiles(Path generation) throws IOException {
    try (Stream<Path> files = Files.list(generation)) {
      return files.filter(f -> f.getFileName().toString().startsWith("_"))
          .sorted(Comparator.comparingLong(Corruption::size).reversed()).toList();
    }
  }

  private static Set<Object> keys(Path generation) throws IOException {
    Set<Object> out = new HashSet<>();
    for (Path f : segmentFiles(generation)) {
      out.add(key(f));
    }
    return out;
  }

  private static Object key(Path f) {
    try {
      return Files.readAttributes(f, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
