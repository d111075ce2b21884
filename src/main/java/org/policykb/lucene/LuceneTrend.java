package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.policykb.index.Fields;
import org.policykb.query.CitationBand;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.query.ParsedQuery;
import org.policykb.research.Trend;
import org.policykb.search.TrendResult;

/**
 * The trend ({@link Trend}) over the embedded index: bucket sizes and values from doc values, each matching
 * document's occurrences from the exact field's positions ({@link PostingsOccurrences}) on every core. The
 * buckets' sizes (documents and characters under the filters) depend only on the generation, the filters
 * and the facet, so each reader keeps the latest few.
 */
final class LuceneTrend {
  private static final PerReader<List<Object>, Map<Object, long[]>> SIZES = new PerReader<>();
  /** Bucket sizes kept per reader: filters and facets asked recently. */
  private static final int SIZES_KEPT = 32;

  private final IndexSearcher searcher;
  private final ParsedQuery query;

  /** @param searcher the searcher whose threads count the occurrences */
  LuceneTrend(IndexSearcher searcher, ParsedQuery query) {
    this.searcher = searcher;
    this.query = query;
  }

  record Totals(long occurrences, long documents, List<TrendResult.Bucket> buckets) {}

  Totals run(Query matching, Filters filters, Facet by) throws IOException {
    Map<Object, Trend.Counts> buckets = new HashMap<>();
    sizes(filters, by).forEach((value, size) -> {
      Trend.Counts c = new Trend.Counts();
      c.allDocuments = size[0];
      c.characters = size[1];
      buckets.put(value, c);
    });
    MatchingDocs matches = MatchingDocs.of(searcher, matching);
    int[] counts = PostingsOccurrences.perDocument(matches, query, searcher);
    long total = 0;
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      if (leaf.docs().cardinality() == 0) {
        continue;
      }
      Bucketing values = bucketing(leaf, by);
      DocIdSetIterator it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        int occurrences = counts[leaf.context().docBase + doc];
        for (Object value : values.values(doc)) {
          Trend.Counts c = buckets.computeIfAbsent(value, k -> new Trend.Counts());
          c.documents++;
          c.occurrences += occurrences;
        }
        total += occurrences;
      }
    }
    return new Totals(total, matches.count(), Trend.buckets(buckets, by));
  }

  /** Each bucket's documents and characters under {@code filters}: {allDocuments, characters} by value. */
  private Map<Object, long[]> sizes(Filters filters, Facet by) throws IOException {
    Map<List<Object>, Map<Object, long[]>> kept = SIZES.of(searcher.getIndexReader());
    List<Object> key = List.of(filters, by);
    Map<Object, long[]> sizes = kept.get(key);
    if (sizes == null) {
      sizes = countSizes(filters, by);
      if (kept.size() >= SIZES_KEPT) {
        kept.clear(); // a few filters are asked again and again; any others are counted again
      }
      kept.put(key, sizes);
    }
    return sizes;
  }

  private Map<Object, long[]> countSizes(Filters filters, Facet by) throws IOException {
    Query base = FilterQueries.of(filters);
    MatchingDocs all = MatchingDocs.of(searcher, base == null ? new MatchAllDocsQuery() : base);
    Map<Object, long[]> sizes = new HashMap<>();
    for (MatchingDocs.Leaf leaf : all.leaves()) {
      Bucketing values = bucketing(leaf, by);
      NumericDocValues chars = DocValues.getNumeric(leaf.context().reader(), Fields.TEXT_CHARS);
      DocIdSetIterator it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        long n = chars.advanceExact(doc) ? chars.longValue() : 0;
        for (Object value : values.values(doc)) {
          long[] size = sizes.computeIfAbsent(value, k -> new long[2]);
          size[0]++;
          size[1] += n;
        }
      }
    }
    return java.util.Collections.unmodifiableMap(sizes);
  }

  /** A document's bucket values in one segment: each of its values of the facet, or null when it has none. */
  private interface Bucketing {
    List<Object> values(int doc) throws IOException;
  }

  private static final List<Object> NONE = java.util.Collections.singletonList(null);

  private static Bucketing bucketing(MatchingDocs.Leaf leaf, Facet by) throws IOException {
    if (by == Facet.YEAR || by == Facet.CITED_BY) {
      NumericDocValues numbers = DocValues.getNumeric(leaf.context().reader(), by.field());
      return doc -> !numbers.advanceExact(doc) ? NONE
          : List.of(by == Facet.YEAR ? (Object) (int) numbers.longValue() : CitationBand.of(numbers.longValue()).label());
    }
    SortedSetDocValues values = DocValues.getSortedSet(leaf.context().reader(), by.field());
    return doc -> {
      if (!values.advanceExact(doc)) {
        return NONE;
      }
      List<Object> out = new ArrayList<>(values.docValueCount());
      for (int i = 0; i < values.docValueCount(); i++) {
        out.add(values.lookupOrd(values.nextOrd()).utf8ToString());
      }
      return out;
    };
  }
}
