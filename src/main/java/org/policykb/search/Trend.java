package org.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.policykb.index.Fields;

/**
 * Occurrences per year or per source, beside the size of each bucket (documents and characters,
 * from doc values), so that an uneven collection does not pass for a trend.
 */
final class Trend {
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

  Trend(IndexSearcher searcher, OccurrenceCounter counter) {
    this.searcher = searcher;
    this.counter = counter;
  }

  /** One bucket's tallies: matching documents and their occurrences, all documents and their characters. */
  static final class Counts {
    long documents;
    long occurrences;
    long allDocuments;
    long characters;
  }

  record Totals(long occurrences, long documents, List<TrendResult.Bucket> buckets) {}

  Totals run(Query matching, Filters filters, TrendRequest.By by) throws IOException {
    Query base = FilterQueries.of(filters);
    MatchingDocs all = MatchingDocs.of(searcher, base == null ? new MatchAllDocsQuery() : base);
    Map<Object, Counts> buckets = new HashMap<>();
    for (MatchingDocs.Leaf leaf : all.leaves()) {
      Bucketing values = bucketing(leaf, by);
      NumericDocValues chars = DocValues.getNumeric(leaf.context().reader(), Fields.TEXT_CHARS);
      DocIdSetIterator it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        Counts c = buckets.computeIfAbsent(values.value(doc), k -> new Counts());
        c.allDocuments++;
        c.characters += chars.advanceExact(doc) ? chars.longValue() : 0;
      }
    }
    MatchingDocs matches = MatchingDocs.of(searcher, matching);
    long[] total = {0};
    List<Bucketing> perLeaf = new ArrayList<>();
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      perLeaf.add(bucketing(leaf, by));
    }
    counter.count(matches, (leafOrd, doc, occurrences) -> {
      Counts c = buckets.computeIfAbsent(perLeaf.get(leafOrd).value(doc), k -> new Counts());
      c.documents++;
      c.occurrences += occurrences;
      total[0] += occurrences;
    });
    return new Totals(total[0], matches.count(), buckets(buckets, by));
  }

  /** The buckets as the answer lists them, whichever backend tallied them. */
  static List<TrendResult.Bucket> buckets(Map<Object, Counts> buckets, TrendRequest.By by) {
    List<TrendResult.Bucket> out = new ArrayList<>();
    buckets.forEach((value, c) -> out.add(new TrendResult.Bucket(value, c.documents, c.occurrences, c.allDocuments,
        c.characters, c.characters == 0 ? 0 : c.occurrences * 1_000_000.0 / c.characters)));
    out.sort(order(by));
    return out;
  }

  /** Years oldest first; sources by occurrences, then documents, then name; the null bucket last. */
  private static Comparator<TrendResult.Bucket> order(TrendRequest.By by) {
    Comparator<TrendResult.Bucket> nullLast = Comparator.comparing(b -> b.value() == null);
    if (by == TrendRequest.By.YEAR) {
      return nullLast.thenComparing(b -> b.value() == null ? 0 : (Integer) b.value());
    }
    return nullLast
        .thenComparing(TrendResult.Bucket::occurrences, Comparator.reverseOrder())
        .thenComparing(TrendResult.Bucket::allDocuments, Comparator.reverseOrder())
        .thenComparing(b -> Objects.toString(b.value(), ""));
  }

  /** A document's bucket value in one segment. */
  private interface Bucketing {
    Object value(int doc) throws IOException;
  }

  private static Bucketing bucketing(MatchingDocs.Leaf leaf, TrendRequest.By by) throws IOException {
    if (by == TrendRequest.By.YEAR) {
      NumericDocValues years = DocValues.getNumeric(leaf.context().reader(), Fields.YEAR);
      return doc -> years.advanceExact(doc) ? (Object) (int) years.longValue() : null;
    }
    SortedSetDocValues sources = DocValues.getSortedSet(leaf.context().reader(), Fields.SOURCE_NAME);
    return doc -> sources.advanceExact(doc) ? sources.lookupOrd(sources.nextOrd()).utf8ToString() : null;
  }
}
