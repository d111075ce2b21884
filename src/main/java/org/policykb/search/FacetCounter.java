package org.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts matching documents per facet value from doc values, never from stored text. Documents
 * without a value are counted under a {@code null} value (always listed, last), so a single-valued facet's counts (year,
 * source) add up to the number of matches; a document mentioning two parks counts once under each.
 */
final class FacetCounter {
  private FacetCounter() {}

  static Map<String, List<FacetValue>> count(MatchingDocs matches, Set<Facet> facets, int size) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      if (facets.contains(facet)) {
        out.put(facet.apiName(), facet == Facet.YEAR ? years(matches, size) : values(matches, facet, size));
      }
    }
    return out;
  }

  private static List<FacetValue> years(MatchingDocs matches, int size) throws IOException {
    Map<Integer, Long> counts = new HashMap<>();
    long missing = 0;
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      NumericDocValues years = DocValues.getNumeric(leaf.context().reader(), Facet.YEAR.field);
      DocIdSetIterator it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (years.advanceExact(doc)) {
          counts.merge((int) years.longValue(), 1L, Long::sum);
        } else {
          missing++;
        }
      }
    }
    List<FacetValue> values = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
        .limit(size)
        .forEach(e -> values.add(new FacetValue(e.getKey(), e.getValue())));
    return withMissing(values, missing);
  }

  private static List<FacetValue> values(MatchingDocs matches, Facet facet, int size) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    long missing = 0;
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.context().reader(), facet.field);
      long[] byOrd = new long[(int) Math.min(Integer.MAX_VALUE - 8, dv.getValueCount())];
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
      for (int ord = 0; ord < byOrd.length; ord++) {
        if (byOrd[ord] > 0) {
          counts.merge(dv.lookupOrd(ord).utf8ToString(), byOrd[ord], Long::sum);
        }
      }
    }
    List<FacetValue> values = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(size)
        .forEach(e -> values.add(new FacetValue(e.getKey(), e.getValue())));
    return withMissing(values, missing);
  }

  private static List<FacetValue> withMissing(List<FacetValue> values, long missing) {
    values.add(new FacetValue(null, missing));
    return values;
  }
}
