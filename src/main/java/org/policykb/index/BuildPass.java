package org.policykb.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;
import org.policykb.ingest.SourceFile;
import org.policykb.ingest.ocr.OcrEngine;
import org.policykb.ingest.ocr.OcrUnavailableException;
import org.policykb.model.Counts;
import org.policykb.model.Page;

/**
 * One pass of a build over the corpus, the same for every engine: what the last generation's
 * manifest says is unchanged is kept, what changed is read again, what vanished is deleted, and no
 * two files give one id — the file listed first keeps it, the other file's document is refused with
 * the reason. The engine only writes and deletes what the pass hands its {@link GenerationWriter}.
 *
 * <p>Files are read and cleaned in rounds, in parallel; the decisions are then taken in corpus
 * order, so results and ids do not depend on thread timing. The next round is read while the writer
 * works on this one's documents. Deletions that a write could race are kept out of its way: the vanished files'
 * documents go before anything is written, the ids a changed file no longer gives after everything.
 */
public final class BuildPass {
  /** Files read in parallel at a time before their documents are handed on in corpus order. */
  static final int FILES_PER_ROUND = 256;
  /** Complete generations an engine keeps, the served one included, so a rollback has somewhere to go. */
  public static final int GENERATIONS_KEPT = 3;

  private final CorpusReader reader;
  private final Path corpus;
  private final Map<String, Manifest.Entry> previous;
  private final CorpusReader.Listing listing;
  private final BuildProgress progress;
  private final GenerationWriter writer;

  private final List<IngestResult> results = new ArrayList<>();
  private final Map<String, Manifest.Entry> entries = new HashMap<>();
  /** Every id this pass gave a document (written or kept) → the file that gave it. */
  private final Map<String, String> fileOfId = new HashMap<>();
  /** Ids that changed files no longer give: deleted at the end unless another file gave them. */
  private final Set<String> stale = new LinkedHashSet<>();
  private final Queue<Refused> refused = new ConcurrentLinkedQueue<>();
  /** Every document of the new generation → its signature, with the role it was written in (or kept with). */
  private final Map<String, WorkSignature> signatures = new HashMap<>();
  /** Every document of the new generation → what resolving its references and references to it needs. */
  private final Map<String, LinkSignature> linkSignatures = new HashMap<>();
  private int rewritten;
  private int added;
  private int updated;
  private int unchanged;
  private int deleted;
  private int replaced;
  private long bytes;
  /** The OCR engine's name, "" when there is none; null until asked. */
  private String ocrNow;

  private record Refused(int slot, String reason) {}

  /** What the pass did; the engine's builder verifies and publishes the generation from it. */
  public record Outcome(List<IngestResult> results, Map<String, Manifest.Entry> entries, int added, int updated,
      int unchanged, int deleted, int replaced, long bytes, int rewritten) {
    /** The documents the new generation holds, as its manifest lists them. */
    public long documents() {
      return entries.values().stream().mapToLong(e -> e.ids().size()).sum();
    }
  }

  /**
   * @param previous the manifest of the generation this one starts from; null when it starts empty
   */
  public BuildPass(CorpusReader reader, Path corpus, Map<String, Manifest.Entry> previous, CorpusReader.Listing listing,
      BuildProgress progress, GenerationWriter writer) {
    this.reader = reader;
    this.corpus = corpus;
    this.previous = previous;
    this.listing = listing;
    this.progress = progress;
    this.writer = writer;
  }

  public Outcome run() throws IOException {
    List<Path> files = listing.files();
    progress.started(files.size(), listing.bytes());
    deleteVanished();
    writer.await();
    // the next round is read while the writer takes this one's documents, so that neither waits
    int end = roundEnd(files, 0);
    CompletableFuture<List<Read>> next = readAsync(files, 0, end);
    while (next != null) {
      List<Read> read = join(next);
      int from = end;
      end = roundEnd(files, from);
      next = from < files.size() ? readAsync(files, from, end) : null;
      decide(read);
    }
    writer.await();
    applyRefusals();
    for (String id : stale) {
      if (!fileOfId.containsKey(id)) {
        writer.delete(id);
        deleted++;
        replaced++;
      }
    }
    writer.await();
    groupWorks();
    listing.unlisted().forEach(r -> progress.fileDone(List.of(r), 0));
    results.addAll(listing.unlisted());
    return new Outcome(results, entries, added, updated, unchanged, deleted, replaced, bytes, rewritten);
  }

