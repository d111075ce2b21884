package org.policykb.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policykb.index.IndexLayout;

/**
 * The generation being served, switched without failing a request: each request takes a
 * reference on the reader it starts with and keeps it to the end; a switch publishes the new
 * reader and drops the old one's own reference, so the old reader closes when its last request
 * finishes — the reference counting Lucene's {@code SearcherManager} uses, across directories.
 */
final class ServedIndex implements Closeable {
  /** One open generation. */
  record Generation(String name, DirectoryReader reader) {}

  interface Work<T> {
    T apply(Generation generation) throws IOException;
  }

  private final IndexLayout layout;
  private final AtomicReference<Generation> current;

  ServedIndex(Path root) throws IOException {
    this.layout = new IndexLayout(root);
    String name = layout.current().orElseThrow(
        () -> new IOException("no index in " + root + ": build one with the index command"));
    this.current = new AtomicReference<>(open(name));
  }

  /** Switches to the generation {@code CURRENT} names, if it is another; true when it switched. */
  synchronized boolean reload() throws IOException {
    String name = layout.current().orElse(null);
    if (name == null || name.equals(current.get().name())) {
      return false;
    }
    Generation old = current.getAndSet(open(name));
    old.reader().decRef();
    return true;
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
    DirectoryReader reader = DirectoryReader.open(directory);
    reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
    // A reader builds its context lazily, and not thread-safely: build it here, before the reader
    // is published, so that every request's searcher sees the same one.
    reader.getContext();
    return new Generation(name, reader);
  }

  private static void decRef(Generation g) {
    try {
      g.reader().decRef();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
