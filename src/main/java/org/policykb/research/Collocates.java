package org.policykb.research;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.CollocatesResult;
import org.policykb.text.Occurrence;
import org.policykb.text.WordSegmenter;

/**
 * Collocates: the smartcn words within {@code span} words left and right of every occurrence, with
 * co-occurrence counts, corpus frequencies and a log-likelihood score. Only the neighbourhood of
 * each occurrence is segmented (up to the paragraph's edge), never whole documents.
 */
public final class Collocates {
  /**
   * Characters read on each side per word of span. Chinese words average under two characters, so
   * this reaches the span's words but in runs of unusually long ones, which then count fewer words.
   */
  private static final int CHARS_PER_WORD = 6;

  private final WordSegmenter words;

  public Collocates(WordSegmenter words) {
    this.words = words;
  }

  /** The words around one document's occurrences. */
  public record Window(List<String> left, List<String> right) {}

  /** Segments the neighbourhoods of {@code occurrences} in {@code text}. */
  public List<Window> windows(String text, List<Occurrence> occurrences, int span) {
    List<Window> out = new ArrayList<>(occurrences.size());
    int reach = span * CHARS_PER_WORD;
    for (Occurrence o : occurrences) {
      int from = Math.max(0, o.start() - reach);
      String before = text.substring(from, o.start());
      int breakBefore = before.lastIndexOf("\n\n");
      if (breakBefore >= 0) {
        before = before.substring(breakBefore + 2);
      }
      String after = text.substring(o.end(), Math.min(text.length(), o.end() + reach));
      int breakAfter = after.indexOf("\n\n");
      if (breakAfter >= 0) {
        after = after.substring(0, breakAfter);
      }
      List<String> left = words.segment(before);
      List<String> right = words.segment(after);
      out.add(new Window(
          left.subList(Math.max(0, left.size() - span), left.size()), right.subList(0, Math.min(span, right.size()))));
    }
    return out;
  }

  /** The collection's word frequencies, from wherever a backend keeps them. */
  public interface Frequencies {
    /** All words of the collection: the population the windows are a sample of. */
    public long corpusWords() throws IOException;

    /** How often the collection holds {@code word}. */
    long of(String word) throws IOException;
  }

  /** Tallies windows into ranked collocates. */
  public static final class Tally {
    private final Map<String, long[]> counts = new HashMap<>(); // word → {left, right}
    private final long documents;
    private Frequencies frequencies;
    private long windowWords;
    private long occurrences;

    public Tally(long documents) {
      this.documents = documents;
    }

    /** Where {@link #rank} and {@link #corpusWords} look frequencies up; set before either is asked. */
    public void frequencies(Frequencies frequencies) {
      this.frequencies = frequencies;
    }

    /** The words {@link #rank} will look up for {@code min}: those seen at least that often. */
    public List<String> candidates(int min) {
      return counts.entrySet().stream().filter(e -> e.getValue()[0] + e.getValue()[1] >= min).map(Map.Entry::getKey).toList();
    }

    public long documents() {
      return documents;
    }

    /** All words of the collection: the population the windows are a sample of. */
    public long corpusWords() throws IOException {
      return frequencies.corpusWords();
    }

    public void add(Window w, CollocatesRequest.Side side) {
      occurrences++;
      if (side != CollocatesRequest.Side.RIGHT) {
        w.left().forEach(word -> counts.computeIfAbsent(word, k -> new long[2])[0]++);
        windowWords += w.left().size();
      }
      if (side != CollocatesRequest.Side.LEFT) {
        w.right().forEach(word -> counts.computeIfAbsent(word, k -> new long[2])[1]++);
        windowWords += w.right().size();
      }
    }

    public long occurrences() {
      return occurrences;
    }

    public long windowWords() {
      return windowWords;
    }

    /** The answer to {@code r} from this tally; {@code startedNanos} is when it was asked. */
    public CollocatesResult result(CollocatesRequest r, String generation, long startedNanos) throws IOException {
      List<CollocatesResult.Collocate> ranked = rank(r.min(), r.size());
      return new CollocatesResult(r.q(), r.span(), r.side().name().toLowerCase(java.util.Locale.ROOT), occurrences,
          documents, windowWords, corpusWords(), generation, (System.nanoTime() - startedNanos) / 1_000_000, ranked);
    }

    public List<CollocatesResult.Collocate> rank(int min, int size) throws IOException {
      long corpusWords = corpusWords();
      List<CollocatesResult.Collocate> out = new ArrayList<>();
      for (Map.Entry<String, long[]> e : counts.entrySet()) {
        long count = e.getValue()[0] + e.getValue()[1];
        if (count < min) {
          continue;
        }
        long frequency = Math.max(count, frequencies.of(e.getKey()));
        // attraction only: found near the phrase more often than its share of the collection predicts
        if ((double) count / windowWords <= (double) frequency / corpusWords) {
          continue;
        }
        out.add(new CollocatesResult.Collocate(e.getKey(), count, e.getValue()[0], e.getValue()[1], frequency,
            logLikelihood(count, windowWords, frequency, corpusWords)));
      }
      out.sort(Comparator.comparingDouble(CollocatesResult.Collocate::score).reversed()
          .thenComparing(CollocatesResult.Collocate::count, Comparator.reverseOrder())
          .thenComparing(CollocatesResult.Collocate::word));
      return out.size() > size ? new ArrayList<>(out.subList(0, size)) : out;
    }
  }

  /**
   * Dunning's G² for a 2×2 table: the word in the windows ({@code k11}), other words in the windows,
   * the word elsewhere, other words elsewhere.
   */
  public static double logLikelihood(long k11, long windowWords, long frequency, long corpusWords) {
    long k12 = windowWords - k11;
    long k21 = Math.max(0, frequency - k11);
    long k22 = Math.max(0, corpusWords - windowWords - k21);
    return 2 * (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22)
        - xlogx(k11 + k12) - xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22)
        + xlogx(k11 + k12 + k21 + k22));
  }

  private static double xlogx(long x) {
    return x == 0 ? 0 : x * Math.log(x);
  }
}
