package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.policykb.query.DocumentOrder;
import org.policykb.query.ParsedQuery;
import org.policykb.search.DispersionRequest;
import org.policykb.search.DispersionResult;
import org.policykb.text.NearSpans;

/**
 * The dispersion plot ({@link DispersionResult}) over the embedded index: every matching document's hits counted from
 * the postings, and for the page's documents where they start (the postings' positions) and how long each text is
 * (its forward index's length); only the page's documents are read, for their titles and dates.
 */
final class LuceneDispersion {
  private LuceneDispersion() {}

  static DispersionResult run(DocumentScan scan, IndexSearcher searcher, ParsedQuery query, Query matching,
      DispersionRequest r, String generation, long started) throws IOException {
    MatchingDocs matches = MatchingDocs.of(searcher, matching);
    int[] docs = scan.ordered(matches, DocumentOrder.OLDEST_FIRST);
    int[] perDocument = PostingsOccurrences.perDocument(matches, query, searcher);
    int[] counts = new int[docs.length];
    long total = 0;
    for (int i = 0; i < docs.length; i++) {
      counts[i] = perDocument[docs[i]];
      total += counts[i];
    }
    int[] page = r.page(counts);
    int[] pageDocs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      pageDocs[i] = docs[page[i]];
    }
    // each segment's documents of the page in increasing order, as postings and doc values are read
    int[] ascending = pageDocs.clone();
    Arrays.sort(ascending);
    int[][] positions = new int[ascending.length][];
    long[] lengths = new long[ascending.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    PostingsOccurrences occurrences = null;
    ForwardIndex forward = null;
    int leafOrd = -1;
    for (int i = 0; i < ascending.length; i++) {
      int l = ReaderUtil.subIndex(ascending[i], leaves);
      LeafReaderContext leaf = leaves.get(l);
      if (l != leafOrd) {
        leafOrd = l;
        occurrences = new PostingsOccurrences(leaf.reader(), query);
        forward = new ForwardIndex(leaf.reader());
      }
      int doc = ascending[i] - leaf.docBase;
      long[] spans = occurrences.occurrences(doc);
      positions[i] = new int[spans.length];
      for (int k = 0; k < spans.length; k++) {
        positions[i][k] = NearSpans.start(spans[k]);
      }
      lengths[i] = forward.read(doc, 0) ? forward.sequence().size() : 0;
    }
    List<DispersionResult.Document> out = new ArrayList<>(page.length);
    int[] at = {0};
    scan.forEach(pageDocs, d -> d, d -> {
      int k = Arrays.binarySearch(ascending, pageDocs[at[0]++]);
      out.add(new DispersionResult.Document(d.id(), d.title(), d.date(), lengths[k], positions[k].length, positions[k]));
    });
    return new DispersionResult(r.q(), generation, total, docs.length, r.offset(),
        r.sort().name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - started) / 1_000_000, out);
  }
}
