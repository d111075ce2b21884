package org.policykb.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopFieldDocs;
import org.policykb.model.PolicyDocument;
import org.policykb.query.DocumentOrder;
import org.policykb.search.SearchTimeoutException;

/**
 * Reads the stored documents a query matches, in a given order, working on them on all cores while
 * handing the results back one at a time in that order. Only a few batches are in memory at once,
 * whatever the number of documents.
 */
final class DocumentScan {
  private static final int BATCH = 64;

  private final IndexSearcher searcher;
  private final ExecutorService threads;
  private final int parallelism;
  private final long deadline;
  private final long limitMillis;

  /**
   * @param deadline {@link System#nanoTime()} after which the scan stops with {@link SearchTimeoutException}
   *     ({@code Long.MAX_VALUE}: never)
   * @param limitMillis the time limit, for the message
   */
  DocumentScan(IndexSearcher searcher, ExecutorService threads, int parallelism, long deadline, long limitMillis) {
    this.searcher = searcher;
    this.threads = threads;
    this.parallelism = Math.max(1, parallelism);
    this.deadline = deadline;
    this.limitMillis = limitMillis;
  }

  /**
   * The matching documents' ids in {@code order}; the matches are not evaluated again. An order without
   * a score picks them out of the reader's documents sorted once ({@link OrderedDocuments}).
   */
  int[] ordered(MatchingDocs matches, DocumentOrder order) throws IOException {
    if (OrderedDocuments.fixed(order)) {
      return OrderedDocuments.of(searcher.getIndexReader(), order).select(matches);
    }
    int n = (int) matches.count();
    if (n == 0) {
      return new int[0];
    }
    TopFieldDocs top = searcher.search(matches.asQuery(), n, Sorts.of(order));
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    return docs;
  }

  /** The matching documents' ids in index order. */
  int[] inIndexOrder(MatchingDocs matches) {
    int[] docs = new int[(int) matches.count()];
    int n = 0;
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      var it = leaf.iterator();
      try {
        for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          docs[n++] = leaf.context().docBase + doc;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return docs;
  }

  /** Runs the tasks on all cores; their results in the tasks' order. */
  <T> List<T> inParallel(List<java.util.concurrent.Callable<T>> tasks) {
    List<Future<T>> futures = new ArrayList<>(tasks.size());
    for (var task : tasks) {
      futures.add(threads.submit(task));
    }
    List<T> out = new ArrayList<>(tasks.size());
    try {
      for (Future<T> f : futures) {
        out.add(get(f));
      }
    } finally {
      futures.forEach(f -> f.cancel(false));
    }
    return out;
  }

  /** Throws {@link SearchTimeoutException} once the deadline has passed. */
  void checkDeadline() {
    if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
      throw new SearchTimeoutException(limitMillis);
    }
  }

  /** Applies {@code work} to each document (in parallel) and gives its result to {@code sink} in order. */
  <T> void forEach(int[] docs, Function<PolicyDocument, T> work, Consumer<T> sink) {
    forEach(docs, (i, d) -> work.apply(d), sink);
  }

  /** {@link #forEach(int[], Function, Consumer)} with each document's place in {@code docs} given to {@code work}. */
  <T> void forEach(int[] docs, BiFunction<Integer, PolicyDocument, T> work, Consumer<T> sink) {
    scan(docs, DocumentStoredFieldVisitor::new, DocumentMapper::fromLucene, work, sink);
  }

  /**
   * {@link #forEach(int[], Function, Consumer)} on the documents' texts alone: nothing else of a document is
   * read or parsed.
   */
  <T> void forEachText(int[] docs, Function<String, T> work, Consumer<T> sink) {
    scan(docs, DocumentMapper::textVisitor, DocumentMapper::textOf, (i, text) -> work.apply(text), sink);
  }

  /**
   * Reads each document's stored fields as a visitor of {@code visitors} takes them, makes them what {@code work} is
   * applied to with {@code read}, on all cores, and gives the results to {@code sink} in the documents' order.
   */
  private <D, T> void scan(int[] docs, Supplier<DocumentStoredFieldVisitor> visitors, Function<Document, D> read,
      BiFunction<Integer, D, T> work, Consumer<T> sink) {
    List<Future<List<T>>> next = submit(docs, 0, visitors, read, work);
    for (int from = 0; from < docs.length; from += BATCH) {
      if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
        next.forEach(f -> f.cancel(false));
        throw new SearchTimeoutException(limitMillis);
      }
      List<Future<List<T>>> batch = next;
      // the next batch is read while this one is handed over
      next = from + BATCH < docs.length ? submit(docs, from + BATCH, visitors, read, work) : List.of();
      for (Future<List<T>> part : batch) {
        get(part).forEach(sink);
      }
    }
  }

  /** One batch, split into a part per thread. */
  private <D, T> List<Future<List<T>>> submit(int[] docs, int from, Supplier<DocumentStoredFieldVisitor> visitors,
      Function<Document, D> read, BiFunction<Integer, D, T> work) {
    int to = Math.min(docs.length, from + BATCH);
    int parts = Math.min(parallelism, Math.max(1, to - from));
    int per = (to - from + parts - 1) / parts;
    List<Future<List<T>>> futures = new ArrayList<>();
    for (int start = from; start < to; start += per) {
      int a = start;
      int b = Math.min(to, start + per);
      futures.add(threads.submit(() -> {
        StoredDocuments stored = new StoredDocuments(closeTogether(docs, a, b), visitors);
        List<T> out = new ArrayList<>(b - a);
        for (int i = a; i < b; i++) {
          out.add(work.apply(i, read.apply(stored.document(docs[i]))));
        }
        return out;
      }));
    }
    return futures;
  }

  /**
   * True when {@code docs[from…to)} ascend and lie close together (about one in two or more): then
   * whole blocks of stored fields are worth decompressing once for the several documents each holds.
   */
  private static boolean closeTogether(int[] docs, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (docs[i] <= docs[i - 1]) {
        return false;
      }
    }
    return to - from > 1 && docs[to - 1] - docs[from] < 2 * (to - from);
  }

  /**
   * One task's reader of stored documents. Documents asked in increasing order, close together, are read with each
   * segment's merge instance, which decompresses a block of documents once and reads the next ones
   * of the same block from it (Elasticsearch reads sequential documents the same way); documents
   * in any other order are read one by one, each decompressing what it needs.
   */
  private final class StoredDocuments {
    private final StoredFields stored;
    private final StoredFieldsReader[] sequential;
    private final Supplier<DocumentStoredFieldVisitor> visitors;

    /** @param visitors a new visitor of one document's stored fields: what is read of it */
    StoredDocuments(boolean closeTogether, Supplier<DocumentStoredFieldVisitor> visitors) throws IOException {
      this.stored = searcher.storedFields();
      this.sequential = closeTogether ? new StoredFieldsReader[searcher.getIndexReader().leaves().size()] : null;
      this.visitors = visitors;
    }

    Document document(int doc) throws IOException {
      DocumentStoredFieldVisitor visitor = visitors.get();
      if (sequential == null) {
        stored.document(doc, visitor);
        return visitor.getDocument();
      }
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (!(leaf.reader() instanceof CodecReader codec)) {
        stored.document(doc, visitor);
        return visitor.getDocument();
      }
      StoredFieldsReader reader = sequential[leaf.ord];
      if (reader == null) {
        reader = codec.getFieldsReader().getMergeInstance();
        sequential[leaf.ord] = reader;
      }
      reader.document(doc - leaf.docBase, visitor);
      return visitor.getDocument();
    }
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading documents", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