  /**
   * Groups the generation's documents into works ({@link Works}) and writes again those whose role is
   * not the one they were written or kept with; the manifest then records every document's role.
   */
  private void groupWorks() throws IOException {
    Map<String, WorkRole> roles = Works.group(signatures.values(), previous == null ? null : dissolvedWorks());
    Map<String, WorkRole> changed = new java.util.TreeMap<>();
    roles.forEach((id, role) -> {
      if (!role.equals(signatures.get(id).role())) {
        changed.put(id, role);
      }
    });
    if (!changed.isEmpty()) {
      writer.rewrite(changed);
      writer.await();
      rewritten = changed.size();
    }
    long works = roles.values().stream().filter(WorkRole::shown).count();
    if (works < roles.size()) {
      progress.note(Counts.of(roles.size(), "document") + " in " + Counts.of(works, "work")
          + (rewritten > 0 ? "; " + rewritten + " written again in a work that changed" : ""));
    }
    entries.replaceAll((file, e) -> new Manifest.Entry(e.hash(), e.ids(), e.ocr(),
        e.ids().stream().map(id -> signatures.get(id).withRole(roles.get(id))).toList(),
        e.ids().stream().map(linkSignatures::get).toList(), e.stamp()));
    resolveLinks(roles);
  }

  /**
   * The works of the last generation that lost a member: one changed, went, or is no longer signed as
   * it was. Their remaining members are grouped again; every other work of it stays as it was.
   */
  private Set<String> dissolvedWorks() {
    Set<String> dissolved = new HashSet<>();
    previous.values().forEach(entry -> {
      for (WorkSignature before : entry.works()) {
        WorkSignature now = before == null ? null : signatures.get(before.id());
        if (before != null && before.work() != null && (now == null || !before.equals(now))) {
          dissolved.add(before.work());
        }
      }
    });
    return dissolved;
  }

  /**
   * Resolves every document's references against the whole generation ({@link Links}) and hands the engine the
   * links and how many works cite each document: old references find added documents, and links of removed ones go.
   */
  private void resolveLinks(Map<String, WorkRole> roles) throws IOException {
    long started = System.nanoTime();
    List<org.policykb.model.Link> links = Links.resolve(linkSignatures.values(), roles);
    writer.links(links, Links.citedBy(links, roles));
    writer.await();
    long resolved = links.stream().filter(org.policykb.model.Link::resolved).count();
    progress.note(String.format(java.util.Locale.ROOT, "%s, %d of them to documents of the corpus, in %.1f s",
        Counts.of(links.size(), "link"), resolved, (System.nanoTime() - started) / 1e9));
  }

  /**
   * Deletes the documents of files that are gone or now refused as duplicates. A file now giving the
   * id is a move, not a deletion, and is not counted as one.
   */
  private void deleteVanished() throws IOException {
    if (previous == null) {
      return;
    }
    Set<String> kept = new HashSet<>();
    Set<String> stems = new HashSet<>();
    for (Path f : listing.files()) {
      if (!listing.duplicates().containsKey(f)) {
        kept.add(CorpusReader.relative(corpus, f));
        stems.add(listing.id(f));
      }
    }
    for (Manifest.Vanished v : Manifest.vanished(previous, kept, stems)) {
      writer.delete(v.id());
      replaced++;
      if (v.deletion()) {
        deleted++;
      }
    }
  }

  /**
   * One file as read: its source and the results of parsing it, or why it gives nothing.
   *
   * @param source null for a file not read: its stamp said it had not changed, or it could not be read
   * @param stamp the file's stamp from before it was read; null when there is none to trust
   * @param bytes the file's size
   */
  private record Read(String relative, SourceFile source, List<IngestResult> parsed, boolean unchanged, boolean duplicate,
      CorpusReader.Stamp stamp, long bytes, List<WorkSignature> signatures, List<LinkSignature> links) {
    Read(String relative, SourceFile source, List<IngestResult> parsed, boolean unchanged, boolean duplicate,
        CorpusReader.Stamp stamp) {
      this(relative, source, parsed, unchanged, duplicate, stamp, source == null ? 0 : source.bytes().length, parsed.stream()
          .map(p -> p.status() == IngestResult.Status.OK && p.document() != null ? WorkSignature.of(p.document()) : null)
          .toList(), parsed.stream()
          .map(p -> p.status() == IngestResult.Status.OK && p.document() != null ? LinkSignature.of(p.document()) : null)
          .toList());
    }
  }

