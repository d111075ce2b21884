package org.policykb.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policykb.query.NearTerm;
import org.policykb.query.ParsedQuery;

/**
 * Where a parsed query occurs in a text: each occurrence of its text phrases
 * ({@link ParsedQuery#textTerms()}, by {@link OccurrenceFinder}) and each span of its NEAR pairs,
 * from the start of the first phrase to the end of the second, in text order and never overlapping:
 * where a phrase and a span overlap, the one starting first (the longer at one start) is kept.
 */
public final class QueryOccurrences {
  private QueryOccurrences() {}

  public static List<Occurrence> find(String text, ParsedQuery q) {
    return find(text, q, Integer.MAX_VALUE).first();
  }

  /** Counts every occurrence and keeps the first {@code limit}. */
  public static OccurrenceFinder.Found find(String text, ParsedQuery q, int limit) {
    if (q.near().isEmpty()) {
      return OccurrenceFinder.find(text, q.textTerms(), limit);
    }
    List<Occurrence> all = new ArrayList<>();
    if (!q.textTerms().isEmpty()) {
      all.addAll(OccurrenceFinder.find(text, q.textTerms()));
    }
    for (NearTerm n : q.near()) {
      all.addAll(spans(text, n));
    }
    // left to right, the longest at each start, none overlapping the one before (as for phrases)
    all.sort(Comparator.comparingInt(Occurrence::start).thenComparing(Occurrence::end, Comparator.reverseOrder()));
    List<Occurrence> kept = new ArrayList<>(all.size());
    int free = 0;
    for (Occurrence o : all) {
      if (o.start() >= free) {
        kept.add(o);
        free = o.end();
      }
    }
    return new OccurrenceFinder.Found(kept.size(), kept.size() > limit ? List.copyOf(kept.subList(0, limit)) : kept);
  }

  /** True when the pair occurs in the text at least once. */
  public static boolean hasSpan(String text, NearTerm n) {
    return !spans(text, n).isEmpty();
  }

  /**
   * The pair's spans, left to right: from each occurrence of either phrase to the nearest following
   * occurrence of the other (of the same phrase, when both are the same) that starts at most
   * {@code distance} characters after it ends, with no paragraph break between; spans do not overlap.
   */
  static List<Occurrence> spans(String text, NearTerm n) {
    boolean same = java.util.Arrays.equals(n.a().folded(), n.b().folded());
    List<Occurrence> as = OccurrenceFinder.find(text, List.of(n.a()));
    List<Occurrence> bs = same ? as : OccurrenceFinder.find(text, List.of(n.b()));
    List<int[]> merged = new ArrayList<>(); // {start, end, side}
    as.forEach(o -> merged.add(new int[] {o.start(), o.end(), 0}));
    if (!same) {
      bs.forEach(o -> merged.add(new int[] {o.start(), o.end(), 1}));
    }
    merged.sort(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> o[1]));
    List<Occurrence> out = new ArrayList<>();
    int i = 0;
    while (i < merged.size()) {
      int[] x = merged.get(i);
      int partner = -1;
      for (int j = i + 1; j < merged.size(); j++) {
        int[] y = merged.get(j);
        if (y[0] < x[1] || !same && y[2] == x[2]) {
          continue; // overlaps the first phrase, or is the same phrase again
        }
        if (y[0] - x[1] > 2 * n.distance() || text.codePointCount(x[1], y[0]) > n.distance()
            || text.substring(x[1], y[0]).contains("\n\n")) {
          break; // every later one is further away, or across a paragraph break
        }
        partner = j;
        break;
      }
      if (partner < 0) {
        i++;
        continue;
      }
      int end = merged.get(partner)[1];
      out.add(new Occurrence(x[0], end));
      while (i < merged.size() && merged.get(i)[0] < end) {
        i++;
      }
    }
    return out;
  }
}
