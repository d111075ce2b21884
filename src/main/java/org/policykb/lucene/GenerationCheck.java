package org.policykb.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.policykb.index.Fields;
import org.policykb.index.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a generation's files are intact: every file of its Lucene commit is read whole and its
 * CRC32 compared with the one its footer holds ({@link CodecUtil#checksumEntireFile}). Opening an
 * index reads only footers, so without this a flipped byte in the middle of a file shows up later,
 * as a failed or — worse — a wrong search answer. The server checks a generation before it serves
 * it, {@code index} before it builds on it; both ask here.
 *
 * <p>Reading everything costs about as long as reading the index from disk: the files are read
 * sequentially and on all cores, so from the page cache ~1–2 GB/s, from disk the disk's speed (an
 * index of a 1 GB corpus is ~1.3 GB). A restarting server should not pay that for a generation it
 * has checked before, so a passing check leaves {@value #MARKER} in the generation: for every file,
 * its size, modification time and file key (the inode on Unix). {@link #check} trusts a file whose
 * three still match and reads every other. Any write to a file changes its modification time, so a
 * file changed after it was checked — by hand, by a program, a restored backup — is read again; a
 * new generation's hard links to the previous one's files share their inode, and the marker (linked
 * along with them) spares re-reading them too. What the marker cannot see is decay of the medium
 * itself after the check — a bit flipped on disk with no write: {@code index} therefore reads the
 * current generation whole ({@link #checkFully}) before it builds on it.
 */
public final class GenerationCheck {
  /** Files of a generation found intact, and how to tell they have not changed since. */
  static final String MARKER = "checksums-verified.txt";
  private static final Logger LOG = LoggerFactory.getLogger(GenerationCheck.class);
  /** How Lucene's resource descriptions name a file: {@code …(path="/index/gen-000001/_0.si")}. */
  private static final Pattern RESOURCE_PATH = Pattern.compile("path=\"([^\"]+)\"");

  /**
   * The outcome for one generation.
   *
   * @param file the file that failed, null when it passed
   * @param problem what failed, null when it passed
   * @param filesRead files read whole (the others matched the marker)
   */
  public record Result(String generation, String file, String problem, int filesRead, long bytesRead, long millis) {
    public boolean passed() {
      return problem == null;
    }

    /** One line saying which generation failed, in which file, and how. */
    public String describe() {
      return passed() ? "generation " + generation + " passes its checksums"
          : "generation " + generation + " is corrupted: " + file + ": " + problem;
    }
  }

  /**
   * The generation to serve: the one {@code CURRENT} names when it passes, else the newest older
   * complete generation (of this program's schema) that passes — not a newer one, which an
   * {@code index --rollback} may have left on purpose.
   *
   * @param current what {@code CURRENT} names, null when there is no index
   * @param served what to serve, null when no generation passes
   * @param failed the generations that failed, the current one first
   */
  public record Choice(String current, String served, List<Result> failed) {
    public Choice {
      failed = List.copyOf(failed);
    }

    /** Why {@link #served} is not {@link #current}; null when it is. */
    public String problem() {
      return failed.isEmpty() ? null : failed.get(0).describe();
    }
  }

  /** The identity of a file as it was when it passed: a write changes it. */
  record Stamp(long size, long modifiedNanos, String key) {
    static Stamp of(BasicFileAttributes a) {
      return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
          a.fileKey() == null ? null : a.fileKey().toString());
    }
  }

  private final IndexLayout layout;

  public GenerationCheck(Path root) {
    this.layout = new IndexLayout(root);
  }

  /** Checks the files the marker does not vouch for. */
  public Result check(String generation) {
    return run(generation, true);
  }

  /** Reads every file, whatever the marker says. */
  public Result checkFully(String generation) {
    return run(generation, false);
  }

  /** Picks the generation to serve; see {@link Choice}. */
  public Choice choose() throws IOException {
    Optional<String> current = layout.current();
    if (current.isEmpty()) {
      return new Choice(null, null, List.of());
    }
    Result first = check(current.get());
    if (first.passed()) {
      return new Choice(current.get(), current.get(), List.of());
    }
    List<Result> failed = new ArrayList<>(List.of(first));
    List<String> older = new ArrayList<>(layout.complete());
    older.removeIf(g -> g.compareTo(current.get()) >= 0);
    Collections.reverse(older);
    for (String g : older) {
      if (!sameSchema(g)) {
        continue;
      }
      Result r = check(g);
      if (r.passed()) {
        return new Choice(current.get(), g, failed);
      }
      failed.add(r);
    }
    return new Choice(current.get(), null, failed);
  }

  private boolean sameSchema(String generation) {
    try {
      return Manifest.readSchemaVersion(layout.dir(generation)) == Fields.SCHEMA_VERSION;
    } catch (IOException e) {
      return false;
    }
  }

  private Result run(String generation, boolean trustMarker) {
    long started = System.nanoTime();
    Path dir = layout.dir(generation);
    Map<String, Stamp> known = trustMarker ? readMarker(dir) : Map.of();
    Map<String, Stamp> passed = new ConcurrentHashMap<>();
    AtomicLong bytes = new AtomicLong();
    List<String> toRead = new ArrayList<>();
    try (Directory directory = FSDirectory.open(dir)) {
      String segments;
      List<String> files;
      try {
        segments = SegmentInfos.getLastCommitSegmentsFileName(directory);
        if (segments == null) {
          return failed(generation, "segments_N", "no Lucene commit in " + dir, started, 0, 0);
        }
        // reads segments_N and every segment's .si, each checked against its own checksum
        files = new ArrayList<>(SegmentInfos.readCommit(directory, segments).files(true));
      } catch (IOException | RuntimeException e) {
        return failed(generation, commitFile(e), message(e), started, 0, 0);
      }
      files.sort(null);
      // taken before reading: a file written to while it is read keeps a stale stamp, and is read again
      Map<String, Stamp> stamps = new TreeMap<>();
      for (String f : files) {
        Stamp now = stamp(dir.resolve(f));
        if (now == null) {
          return failed(generation, f, "missing", started, 0, 0);
        }
        stamps.put(f, now);
        if (now.equals(known.get(f))) {
          passed.put(f, now);
        } else {
          toRead.add(f);
        }
      }
      // the largest first, so the cores finish together
      toRead.sort((a, b) -> Long.compare(stamps.get(b).size(), stamps.get(a).size()));
      Map<String, String> problems = new TreeMap<>();
      (toRead.size() > 1 ? toRead.parallelStream() : toRead.stream()).forEach(f -> {
        try (IndexInput in = directory.openInput(f, IOContext.READONCE)) {
          CodecUtil.checksumEntireFile(in);
          bytes.addAndGet(in.length());
          passed.put(f, stamps.get(f));
        } catch (IOException | RuntimeException e) {
          synchronized (problems) {
            problems.put(f, message(e));
          }
        }
      });
      if (!problems.isEmpty()) {
        Map.Entry<String, String> first = problems.entrySet().iterator().next();
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more file(s))" : "";
        return failed(generation, first.getKey(), first.getValue() + more, started, toRead.size(), bytes.get());
      }
    } catch (IOException e) {
      return failed(generation, dir.toString(), message(e), started, 0, 0);
    }
    if (!toRead.isEmpty() || !known.keySet().equals(passed.keySet())) {
      writeMarker(dir, passed);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (!toRead.isEmpty()) {
      LOG.debug("generation {} passes its checksums: {} files, {} bytes read in {} ms", generation, toRead.size(),
          bytes.get(), millis);
    }
    return new Result(generation, null, null, toRead.size(), bytes.get(), millis);
  }

  private static Result failed(String generation, String file, String problem, long started, int files, long bytes) {
    return new Result(generation, file, problem, files, bytes, (System.nanoTime() - started) / 1_000_000);
  }

  /** The file of the commit (segments_N or a segment's .si) Lucene's exception names. */
  private static String commitFile(Throwable e) {
    if (e instanceof CorruptIndexException c && c.getResourceDescription() != null) {
      Matcher m = RESOURCE_PATH.matcher(c.getResourceDescription());
      if (m.find()) {
        return Path.of(m.group(1)).getFileName().toString();
      }
    }
    return "its commit (segments_N or a .si file)";
  }

  /** Lucene's message without the resource description, which names the file again with its path. */
  private static String message(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "missing";
    }
    String m = e instanceof CorruptIndexException c ? c.getOriginalMessage() : e.getMessage();
    m = Objects.requireNonNullElse(m, e.getClass().getSimpleName());
    return m.replaceAll("\\s+", " ").strip();
  }

  private static Stamp stamp(Path file) {
    try {
      return Stamp.of(Files.readAttributes(file, BasicFileAttributes.class));
    } catch (IOException e) {
      return null;
    }
  }

  /** The marker's lines: name, size, modification time in nanoseconds, file key — tab-separated. */
  private static Map<String, Stamp> readMarker(Path dir) {
    Path file = dir.resolve(MARKER);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    Map<String, Stamp> files = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (!line.startsWith("#") && f.length == 4) {
          files.put(f[0], new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3].isEmpty() ? null : f[3]));
        }
      }
    } catch (IOException | NumberFormatException e) {
      LOG.debug("ignoring unreadable {}: {}", file, e.getMessage());
      return Map.of();
    }
    return files;
  }

  /**
   * Written beside, then renamed over the old marker: never written through, since the old one may
   * be a hard link shared with the previous generation.
   */
  private static void writeMarker(Path dir, Map<String, Stamp> files) {
    Path tmp = dir.resolve(MARKER + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      StringBuilder text = new StringBuilder("# files whose checksums passed, " + Instant.now()
          + ": name, size, modified (ns), file key; see GenerationCheck\n");
      new TreeMap<>(files).forEach((name, st) -> text.append(name).append('\t').append(st.size()).append('\t')
          .append(st.modifiedNanos()).append('\t').append(st.key() == null ? "" : st.key()).append('\n'));
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, dir.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // a read-only index is checked again at the next start; nothing else depends on the marker
      LOG.debug("could not record the checked files in {}: {}", dir, e.getMessage());
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // nothing more to do
      }
    }
  }
}
