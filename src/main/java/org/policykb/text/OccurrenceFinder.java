package org.policykb.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policykb.analysis.FoldedStream;
import org.policykb.analysis.Paragraphs;
import org.policykb.query.QueryTerm;

/**
 * Finds every occurrence of a query's phrases in a text, by the same folding the index uses.
 * Occurrences do not overlap: scanning left to right, the longest phrase starting at a position
 * wins and the scan resumes after it (so 发展发展 holds 发展发展 once, 发展 twice). A phrase never
 * spans a paragraph break ({@link org.policykb.analysis.Paragraphs}). The scan keeps only a window as
 * long as the longest phrase, whatever the length of the text.
 */
public final class OccurrenceFinder {
  private OccurrenceFinder() {}

  /** The total number of occurrences and the first {@code limit} of them, in text order. */
  public record Found(int total, List<Occurrence> first) {}

  public static List<Occurrence> find(String text, List<QueryTerm> terms) {
    return find(text, terms, Integer.MAX_VALUE).first();
  }

  /** Counts every occurrence and keeps the first {@code limit}, in one scan. */
  public static Found find(String text, List<QueryTerm> terms, int limit) {
    int[][] phrases = terms.stream().map(QueryTerm::folded).toArray(int[][]::new);
    int window = Arrays.stream(phrases).mapToInt(p -> p.length).max().orElse(0);
    List<Occurrence> first = new ArrayList<>();
    int total = 0;
    if (window == 0) {
      return new Found(0, first);
    }
    // the code points a phrase can begin with: stretches of text holding none of them are skipped
    // without being read code point by code point
    int[] firsts = Arrays.stream(phrases).filter(p -> p.length > 0).mapToInt(p -> p[0]).distinct().toArray();
    // a ring of the last `window` folded code points and their spans; every hit of every search
    // scans its whole text through it, so indexes wrap by comparison rather than by division
    int[] cps = new int[window];
    int[] starts = new int[window];
    int[] ends = new int[window];
    int head = 0;
    int size = 0;
    int beginnings = 0; // code points of the ring that some phrase begins with
    FoldedStream stream = FoldedStream.of(text);
    boolean exhausted = false;
    while (true) {
      if (size == 0 && !exhausted) {
        stream.skipUnless(firsts);
      }
      while (size < window && !exhausted) {
        if (stream.next()) {
          int at = wrap(head + size, window);
          cps[at] = stream.codePoint();
          starts[at] = stream.start();
          ends[at] = stream.end();
          if (isFirst(firsts, cps[at])) {
            beginnings++;
          }
          size++;
        } else {
          exhausted = true;
        }
      }
      if (size == 0) {
        return new Found(total, first);
      }
      int best = 0;
      for (int[] p : phrases) {
        if (p[0] == cps[head] && p.length > best && p.length <= size && matches(cps, head, p)
            && !Paragraphs.breakBetween(text, ends[head], starts[wrap(head + p.length - 1, window)])) {
          best = p.length;
        }
      }
      int advance = Math.max(best, 1);
      if (best > 0 && total++ < limit) {
        first.add(new Occurrence(starts[head], ends[wrap(head + best - 1, window)]));
      }
      for (int k = 0; k < advance; k++) {
        if (isFirst(firsts, cps[wrap(head + k, window)])) {
          beginnings--;
        }
      }
      head = wrap(head + advance, window);
      size -= advance;
      if (beginnings == 0) {
        size = 0; // nothing left in the ring can begin a phrase: read on from the next that can
        head = 0;
      }
    }
  }

  private static boolean isFirst(int[] firsts, int cp) {
    for (int f : firsts) {
      if (f == cp) {
        return true;
      }
    }
    return false;
  }

  private static int wrap(int i, int window) {
    return i >= window ? i - window : i;
  }

  private static boolean matches(int[] ring, int head, int[] phrase) {
    for (int k = 1, i = wrap(head + 1, ring.length); k < phrase.length; k++, i = wrap(i + 1, ring.length)) {
      if (ring[i] != phrase[k]) {
        return false;
      }
    }
    return true;
  }
}
