package org.policykb.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policykb.query.DocumentOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generation being served, switched without failing a request: each request takes a
 * reference on the reader it starts with and keeps it to the end; a switch publishes the new
 * reader and drops the old one's own reference, so the old reader closes when its last request
 * finishes — the reference counting Lucene's {@code SearcherManager} uses, across directories.
 *
 * <p>A generation is served only once its files pass their checksums ({@link GenerationCheck}): a
 * server starting on a corrupted one serves the newest older one that passes, and a switch to a
 * corrupted one does not happen — the served generation stays. Either way one log line says which
 * generation, which file and what failed, and {@link #state()} says it to {@code /api/health}.
 * A rejected generation is not checked again every time {@code CURRENT} is looked at, only when
 * {@code CURRENT} names another one (a new build, a rollback) or the server restarts.
 */
final class ServedIndex implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ServedIndex.class);

  /**
   * One open generation.
   *
   * @param links its links ({@link LuceneLinks}); null for a generation without them. Closed with {@code reader}.
   */
  record Generation(String name, DirectoryReader reader, DirectoryReader links) {}

  /**
   * What {@code CURRENT} names, and why it is not the served generation (null when it is).
   *
   * @param current null when {@code CURRENT} is gone
   */
  record State(String current, String problem) {}

  interface Work<T> {
    T apply(Generation generation) throws IOException;
  }

  private final IndexLayout layout;
  private final GenerationCheck check;
  private final AtomicReference<Generation> current;
  private volatile State state;

  /** @throws IOException with a one-line message when there is no index or no generation passes */
  ServedIndex(Path root) throws IOException {
    this.layout = new IndexLayout(root);
    this.check = new GenerationCheck(root);
    GenerationCheck.Choice choice = check.choose();
    if (choice.current() == null) {
      throw new IOException("no index in " + root + ": build one with the index command");
    }
    if (choice.served() == null) {
      throw new IOException("no generation in " + root + " passes its checksums ("
          + String.join("; ", choice.failed().stream().map(GenerationCheck.Result::describe).toList())
          + "): build a new one with the index command");
    }
    if (choice.problem() != null) {
      LOG.warn("{}; serving {} instead", choice.problem(), choice.served());
    }
    this.current = new AtomicReference<>(open(choice.served()));
    this.state = new State(choice.current(), choice.problem());
  }

  /**
   * Switches to the generation {@code CURRENT} names, if it is another and passes its checksums;
   * true when it switched.
   */
  synchronized boolean reload() throws IOException {
    String name = layout.current().orElse(null);
    String served = current.get().name();
    if (name == null) {
      return false;
    }
    if (name.equals(served)) {
      state = new State(name, null); // e.g. a rollback to the served generation
      return false;
    }
    if (name.equals(state.current()) && state.problem() != null) {
      return false; // rejected already
    }
    GenerationCheck.Result result = check.check(name);
    if (!result.passed()) {
      LOG.warn("{}; still serving {}", result.describe(), served);
      state = new State(name, result.describe());
      return false;
    }
    Generation old = current.getAndSet(open(name));
    state = new State(name, null);
    old.reader().decRef();
    return true;
  }

  State state() {
    return state;
  }

  <T> T with(Work<T> work) {
    while (true) {
      Generation g = current.get();
      if (g.reader().tryIncRef()) {
        try {
          return work.apply(g);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } finally {
          decRef(g);
        }
      }
      // that reader closed between get() and tryIncRef(): a switch happened; take the new one
    }
  }

  @Override
  public synchronized void close() throws IOException {
    current.get().reader().decRef();
  }

  private Generation open(String name) throws IOException {
    Directory directory = FSDirectory.open(layout.dir(name));
    DirectoryReader opened = DirectoryReader.open(directory);
    opened.getReaderCacheHelper().addClosedListener(key -> directory.close());
    DirectoryReader reader;
    try {
      reader = LiveStatistics.of(opened); // an incremental build keeps its deleted documents out of the statistics this way
    } catch (IOException | RuntimeException e) {
      opened.close();
      throw e;
    }
    // A reader builds its context lazily, and not thread-safely: build it here, before the reader
    // is published, so that every request's searcher sees the same one.
    reader.getContext();
    // the concordance's order of documents is sorted once, here, not in the first request's time
    OrderedDocuments.of(reader, DocumentOrder.OLDEST_FIRST);
    DirectoryReader links = LuceneLinks.open(layout.dir(name));
    if (links != null) {
      reader.getReaderCacheHelper().addClosedListener(key -> links.close());
    }
    return new Generation(name, reader, links);
  }

  private static void decRef(Generation g) {
    try {
      g.reader().decRef();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
