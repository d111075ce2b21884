package org.policykb.lucene;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policykb.index.BuildPass;
import org.policykb.index.BuildProgress;
import org.policykb.index.BuildReport;
import org.policykb.index.Fields;
import org.policykb.index.Manifest;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;
import org.policykb.model.Counts;

/**
 * Builds a new index generation from a corpus folder while the current one keeps being served.
 * The new generation starts as hard links to the current one, and only new, changed (by content
 * hash) and deleted files are processed — all of them when there is no current generation or its
 * schema version differs. It is verified (checksums, document count), then made current with one
 * atomic rename; older generations beyond {@link BuildPass#GENERATIONS_KEPT} are removed. Files are read,
 * cleaned and analysed on all cores; one build at a time holds the index lock.
 *
 * <p>An incremental build deletes the old version of every changed document and keeps the segments
 * that hold them: merging the deletions away would rewrite every segment a 1 % change touches, which
 * is all of them. The merge policy drops deleted documents when they pass {@value #DELETES_PCT_ALLOWED} % of
 * the index, from the segments that hold most of them. Lucene's term and field statistics count a deleted document
 * until then, so the server reads a generation through {@link LiveStatistics}: relevance, collocates,
 * related documents and suggestions read the live documents' statistics, whatever was deleted and
 * whenever.
 */
public final class IndexBuilder {
  private static final double RAM_BUFFER_MB = 256;
  /**
   * The largest segment a merge makes. Merging the deleted documents away rewrites every segment that
   * holds one; segments of this size are rewritten by several merges side by side, on every core,
   * instead of one merge into a single segment on one core.
   */
  private static final double MAX_SEGMENT_MB = 512;
  /**
   * The share of the index's documents that may be deleted before the merge policy rewrites the segments
   * that hold most of them. Lucene's default is 20 %; half of that halves what {@link LiveStatistics}
   * holds in memory for the deleted documents.
   */
  private static final double DELETES_PCT_ALLOWED = 10;

  private final CorpusReader reader = new CorpusReader();
  /** A generation's size over its corpus's, measured: 135 MB for the bench's 100 MB mixed corpus (BENCHMARKS.md). */
  private static final double GENERATION_PER_CORPUS_BYTE = 1.4;

  /**
   * True when {@code root} serves no complete generation, one of another schema version, or a
   * corrupted one with no older intact generation to fall back to — nothing a server could serve.
   */
  public static boolean needsBuild(Path root) throws IOException {
    IndexLayout layout = new IndexLayout(root);
    Optional<String> current = layout.current();
    if (current.isEmpty()) {
      return true;
    }
    return Manifest.readSchemaVersion(layout.dir(current.get())) != Fields.SCHEMA_VERSION
        || new GenerationCheck(root).choose().served() == null;
  }

  public BuildReport build(Path corpus, Path root, Consumer<IngestResult> progress) throws IOException {
    return build(corpus, root, (results, bytes) -> results.forEach(progress));
  }

  public BuildReport build(Path corpus, Path root, BuildProgress progress) throws IOException {
    Instant started = Instant.now();
    try (BuildLock lock = BuildLock.acquire(root)) {
      IndexLayout layout = new IndexLayout(root);
      layout.prune(BuildPass.GENERATIONS_KEPT);
      Optional<String> current = layout.current();
      // the current generation's files are read whole while the build reads the corpus; it is joined before the commit
      CompletableFuture<GenerationCheck.Result> check = buildsOn(layout, current)
          ? CompletableFuture.supplyAsync(() -> new GenerationCheck(layout.root()).checkFully(current.get())) : null;
      try {
        return build(corpus, layout, current, check, progress, started);
      } catch (CurrentCorrupted e) {
        // no corrupted file goes into the new generation: a full build, as if there were no current generation
        progress.note(e.result.describe() + "; building a full new generation instead of one on top of it");
        return build(corpus, layout, Optional.empty(), null, progress, started);
      }
    }
  }

