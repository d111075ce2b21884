package org.policykb.search;

import java.util.ArrayList;
import java.util.List;
import org.policykb.analysis.FoldedText;

/**
 * Finds every occurrence of a query's phrases in a text, by the same folding the index uses.
 * Occurrences do not overlap: scanning left to right, the longest phrase starting at a position
 * wins and the scan resumes after it (so 发展发展 holds 发展发展 once, 发展 twice).
 */
public final class OccurrenceFinder {
  private OccurrenceFinder() {}

  /** The total number of occurrences and the first {@code limit} of them, in text order. */
  public record Found(int total, List<Occurrence> first) {}

  public static List<Occurrence> find(String text, List<QueryTerm> terms) {
    return find(FoldedText.of(text), terms, Integer.MAX_VALUE).first();
  }

  /** Counts every occurrence and keeps the first {@code limit}, in one scan. */
  public static Found find(FoldedText folded, List<QueryTerm> terms, int limit) {
    List<Occurrence> first = new ArrayList<>();
    int[] total = {0};
    scan(folded, terms, (start, end) -> {
      if (total[0]++ < limit) {
        first.add(new Occurrence(start, end));
      }
    });
    return new Found(total[0], first);
  }

  private interface Sink {
    void accept(int start, int end);
  }

  private static void scan(FoldedText folded, List<QueryTerm> terms, Sink sink) {
    int n = folded.length();
    int pos = 0;
    while (pos < n) {
      int cp = folded.codePointAt(pos);
      int best = 0;
      for (QueryTerm t : terms) {
        int[] p = t.folded();
        if (p[0] == cp && p.length > best && folded.matchesAt(p, pos)) {
          best = p.length;
        }
      }
      if (best > 0) {
        sink.accept(folded.sourceStart(pos), folded.sourceEnd(pos + best - 1));
        pos += best;
      } else {
        pos++;
      }
    }
  }
}
