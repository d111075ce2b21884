package org.policykb.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.policykb.analysis.Paragraphs;
import org.policykb.index.Fields;
import org.policykb.model.PolicyDocument;
import org.policykb.query.DocumentOrder;
import org.policykb.query.ParsedQuery;
import org.policykb.research.Concordance;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.text.ContextKeys;
import org.policykb.text.NearSpans;

/**
 * The concordance ({@link Concordance}) over the embedded index: its matches read from stored texts
 * oldest first, and a page in document order counted from postings, so that only the documents that
 * hold the page's lines are read.
 */
final class LuceneConcordance {
  private final DocumentScan scan;
  private final IndexSearcher searcher;
  private final ParsedQuery query;
  private final Query documents;

  /**
   * @param documents the documents that take part: the query's matches under the filters
   */
  LuceneConcordance(DocumentScan scan, IndexSearcher searcher, ParsedQuery query, Query documents) {
    this.scan = scan;
    this.searcher = searcher;
    this.query = query;
    this.documents = documents;
  }

  private Concordance.Documents stream(int[] docs) {
    return new Concordance.Documents() {
      @Override
      public <T> void forEach(Function<PolicyDocument, T> work, Consumer<T> sink) {
        scan.forEach(docs, work, sink);
      }
    };
  }

  /** Gives the lines {@code offset…offset+limit} of {@code request}'s order to {@code sink}. */
  Concordance.Totals run(ConcordanceRequest request, Consumer<ConcordanceLine> sink) throws IOException {
    // the matches are found once, then ordered and counted
    MatchingDocs matches = MatchingDocs.of(searcher, documents);
    int[] docs = scan.ordered(matches, DocumentOrder.OLDEST_FIRST);
    if (request.collocate() != null) {
      // which occurrences are lines depends on their windows' words: every matching text is read
      return Concordance.over(request.sort() == ConcordanceRequest.Order.DOC ? stream(docs) : fromTexts(docs, request),
          query, request, sink);
    }
    if (request.sort() == ConcordanceRequest.Order.DOC && request.limit() != Long.MAX_VALUE) {
      return pageFromPostings(matches, docs, request, sink);
    }
    if (request.sort() != ConcordanceRequest.Order.DOC) {
      int[] counts = sortable(matches, request);
      Concordance.Totals t = Concordance.over(new Sorted(matches, docs, counts), query, request, sink);
      return new Concordance.Totals(t.occurrences(), docs.length);
    }
    Concordance.Totals t = Concordance.over(stream(docs), query, request, sink);
    return new Concordance.Totals(t.occurrences(), docs.length);
  }

  /** A context sort that reads the keys from the texts, then only the documents of the lines wanted. */
  private Concordance.Sortable fromTexts(int[] docs, ConcordanceRequest request) {
    return new Concordance.FromTexts(stream(docs), query, request) {
      @Override
      public <T> void forEach(int[] indexes, BiFunction<Integer, PolicyDocument, T> work, Consumer<T> sink) {
        forEachOf(docs, indexes, work, sink);
      }
    };
  }

  /**
   * Reads the documents {@code docs[indexes[i]]}, each handed to {@code work} with its {@code indexes[i]}, in
   * the index's order of documents (not the indexes'), so that the documents of one block of stored
   * fields are decompressed once.
   */
  private <T> void forEachOf(int[] docs, int[] indexes, BiFunction<Integer, PolicyDocument, T> work, Consumer<T> sink) {
    long[] byDoc = new long[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      byDoc[i] = (long) docs[indexes[i]] << 32 | indexes[i];
    }
    java.util.Arrays.sort(byDoc);
    int[] selected = new int[byDoc.length];
    for (int i = 0; i < byDoc.length; i++) {
      selected[i] = (int) (byDoc[i] >>> 32);
    }
    scan.forEach(selected, (i, d) -> work.apply((int) byDoc[i], d), sink);
  }

  /**
   * The documents of a context sort: each line's key read from the forward index at the positions
   * the postings give, so that only the documents of the lines asked for are read.
   */
  private final class Sorted implements Concordance.Sortable {
    private final MatchingDocs matches;
    private final int[] docs;
    private final int[] counts;

    Sorted(MatchingDocs matches, int[] docs, int[] counts) {
      this.matches = matches;
      this.docs = docs;
      this.counts = counts;
    }

    @Override
    public <T> void forEach(Function<PolicyDocument, T> work, Consumer<T> sink) {
      scan.forEach(docs, work, sink);
    }

    @Override
    public <T> void forEach(int[] indexes, BiFunction<Integer, PolicyDocument, T> work, Consumer<T> sink) {
      forEachOf(docs, indexes, work, sink);
    }

