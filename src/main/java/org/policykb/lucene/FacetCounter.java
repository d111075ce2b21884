package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.util.LongValues;
import org.policykb.query.CitationBand;
import org.policykb.query.Facet;
import org.policykb.search.FacetValue;

/**
 * Counts matching documents per facet value from doc values, never from stored text. Documents
 * without a value are counted under a {@code null} value (always listed, last), so a single-valued
 * facet's counts (year, source) add up to the number of matches; a document mentioning two parks
 * counts once under each. Keyword facets count per global ordinal ({@link GlobalOrdinals}) and read
 * only the listed values' strings. The work is split by facet and by groups of segments, so that
 * a facet with many values per document (parks) does not keep one core busy alone.
 */
final class FacetCounter {
  /** Years are counted in an array over this range; a year outside it (none in practice) in a map. */
  private static final int FIRST_YEAR = 1000;
  private static final int LAST_YEAR = 2999;
  /** Groups of segments per facet: enough to share the work between the cores. */
  private static final int GROUPS = 4;

  private FacetCounter() {}

  /** Counts of one facet over some segments: by global ordinal (or year − FIRST_YEAR), and the documents without a value. */
  private record Partial(long[] counts, Map<Integer, Long> outlyingYears, long missing) {
    /** These counts less {@code part}'s, which counted some of the same documents. */
    Partial minus(Partial part) {
      long[] left = counts.clone();
      for (int i = 0; i < left.length; i++) {
        left[i] -= part.counts()[i];
      }
      Map<Integer, Long> years = new TreeMap<>(outlyingYears);
      part.outlyingYears().forEach((year, n) -> years.merge(year, -n, Long::sum));
      years.values().removeIf(n -> n == 0);
      return new Partial(left, years, missing - part.missing());
    }
  }

  static Map<String, List<FacetValue>> count(
      IndexReader reader, MatchingDocs matches, Set<Facet> facets, int size, TaskExecutor threads) throws IOException {
    List<Facet> asked = Arrays.stream(Facet.values()).filter(facets::contains).toList();
    // most of the collection matches: the documents that do not are counted, and taken from the collection's counts
    boolean complement = matches.count() > reader.numDocs() / 2;
    List<Partial> merged = partials(reader, complement ? matches.complement() : matches, asked, threads);
    if (complement) {
      List<Partial> all = totals(reader, asked, threads);
      for (int f = 0; f < asked.size(); f++) {
        merged.set(f, all.get(f).minus(merged.get(f)));
      }
    }
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (int f = 0; f < asked.size(); f++) {
      Facet facet = asked.get(f);
      out.put(facet.apiName(), switch (facet) {
        case YEAR -> listYears(merged.get(f), size);
        case CITED_BY -> listBands(merged.get(f), size);
        default -> listValues(GlobalOrdinals.of(reader, facet.field()), merged.get(f), size);
      });
    }
    return out;
  }

  /** Each facet's counts over {@code docs}, in {@code asked}'s order, counted on the threads. */
  private static List<Partial> partials(IndexReader reader, MatchingDocs docs, List<Facet> asked, TaskExecutor threads)
      throws IOException {
    List<List<MatchingDocs.Leaf>> groups = groups(docs);
    List<Callable<Partial>> work = new ArrayList<>();
    for (Facet facet : asked) {
      GlobalOrdinals ordinals = facet == Facet.YEAR || facet == Facet.CITED_BY ? null : GlobalOrdinals.of(reader, facet.field());
      for (List<MatchingDocs.Leaf> group : groups) {
        work.add(() -> switch (facet) {
          case YEAR -> years(group);
          case CITED_BY -> bands(group);
          default -> values(ordinals, group, facet);
        });
      }
    }
    List<Partial> partials = threads.invokeAll(work);
    List<Partial> out = new ArrayList<>();
    for (int f = 0; f < asked.size(); f++) {
      out.add(merge(partials.subList(f * groups.size(), (f + 1) * groups.size())));
    }
    return out;
  }

  /** Each facet's counts over every live document, counted once per reader and facet. */
  private static List<Partial> totals(IndexReader reader, List<Facet> asked, TaskExecutor threads) throws IOException {
    Map<Facet, Partial> kept = TOTALS.of(reader);
    List<Facet> missing = asked.stream().filter(f -> !kept.containsKey(f)).toList();
    if (!missing.isEmpty()) {
      List<Partial> counted = partials(reader, MatchingDocs.all(reader), missing, threads);
      for (int f = 0; f < missing.size(); f++) {
        kept.putIfAbsent(missing.get(f), counted.get(f));
      }
    }
    return asked.stream().map(kept::get).toList();
  }

  private static final PerReader<Facet, Partial> TOTALS = new PerReader<>();

  /** The segments with matches, largest first, dealt into groups of about equal size. */
  private static List<List<MatchingDocs.Leaf>> groups(MatchingDocs matches) {
    List<List<MatchingDocs.Leaf>> groups = new ArrayList<>();
    long[] sizes = new long[GROUPS];
    for (int g = 0; g < GROUPS; g++) {
      groups.add(new ArrayList<>());
    }
    matches.leaves().stream()
        .sorted(Comparator.comparingInt((MatchingDocs.Leaf l) -> l.docs().length()).reversed())
        .forEach(leaf -> {
          int smallest = 0;
          for (int g = 1; g < GROUPS; g++) {
            if (sizes[g] < sizes[smallest]) {
              smallest = g;
            }
          }
          groups.get(smallest).add(leaf);
          sizes[smallest] += leaf.docs().length();
        });
    return groups;
  }