  /**
   * Where the round from {@code from} ends: after {@link #FILES_PER_ROUND} files to read, with every file among them
   * that its stamp says is unchanged — a small change is read in a few full rounds, not in thousands of almost empty ones.
   */
  private int roundEnd(List<Path> files, int from) {
    int end = from;
    for (int toRead = 0; end < files.size() && toRead < FILES_PER_ROUND; end++) {
      if (unchangedEntry(files.get(end), listing.stamp(files.get(end))) == null) {
        toRead++;
      }
    }
    return end;
  }

  /** Reads the files from {@code from} to {@code end} on all cores, in the background. */
  private CompletableFuture<List<Read>> readAsync(List<Path> files, int from, int end) {
    List<Path> round = files.subList(from, end);
    return CompletableFuture.supplyAsync(() -> round.parallelStream().map(this::read).toList());
  }

  private static List<Read> join(CompletableFuture<List<Read>> read) throws IOException {
    try {
      return read.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(e.getCause());
    }
  }

  /** The decisions on one round's files, in corpus order. */
  private void decide(List<Read> read) throws IOException {
    for (Read r : read) {
      Manifest.Entry before = previous == null ? null : previous.get(r.relative());
      List<IngestResult> done = new ArrayList<>();
      String stamp = r.stamp() == null ? null : r.stamp().key();
      if (r.unchanged()) {
        entries.put(r.relative(), before.withStamp(stamp));
        for (String id : before.ids()) {
          fileOfId.put(id, r.relative());
          WorkSignature kept = before.work(id);
          signatures.put(id, kept != null ? kept : new WorkSignature(id, "txt", false, null, null, null, null, false, null));
          LinkSignature links = before.links(id);
          linkSignatures.put(id, links != null ? links : new LinkSignature(id, null, null, null, null, List.of(), List.of()));
          IngestResult ok = new IngestResult(r.relative(), IngestResult.Status.OK, id, null, null);
          results.add(ok);
          done.add(ok);
          unchanged++;
        }
      } else {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < r.parsed().size(); i++) {
          IngestResult kept = add(r.parsed().get(i), r.signatures().get(i), r.links().get(i), before);
          done.add(kept);
          if (kept.status() == IngestResult.Status.OK) {
            ids.add(kept.id());
          }
        }
        if (!ids.isEmpty()) {
          entries.put(r.relative(), new Manifest.Entry(r.source().hash(), ids, ocrOf(r.parsed()), List.of(), List.of(), stamp));
        }
        if (before != null && !r.duplicate()) { // a duplicate's documents went with the vanished
          before.ids().stream().filter(id -> !ids.contains(id)).forEach(stale::add);
        }
      }
      bytes += r.bytes();
      progress.fileDone(done, r.bytes());
    }
  }

  private Read read(Path f) {
    String relative = CorpusReader.relative(corpus, f);
    String duplicate = listing.duplicates().get(f);
    if (duplicate != null) {
      return new Read(relative, null, List.of(IngestResult.failed(relative, duplicate)), false, true, null);
    }
    // taken by the listing, before any file was read: a write after it changes what the next build sees
    CorpusReader.Stamp stamp = listing.stamp(f);
    if (unchangedEntry(f, stamp) != null) {
      return new Read(relative, null, List.of(), true, false, stamp, stamp.bytes(), List.of(), List.of());
    }
    Manifest.Entry before = previous == null ? null : previous.get(relative);
    boolean sameReader = before == null || !(before.ocr() != null && before.readByAnotherOcr(ocrNow()));
    CorpusReader.Loaded loaded = reader.load(corpus, f, listing.id(f));
    if (loaded.problem() != null) {
      return new Read(relative, null, List.of(loaded.problem()), false, false, null);
    }
    if (before != null && before.unchanged(loaded.source().hash(), loaded.source().id()) && sameReader) {
      return new Read(relative, loaded.source(), List.of(), true, false, stamp);
    }
    return new Read(relative, loaded.source(), reader.parse(loaded.source()), false, false, stamp);
  }

  /**
   * The last generation's entry of a file that need not be read: its stamp is the one the entry was hashed under,
   * its name still gives the entry's ids, and the same OCR engine would read it; null when it must be read.
   */
  private Manifest.Entry unchangedEntry(Path f, CorpusReader.Stamp stamp) {
    Manifest.Entry before = previous == null || stamp == null || stamp.key() == null ? null
        : previous.get(CorpusReader.relative(corpus, f));
    return before != null && stamp.key().equals(before.stamp()) && before.unchanged(before.hash(), listing.id(f))
        && !(before.ocr() != null && before.readByAnotherOcr(ocrNow())) ? before : null;
  }

  /** The OCR engine at hand, asked once a pass and only when a file read by OCR is met; null when there is none. */
  private synchronized String ocrNow() {
    if (ocrNow == null) {
      try {
        ocrNow = OcrEngine.shared().name();
      } catch (OcrUnavailableException e) {
        ocrNow = "";
      }
    }
    return ocrNow.isEmpty() ? null : ocrNow;
  }

  /** What read a file's pictures, for its manifest entry: an engine's name, {@link Manifest.Entry#UNREAD}, or null for text only. */
  private static String ocrOf(List<IngestResult> parsed) {
    String engine = null;
    for (IngestResult r : parsed) {
      if (r.document() == null) {
        continue;
      }
      for (Page p : r.document().pages()) {
        if (Page.UNREAD.equals(p.textFrom())) {
          return Manifest.Entry.UNREAD;
        }
        if (p.ocrEngine() != null) {
          engine = p.ocrEngine();
        }
      }
    }
    return engine;
  }

  /** Hands an OK result's document to the writer unless another file gave its id first; returns the result as reported. */
  private IngestResult add(IngestResult r, WorkSignature signature, LinkSignature links, Manifest.Entry before)
      throws IOException {
    if (r.status() != IngestResult.Status.OK) {
      results.add(r);
      return r;
    }
    String earlier = fileOfId.putIfAbsent(r.id(), r.file());
    if (earlier != null) {
      IngestResult failed = IngestResult.failed(r.file(), "id " + r.id() + " is already the id of a document of " + earlier);
      results.add(failed);
      return failed;
    }
    int slot = results.size();
    IngestResult kept = r.withoutDocument();
    results.add(kept);
    WorkSignature last = before == null ? null : before.work(r.id());
    WorkRole role = last != null && last.role() != null ? last.role() : WorkRole.alone(r.id());
    signatures.put(r.id(), signature.withRole(role));
    linkSignatures.put(r.id(), links);
    writer.write(r.document(), role, reason -> refused.add(new Refused(slot, reason)));
    if (before != null && before.ids().contains(r.id())) {
      updated++;
      replaced++;
    } else {
      added++;
    }
    return kept;
  }

  /**
   * A document the engine refused becomes its file's error and leaves the file's manifest entry; its
   * id is deleted, since the generation may still hold its previous version.
   */
  private void applyRefusals() throws IOException {
    for (Refused x : refused) {
      IngestResult r = results.get(x.slot());
      results.set(x.slot(), IngestResult.failed(r.file(), "cannot be indexed: " + x.reason()));
      Manifest.Entry e = entries.get(r.file());
      if (e != null && e.ids().contains(r.id())) {
        List<String> ids = new ArrayList<>(e.ids());
        ids.remove(r.id());
        if (ids.isEmpty()) {
          entries.remove(r.file());
        } else {
          entries.put(r.file(), new Manifest.Entry(e.hash(), ids, e.ocr(), e.works(), e.links(), e.stamp()));
        }
      }
      Manifest.Entry before = previous == null ? null : previous.get(r.file());
      if (before != null && before.ids().contains(r.id())) {
        updated--;
        deleted++;
      } else {
        added--;
      }
      writer.delete(r.id());
      signatures.remove(r.id());
      linkSignatures.remove(r.id());
      replaced++;
    }
  }
}