  /** The current generation's check found a corrupted file: the build on top of it was given up. */
  private static final class CurrentCorrupted extends IOException {
    private final GenerationCheck.Result result;

    CurrentCorrupted(GenerationCheck.Result result) {
      super(result.describe());
      this.result = result;
    }
  }

  private BuildReport build(Path corpus, IndexLayout layout, Optional<String> current,
      CompletableFuture<GenerationCheck.Result> check, BuildProgress progress, Instant started) throws IOException {
    // the last manifest is read while the corpus is walked, each taking seconds at 1 GB, on a thread of its own: the
    // common pool's may be checking the current generation
    CompletableFuture<Manifest> reading = CompletableFuture.supplyAsync(() -> {
      try {
        return current.isEmpty() ? null : Manifest.read(layout.dir(current.get())).orElse(null);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, task -> Thread.ofPlatform().name("manifest-read").start(task));
    CorpusReader.Listing listing;
    Manifest last;
    try {
      // the ids the files had stay theirs, also when a new schema version rebuilds everything
      listing = reader.list(corpus, () -> Manifest.fileIds(reading.join() == null ? null : reading.join().files()));
      last = reading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof java.io.UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
    Manifest previous = last != null && last.schemaVersion() == Fields.SCHEMA_VERSION ? last : null;
    String generation = layout.next();
    Path dir = layout.dir(generation);
    long total = listing.bytes();
    try {
      return build(layout, corpus, previous, current, listing, progress, generation, dir, started, check);
    } catch (CurrentCorrupted e) {
      IndexLayout.deleteAll(dir);
      throw e;
    } catch (IOException | RuntimeException e) {
      GenerationCheck.Result shared = check == null ? null : check.join();
      if (shared != null && !shared.passed()) { // what failed may be a corrupted file the build read: that is why
        IndexLayout.deleteAll(dir);
        throw new CurrentCorrupted(shared);
      }
      throw failed(e, dir, generation, current, total);
    }
  }

  /**
   * A build that failed leaves nothing behind: the generation it was writing goes (a full disk is not
   * left full until the next build), the served one stays, and the message says how much it had
   * written and, when the disk is full, how much room a build needs.
   */
  private static IOException failed(Exception e, Path dir, String generation, Optional<String> current, long corpusBytes) {
    long written = sizeOf(dir);
    String removed;
    try {
      IndexLayout.deleteAll(dir);
      removed = "its partial generation " + generation + " (" + megabytes(written) + " written) was removed";
    } catch (IOException cleanup) {
      removed = "its partial generation " + generation + " could not be removed: " + cleanup.getMessage();
    }
    String served = current.map(c -> "; " + c + " is still served").orElse("");
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause(); // what went wrong first, not the threads' wrappers of it
    }
    boolean full = String.valueOf(cause.getMessage()).contains("No space left on device");
    String room = !full ? "" : "; the disk is full: a full generation of this corpus takes about "
        + megabytes((long) (corpusBytes * GENERATION_PER_CORPUS_BYTE)) + " (" + GENERATION_PER_CORPUS_BYTE + " × its "
        + megabytes(corpusBytes) + "), besides the served generation";
    return new IOException("the build failed (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + "); "
        + removed + served + room, e);
  }

  private static long sizeOf(Path dir) {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private BuildReport build(IndexLayout layout, Path corpus, Manifest previous, Optional<String> current,
      CorpusReader.Listing listing, BuildProgress progress, String generation, Path dir, Instant started,
      CompletableFuture<GenerationCheck.Result> check) throws IOException {
    Files.createDirectories(dir);
    if (previous != null) {
      linkIndexFiles(layout.dir(current.get()), dir);
    }
    IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzer.create())
        .setOpenMode(previous == null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        // stored fields in small LZ4 chunks: IndexCodec says why
        .setCodec(new IndexCodec())
        .setMergePolicy(new TieredMergePolicy().setDeletesPctAllowed(DELETES_PCT_ALLOWED).setMaxMergedSegmentMB(MAX_SEGMENT_MB))
        .setMergeScheduler(merges());
    BuildPass.Outcome pass;
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config);
        LuceneGenerationWriter documents = new LuceneGenerationWriter(writer, dir)) {
      pass = new BuildPass(reader, corpus, previous == null ? null : previous.files(), listing, progress, documents).run();
      GenerationCheck.Result shared = check == null ? null : check.join();
      if (shared != null && !shared.passed()) {
        writer.rollback();
        throw new CurrentCorrupted(shared);
      }
      writer.setLiveCommitData(new IndexInfo(Fields.SCHEMA_VERSION, started).toUserData().entrySet());
      writer.commit();
    }
    verify(layout, dir, pass.documents(), generation);
    new Manifest(Fields.SCHEMA_VERSION, generation, started, pass.documents(), pass.entries()).write(dir);
    layout.switchTo(generation);
    layout.prune(BuildPass.GENERATIONS_KEPT);
    return new BuildReport(pass.results(), Duration.between(started, Instant.now()), generation, previous == null,
        pass.added(), pass.updated(), pass.unchanged(), pass.deleted(), pass.bytes());
  }