  private static Partial years(List<MatchingDocs.Leaf> group) throws IOException {
    long[] counts = new long[LAST_YEAR - FIRST_YEAR + 1];
    Map<Integer, Long> outliers = new TreeMap<>();
    long missing = 0;
    for (MatchingDocs.Leaf leaf : group) {
      NumericDocValues years = DocValues.getNumeric(leaf.context().reader(), Facet.YEAR.field());
      DocIdSetIterator it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!years.advanceExact(doc)) {
          missing++;
          continue;
        }
        long year = years.longValue();
        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
          counts[(int) year - FIRST_YEAR]++;
        } else {
          outliers.merge((int) year, 1L, Long::sum);
        }
      }
    }
    return new Partial(counts, outliers, missing);
  }

  /** Counts per {@link CitationBand}, read from the count of citing works each document holds. */
  private static Partial bands(List<MatchingDocs.Leaf> group) throws IOException {
    long[] counts = new long[CitationBand.values().length];
    long missing = 0;
    for (MatchingDocs.Leaf leaf : group) {
      NumericDocValues citedBy = DocValues.getNumeric(leaf.context().reader(), Facet.CITED_BY.field());
      DocIdSetIterator it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (citedBy.advanceExact(doc)) {
          counts[CitationBand.of(citedBy.longValue()).ordinal()]++;
        } else {
          missing++;
        }
      }
    }
    return new Partial(counts, Map.of(), missing);
  }

  private static Partial values(GlobalOrdinals ordinals, List<MatchingDocs.Leaf> group, Facet facet) throws IOException {
    long[] counts = new long[(int) ordinals.valueCount()];
    long missing = 0;
    for (MatchingDocs.Leaf leaf : group) {
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.context().reader(), facet.field());
      long[] byOrd = new long[(int) dv.getValueCount()];
      DocIdSetIterator it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (dv.advanceExact(doc)) {
          for (int i = 0; i < dv.docValueCount(); i++) {
            byOrd[(int) dv.nextOrd()]++;
          }
        } else {
          missing++;
        }
      }
      LongValues toGlobal = ordinals.globalOrds(leaf.context().ord);
      for (int ord = 0; ord < byOrd.length; ord++) {
        if (byOrd[ord] > 0) {
          counts[(int) toGlobal.get(ord)] += byOrd[ord];
        }
      }
    }
    return new Partial(counts, Map.of(), missing);
  }

  private static Partial merge(List<Partial> parts) {
    long[] counts = parts.get(0).counts().clone();
    Map<Integer, Long> outliers = new TreeMap<>(parts.get(0).outlyingYears());
    long missing = parts.get(0).missing();
    for (Partial p : parts.subList(1, parts.size())) {
      for (int i = 0; i < counts.length; i++) {
        counts[i] += p.counts()[i];
      }
      p.outlyingYears().forEach((year, n) -> outliers.merge(year, n, Long::sum));
      missing += p.missing();
    }
    return new Partial(counts, outliers, missing);
  }

  /** The bands that hold documents, from none up. */
  private static List<FacetValue> listBands(Partial p, int size) {
    List<FacetValue> values = new ArrayList<>();
    for (CitationBand b : CitationBand.values()) {
      if (p.counts()[b.ordinal()] > 0 && values.size() < size) {
        values.add(new FacetValue(b.label(), p.counts()[b.ordinal()]));
      }
    }
    values.add(new FacetValue(null, p.missing()));
    return values;
  }

  /** Years newest first. */
  private static List<FacetValue> listYears(Partial p, int size) {
    TreeMap<Integer, Long> years = new TreeMap<>(p.outlyingYears());
    for (int i = 0; i < p.counts().length; i++) {
      if (p.counts()[i] > 0) {
        years.put(FIRST_YEAR + i, p.counts()[i]);
      }
    }
    List<FacetValue> values = new ArrayList<>();
    years.descendingMap().entrySet().stream().limit(size).forEach(e -> values.add(new FacetValue(e.getKey(), e.getValue())));
    values.add(new FacetValue(null, p.missing()));
    return values;
  }

  /**
   * The {@code size} most frequent values in {@link FacetValue#order}: ties by the lower ordinal, which
   * is the value first in code point order.
   */
  private static List<FacetValue> listValues(GlobalOrdinals ordinals, Partial p, int size) throws IOException {
    long[] counts = p.counts();
    PriorityQueue<Integer> top = new PriorityQueue<>((a, b) -> counts[a] != counts[b]
        ? Long.compare(counts[a], counts[b]) : Integer.compare(b, a));
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0) {
        top.add(ord);
        if (top.size() > size) {
          top.poll();
        }
      }
    }
    List<Integer> listed = new ArrayList<>(top);
    listed.sort((a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b));
    List<FacetValue> values = new ArrayList<>();
    for (int ord : listed) {
      values.add(new FacetValue(ordinals.value(ord), counts[ord]));
    }
    values.add(new FacetValue(null, p.missing()));
    return values;
  }
}
