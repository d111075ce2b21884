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
import org.policykb.research.Trend;
import org.policykb.search.TrendResult;

/** The trend ({@link Trend}) over the embedded index: bucket sizes and values from doc values. */
final class LuceneTrend {
  private final IndexSearcher searcher;
  private final OccurrenceCounter counter;

  /** Counts the occurrences of a query in each matching document. */
  interface OccurrenceCounter {
    /** Calls {@code sink} once per matching document with its global doc id and occurrence count. */
    void count(MatchingDocs matches, Sink sink) throws IOException;

    interface Sink {
      void accept(int leafOrd, int doc, int occurrences) throws IOException;
    }
  }

  LuceneTrend(IndexSearcher searcher, OccurrenceCounter counter) {
    this.searcher = searcher;
    this.counter = counter;
  }

  record Totals(long occurrences, long documents, List<TrendResult.Bucket> buckets) {}

  Totals run(Query matching, Filters filters, Facet by) throws IOException {
    Query base = FilterQueries.of(filters);
    MatchingDocs all = MatchingDocs.of(searcher, base == null ? new MatchAllDocsQuery() : base);
    Map<Object, Trend.Counts> buckets = new HashMap<>();
    for (MatchingDocs.Leaf leaf : all.leaves()) {
      Bucketing values = bucketing(leaf, by);
      NumericDocValues chars = DocValues.getNumeric(leaf.context().reader(), Fields.TEXT_CHARS);
      DocIdSetIterator it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        long n = chars.advanceExact(doc) ? chars.longValue() : 0;
        for (Object value : values.values(doc)) {
          Trend.Counts c = buckets.computeIfAbsent(value, k -> new Trend.Counts());
          c.allDocuments++;
          c.characters += n;
        }
      }
    }
    MatchingDocs matches = MatchingDocs.of(searcher, matching);
    long[] total = {0};
    List<Bucketing> perLeaf = new ArrayList<>();
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      perLeaf.add(bucketing(leaf, by));
    }
    counter.count(matches, (leafOrd, doc, occurrences) -> {
      for (Object value : perLeaf.get(leafOrd).values(doc)) {
        Trend.Counts c = buckets.computeIfAbsent(value, k -> new Trend.Counts());
        c.documents++;
        c.occurrences += occurrences;
      }
      total[0] += occurrences;
    });
    return new Totals(total[0], matches.count(), Trend.buckets(buckets, by));
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
