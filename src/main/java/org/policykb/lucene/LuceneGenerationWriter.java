package org.policykb.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.policykb.index.GenerationWriter;
import org.policykb.index.WorkRole;
import org.policykb.model.PolicyDocument;

/**
 * Writes a build's documents into a Lucene {@link IndexWriter} on all cores: analysis (smartcn,
 * folding) happens as a document is added, so the documents are added from a pool of threads, at
 * most a few per thread queued. A document Lucene rejects (a term too long, say) is refused with
 * Lucene's reason; any other failure stops the build.
 */
final class LuceneGenerationWriter implements GenerationWriter, AutoCloseable {
  private final IndexWriter writer;
  private final ExecutorService threads;
  private final Semaphore queued;
  private final Phaser pending = new Phaser(1);
  private final AtomicReference<IOException> failure = new AtomicReference<>();

  private final java.nio.file.Path dir;

  /** @param dir the generation's folder, where its links are written */
  LuceneGenerationWriter(IndexWriter writer, java.nio.file.Path dir) {
    this.dir = dir;
    int cores = Runtime.getRuntime().availableProcessors();
    this.writer = writer;
    this.threads = Executors.newFixedThreadPool(cores, r -> {
      Thread t = new Thread(r, "index-writer");
      t.setDaemon(true);
      return t;
    });
    this.queued = new Semaphore(4 * cores);
  }

  @Override
  public void write(PolicyDocument document, WorkRole role, Refusal refused) throws IOException {
    throwIfFailed();
    try {
      queued.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the build was interrupted", e);
    }
    pending.register();
    threads.execute(() -> {
      try {
        writer.updateDocument(DocumentMapper.idTerm(document.id()), DocumentMapper.toLucene(document, role));
      } catch (IllegalArgumentException e) {
        refused.refused(e.getMessage());
      } catch (IOException | RuntimeException | Error e) { // an out-of-memory error too stops the build, not just a document
        failure.compareAndSet(null, e instanceof IOException io ? io : new IOException(e));
      } finally {
        queued.release();
        pending.arriveAndDeregister();
      }
    });
  }

  /** Reads each document back from what this writer has written (a near-real-time reader) and writes it again. */
  @Override
  public void rewrite(Map<String, WorkRole> roles) throws IOException {
    await();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Map.Entry<String, WorkRole> e : roles.entrySet()) {
        TopDocs top = searcher.search(new TermQuery(DocumentMapper.idTerm(e.getKey())), 1);
        if (top.scoreDocs.length == 0) {
          throw new IOException("document " + e.getKey() + " of a work is not in the generation");
        }
        PolicyDocument d = DocumentMapper.fromLucene(searcher.storedFields().document(top.scoreDocs[0].doc));
        write(d, e.getValue(), reason -> failure.compareAndSet(null,
            new IOException("document " + d.id() + " was indexed before and is refused now: " + reason)));
      }
    }
  }

  /** Writes the links index of the generation anew, then each document's count of citing works where it changed. */
  @Override
  public void links(java.util.List<org.policykb.model.Link> links, Map<String, Integer> citedBy) throws IOException {
    await();
    LuceneLinks.write(dir, links);
    LuceneLinks.setCitedBy(writer, citedBy);
  }

  @Override
  public void delete(String id) throws IOException {
    writer.deleteDocuments(DocumentMapper.idTerm(id));
  }

  @Override
  public void await() throws IOException {
    pending.arriveAndAwaitAdvance();
    throwIfFailed();
  }

  private void throwIfFailed() throws IOException {
    IOException e = failure.get();
    if (e != null) {
      throw e;
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