    @Override
    public Concordance.Keys keys(boolean left) {
      int[] starts = new int[docs.length + 1];
      int[] indexOf = new int[searcher.getIndexReader().maxDoc()];
      for (int i = 0; i < docs.length; i++) {
        starts[i + 1] = starts[i] + counts[docs[i]];
        indexOf[docs[i]] = i;
      }
      String[] keys = new String[starts[docs.length]];
      // the segments' matching documents in parts, each part read on its own postings and doc values
      List<Callable<Void>> parts = new ArrayList<>();
      for (MatchingDocs.Leaf leaf : matches.leaves()) {
        int[] inLeaf = new int[leaf.docs().cardinality()];
        int n = 0;
        try {
          var it = leaf.iterator();
          for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            inLeaf[n++] = doc;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        for (int from = 0; from < n; from += KEYS_PART) {
          int a = from;
          int b = Math.min(n, from + KEYS_PART);
          parts.add(() -> {
            readKeys(leaf.context(), inLeaf, a, b, left, indexOf, starts, keys);
            return null;
          });
        }
      }
      scan.inParallel(parts);
      return new Concordance.Keys(keys, starts, characters(docs));
    }
  }

  /** The texts' lengths in characters ({@link Fields#TEXT_CHARS}) of {@code docs} (global ids), in that order. */
  private long[] characters(int[] docs) {
    long[] out = new long[docs.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    try {
      for (int i = 0; i < docs.length; i++) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
        NumericDocValues chars = DocValues.getNumeric(leaf.reader(), Fields.TEXT_CHARS);
        out[i] = chars.advanceExact(docs[i] - leaf.docBase) ? chars.longValue() : 0;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Every hit's context key on one side, by document, with each document's characters: what hits are grouped by
   * context from ({@link org.policykb.research.ContextGroups}), read from the postings and the forward index.
   *
   * @param request the context sort of the same query, whose limit on the lines it may order holds here too
   */
  Concordance.Keys keys(ConcordanceRequest request) throws IOException {
    MatchingDocs matches = MatchingDocs.of(searcher, documents);
    int[] docs = scan.ordered(matches, DocumentOrder.OLDEST_FIRST);
    return new Sorted(matches, docs, sortable(matches, request)).keys(request.sort() == ConcordanceRequest.Order.LEFT);
  }

  /**
   * Each document's lines, counted from the postings; a sort that would hold more lines than it may is refused
   * from them, before anything else is read.
   */
  private int[] sortable(MatchingDocs matches, ConcordanceRequest request) throws IOException {
    int[] counts = PostingsOccurrences.perDocument(matches, query, searcher);
    long lines = 0;
    for (int n : counts) {
      lines += n;
    }
    if (lines > request.maxSortedLines()) {
      throw Concordance.tooManyToSort(request, lines);
    }
    return counts;
  }

  /** Documents whose keys one task reads. */
  private static final int KEYS_PART = 2048;

  /** Reads the keys of segment documents {@code docs[from…to)} (ascending) into {@code keys}. */
  private void readKeys(LeafReaderContext segment, int[] docs, int from, int to, boolean left, int[] indexOf, int[] starts,
      String[] keys) throws IOException {
    PostingsOccurrences occurrences = new PostingsOccurrences(segment.reader(), query);
    ForwardIndex forward = new ForwardIndex(segment.reader());
    for (int d = from; d < to; d++) {
      if ((d & 255) == 0) {
        scan.checkDeadline();
      }
      int doc = docs[d];
      int i = indexOf[segment.docBase + doc];
      int n = starts[i + 1] - starts[i];
      if (n == 0) {
        continue;
      }
      long[] spans = occurrences.occurrences(doc);
      int through = spans.length == 0 ? 0 : left
          ? NearSpans.start(spans[spans.length - 1])
          : NearSpans.end(spans[spans.length - 1]) + ContextKeys.DEPTH * Paragraphs.INDEXED_GAP;
      if (spans.length != n || !forward.read(doc, through)) {
        throw new IllegalStateException("the forward index of document " + (segment.docBase + doc)
            + " does not match its postings");
      }
      for (int k = 0; k < n; k++) {
        keys[starts[i] + k] = left
            ? ContextKeys.left(forward.sequence(), NearSpans.start(spans[k]))
            : ContextKeys.right(forward.sequence(), NearSpans.end(spans[k]));
      }
    }
  }

  /**
   * A page in document order: every document's occurrences are counted from postings, so only the
   * documents that hold the page's lines are read.
   */
  private Concordance.Totals pageFromPostings(MatchingDocs matches, int[] docs, ConcordanceRequest r, Consumer<ConcordanceLine> sink)
      throws IOException {
    int[] counts = PostingsOccurrences.perDocument(matches, query, searcher);
    Concordance.CountedPage page = new Concordance.CountedPage(r);
    int[] kept = new int[docs.length];
    int n = 0;
    for (int doc : docs) {
      if (page.holds(counts[doc])) {
        kept[n++] = doc;
      }
    }
    page.cut(stream(java.util.Arrays.copyOf(kept, n)), query, sink);
    return new Concordance.Totals(page.lines(), docs.length);
  }

}