  /** Merges on every core, as the build reads and analyses its files on every core. */
  private static ConcurrentMergeScheduler merges() {
    ConcurrentMergeScheduler scheduler = new ConcurrentMergeScheduler();
    int cores = Runtime.getRuntime().availableProcessors();
    scheduler.setMaxMergesAndThreads(cores + 5, cores);
    return scheduler;
  }

  /**
   * True when the build will share the current generation's files: then every one of them is read and its
   * checksum compared (not only those the check's marker does not vouch for), and a corrupted one makes
   * the build a full one that links no file of it.
   */
  private static boolean buildsOn(IndexLayout layout, Optional<String> current) throws IOException {
    return current.isPresent() && Manifest.readSchemaVersion(layout.dir(current.get())) == Fields.SCHEMA_VERSION;
  }

  /** Serves the generation before the current one again; returns its name. */
  public static String rollback(Path root) throws IOException {
    try (BuildLock lock = BuildLock.acquire(root)) {
      IndexLayout layout = new IndexLayout(root);
      String current = layout.current().orElseThrow(() -> new IOException("no index in " + root + " to roll back"));
      List<String> complete = layout.complete();
      int at = complete.indexOf(current);
      if (at <= 0) {
        throw new IOException("no generation older than " + current + " is kept in " + root);
      }
      String previous = complete.get(at - 1);
      layout.switchTo(previous);
      return previous;
    }
  }

  /**
   * Checksums of every file this build wrote (the files it shares with the current generation were read
   * whole before it began), and exactly the live documents the manifest will list.
   */
  private static void verify(IndexLayout layout, Path dir, long expectedDocuments, String generation) throws IOException {
    GenerationCheck.Result check = new GenerationCheck(layout.root()).check(generation);
    if (!check.passed()) {
      throw new IOException(check.describe() + "; the served index is unchanged");
    }
    try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
      if (reader.numDocs() != expectedDocuments) {
        throw new IOException("generation " + generation + " holds " + Counts.of(reader.numDocs(), "document") + ", expected "
            + expectedDocuments + "; the served index is unchanged");
      }
    }
  }

  /** Index files are written once and never changed, so the new generation can share them. */
  private static void linkIndexFiles(Path from, Path to) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.equals(Manifest.FILE) || name.equals(Manifest.JSON_FILE) || name.equals(IndexWriter.WRITE_LOCK_NAME) || !Files.isRegularFile(f)) {
          continue;
        }
        try {
          Files.createLink(to.resolve(name), f);
        } catch (IOException | UnsupportedOperationException e) {
          Files.copy(f, to.resolve(name));
        }
      }
    }
  }
}
