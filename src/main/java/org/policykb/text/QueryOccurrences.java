package org.policykb.text;

import java.util.ArrayList;
import java.util.List;
import org.policykb.query.NearTerm;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryTerm;

/**
 * Where a parsed query occurs in a text: each occurrence of its text phrases
 * ({@link ParsedQuery#textTerms()}, by {@link OccurrenceFinder}) and each span of its NEAR pairs
 * ({@link NearSpans}, on the text's positions), in text order and never overlapping: where a phrase
 * and a span overlap, the one starting first (the longer at one start) is kept. The index counts the
 * same occurrences from its postings.
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
    FoldedText folded = FoldedText.of(text);
    long[] all = new long[0];
    int n = 0;
    if (!q.textTerms().isEmpty()) {
      // the phrases as OccurrenceFinder takes them: leftmost-longest among themselves
      long[] phrases = new long[0];
      int np = 0;
      for (var t : q.textTerms()) {
        int[] starts = folded.starts(t.folded());
        phrases = java.util.Arrays.copyOf(phrases, np + starts.length);
        for (int s : starts) {
          phrases[np++] = NearSpans.span(s, s + t.folded().length);
        }
      }
      all = NearSpans.leftmostLongest(phrases, np);
      n = all.length;
    }
    for (NearTerm near : q.near()) {
      long[] spans = spans(folded, near);
      all = java.util.Arrays.copyOf(all, n + spans.length);
      System.arraycopy(spans, 0, all, n, spans.length);
      n += spans.length;
    }
    long[] kept = q.near().size() == 1 && q.textTerms().isEmpty() ? all : NearSpans.leftmostLongest(all, n);
    List<Occurrence> first = new ArrayList<>(Math.min(kept.length, limit));
    for (int i = 0; i < kept.length && i < limit; i++) {
      first.add(folded.occurrence(NearSpans.start(kept[i]), NearSpans.end(kept[i])));
    }
    return new OccurrenceFinder.Found(kept.length, first);
  }

  /**
   * Each phrase's occurrences in the text, counted on its own as {@link #find} counts a query of that
   * phrase alone (left to right, the next only after the previous one, never across a paragraph
   * break), over one folding of the text for them all.
   */
  public static int[] counts(String text, List<QueryTerm> phrases) {
    FoldedText folded = FoldedText.of(text);
    int[] out = new int[phrases.size()];
    for (int i = 0; i < out.length; i++) {
      int length = phrases.get(i).folded().length;
      int free = Integer.MIN_VALUE;
      for (int start : folded.starts(phrases.get(i).folded())) {
        if (start >= free) {
          out[i]++;
          free = start + length;
        }
      }
    }
    return out;
  }

  /** True when the pair occurs in the text at least once. */
  public static boolean hasSpan(String text, NearTerm n) {
    FoldedText folded = FoldedText.of(text);
    int[] a = folded.starts(n.a().folded());
    int[] b = same(n) ? a : folded.starts(n.b().folded());
    return NearSpans.exists(a, a.length, n.a().folded().length, b, b.length, n.b().folded().length, same(n), n.distance());
  }

  /** The pair's spans (positions), as {@link NearSpans} defines them. */
  private static long[] spans(FoldedText folded, NearTerm n) {
    int[] a = folded.starts(n.a().folded());
    int[] b = same(n) ? a : folded.starts(n.b().folded());
    return NearSpans.find(a, a.length, n.a().folded().length, b, b.length, n.b().folded().length, same(n), n.distance());
  }

  private static boolean same(NearTerm n) {
    return java.util.Arrays.equals(n.a().folded(), n.b().folded());
  }
}
