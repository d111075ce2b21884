package org.policykb.research;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.policykb.analysis.Analyzers;
import org.policykb.analysis.CharFolding;
import org.policykb.search.CollocateFilter;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.CollocatesRequest.Side;
import org.policykb.search.CollocatesRequest.Unit;
import org.policykb.search.CollocatesResult;
import org.policykb.text.Occurrence;
import org.policykb.text.WordSegmenter;

/**
 * Collocates: what stands within {@code span} smartcn words left and right of every occurrence (not
 * across a paragraph break), counted, looked up in the whole collection and ranked by an
 * {@link Association} measure. Only the neighbourhood of each occurrence is segmented, never whole
 * documents. The same windows decide which concordance lines a collocate keeps ({@link #near}), so a
 * collocate's {@code lines} is that concordance's total.
 *
 * <p>With {@link Unit#NGRAM} a window holds every run of consecutive words that is {@value #MIN_NGRAM}–{@value
 * #MAX_NGRAM} characters long, has no punctuation or space inside and whose word nearest the occurrence
 * is within the span (an n-gram is as near as its nearest word, so the span's edge does not cut 四项基本原则
 * down to 项基本原则): fixed expressions smartcn splits (四/项/基本/原则) come out whole, and a run never
 * starts or ends inside a word (no 动供给侧结构 out of 推动/供给/侧/结构性). An n-gram is left out when a
 * longer listed one contains it and has the same count: near the query it only occurs inside that one.
 */
public final class Collocates {
  /** The shortest and longest n-gram, in characters. */
  public static final int MIN_NGRAM = 2;
  public static final int MAX_NGRAM = 6;

  /**
   * Characters read on each side per word of span. Chinese words average under two characters, so
   * this reaches the span's words but in runs of unusually long ones, which then count fewer words.
   */
  private static final int CHARS_PER_WORD = 6;

  /**
   * Stretches' segmentations one request keeps: both windows of 10,000 occurrences, about 1.3 KB each
   * (the stretch and some fifteen words), some 26 MB at most.
   */
  private static final int REMEMBERED = 20_000;

  private final WordSegmenter words;
  /** Each window's words by its text, for one request's windows (null: none kept). */
  private final Map<String, List<WordSegmenter.Word>> segmented;

  public Collocates(WordSegmenter words) {
    this(words, null);
  }

  private Collocates(WordSegmenter words, Map<String, List<WordSegmenter.Word>> segmented) {
    this.words = words;
    this.segmented = segmented;
  }

  /**
   * The same windows for one request, each distinct stretch of text segmented once: segmenting is
   * most of a collocates request's time, and a phrase's neighbourhoods repeat (a formula, a reprint
   * of the same text). Up to {@value #REMEMBERED} stretches are kept; thread-safe.
   */
  public Collocates forRequest() {
    return new Collocates(words, new ConcurrentHashMap<>());
  }

  private List<WordSegmenter.Word> words(String stretch) {
    if (segmented == null) {
      return words.words(stretch);
    }
    List<WordSegmenter.Word> known = segmented.get(stretch);
    if (known == null) {
      known = List.copyOf(words.words(stretch));
      if (segmented.size() < REMEMBERED) {
        segmented.put(stretch, known);
      }
    }
    return known;
  }

  /** Windows as the index's word field segments: what every engine and the concordance's filter use. */
  public static Collocates shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final Collocates INSTANCE = new Collocates(new WordSegmenter(Analyzers.words()));
  }

  /**
   * What stands around one occurrence: the unit's items on each side, the words they span (the
   * sample's size is counted in words whatever the unit), and the items that begin or end with a
   * stop word.
   */
  public record Window(List<String> left, List<String> right, int leftWords, int rightWords, Set<String> stopped) {
    /** The items on {@code side}. */
    public List<String> on(Side side) {
      if (side == Side.LEFT) {
        return left;
      }
      if (side == Side.RIGHT) {
        return right;
      }
      List<String> both = new ArrayList<>(left);
      both.addAll(right);
      return both;
    }
  }

  /** The word windows of {@code occurrences} in {@code text}. */
  public List<Window> windows(String text, List<Occurrence> occurrences, int span) {
    return windows(text, occurrences, span, Unit.WORD);
  }

  /** The windows of {@code occurrences} in {@code text}, read as {@code unit}. */
  public List<Window> windows(String text, List<Occurrence> occurrences, int span, Unit unit) {
    List<Window> out = new ArrayList<>(occurrences.size());
    // an n-gram may reach past the span's last word, so it is read a little further
    int reach = span * CHARS_PER_WORD + (unit == Unit.NGRAM ? 2 * MAX_NGRAM : 0);
    for (Occurrence o : occurrences) {
      int from = Math.max(0, o.start() - reach);
      String before = text.substring(from, o.start());
      int breakBefore = before.lastIndexOf("\n\n");
      // a part cut at the reach, not at the text's or a paragraph's edge, may begin inside a word
      boolean cutBefore = from > 0 && breakBefore < 0;
      if (breakBefore >= 0) {
        before = before.substring(breakBefore + 2);
      }
      int to = Math.min(text.length(), o.end() + reach);
      String after = text.substring(o.end(), to);
      int breakAfter = after.indexOf("\n\n");
      boolean cutAfter = to < text.length() && breakAfter < 0;
      if (breakAfter >= 0) {
        after = after.substring(0, breakAfter);
      }
      List<WordSegmenter.Word> left = words(before);
      List<WordSegmenter.Word> right = words(after);
      int leftFrom = Math.max(0, left.size() - span);
      int rightTo = Math.min(span, right.size());
      Set<String> stopped = new HashSet<>();
      List<String> leftItems;
      List<String> rightItems;
      if (unit == Unit.WORD) {
        leftItems = words(left.subList(leftFrom, left.size()), stopped);
        rightItems = words(right.subList(0, rightTo), stopped);
      } else {
        // an n-gram is as near as its nearest word: on the left its last word, on the right its first, is within the span
        leftItems = ngrams(before, left, cutBefore ? 1 : 0, left.size(), true, leftFrom, left.size(), stopped);
        rightItems = ngrams(after, right, 0, cutAfter ? right.size() - 1 : right.size(), false, 0, rightTo, stopped);
      }
      out.add(new Window(leftItems, rightItems, left.size() - leftFrom, rightTo, stopped));
    }
    return out;
  }

  private static List<String> words(List<WordSegmenter.Word> ws, Set<String> stopped) {
    List<String> out = new ArrayList<>(ws.size());
    for (WordSegmenter.Word w : ws) {
      out.add(w.text());
      if (StopWords.contains(w.text())) {
        stopped.add(w.text());
      }
    }
    return out;
  }

  /**
   * The n-grams of {@code ws} (words of {@code s}) made of the words {@code lo…hi} whose word nearest
   * the occurrence (the last on its {@code left}, else the first) is one of the words {@code near…nearEnd},
   * the span's: runs of words with nothing between them,
   * {@value #MIN_NGRAM}–{@value #MAX_NGRAM} characters long. Those that begin or end with a stop word
   * go to {@code stopped} too.
   */
  private static List<String> ngrams(
      String s, List<WordSegmenter.Word> ws, int lo, int hi, boolean left, int near, int nearEnd, Set<String> stopped) {
    List<String> out = new ArrayList<>();
    int runStart = lo;
    for (int last = lo; last < hi; last++) {
      if (last > lo && ws.get(last).start() != ws.get(last - 1).end()) {
        runStart = last; // punctuation or a space between them
      }
      for (int first = last; first >= runStart; first--) {
        int nearest = left ? last : first;
        if (nearest < near || nearest >= nearEnd) {
          continue;
        }
        String ngram = CharFolding.fold(s.substring(ws.get(first).start(), ws.get(last).end()));
        int length = ngram.codePointCount(0, ngram.length());
        if (length > MAX_NGRAM) {
          break;
        }
        if (length >= MIN_NGRAM) {
          out.add(ngram);
          if (StopWords.contains(ws.get(first).text()) || StopWords.contains(ws.get(last).text())) {
            stopped.add(ngram);
          }
        }
      }
    }
    return out;
  }

  /**
   * The occurrences (of {@code occurrences}, in {@code text}) whose window holds the filter's
   * collocate on its side: a concordance's lines near a collocate.
   */
  public List<Occurrence> near(String text, List<Occurrence> occurrences, CollocateFilter filter) {
    String wanted = CharFolding.fold(filter.collocate());
    List<Window> windows = windows(text, occurrences, filter.span(), filter.unit());
    List<Occurrence> out = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      if (windows.get(i).on(filter.side()).contains(wanted)) {
        out.add(occurrences.get(i));
      }
    }
    return out;
  }

  /** The collection's frequencies, from wherever a backend keeps them. */
  public interface Frequencies {
    /** All words of the collection: the population the windows are a sample of. */
    long corpusWords() throws IOException;

    /**
     * How often the collection holds each of {@code items}: a word's occurrences in the word field
     * ({@link Unit#WORD}), or an n-gram's occurrences as a phrase, as search counts them
     * ({@link Unit#NGRAM}). Items it does not hold may be left out.
     */
    Map<String, Long> of(Collection<String> items, Unit unit) throws IOException;
  }

  /** Tallies windows into ranked collocates. */
  public static final class Tally {
    /** item → {left, right, lines, instances that begin or end with a stop word} */
    private final Map<String, long[]> counts = new HashMap<>();
    private final long documents;
    private final CollocatesRequest request;
    private long windowWords;
    private long occurrences;

    public Tally(long documents, CollocatesRequest request) {
      this.documents = documents;
      this.request = request;
    }

    public void add(Window w) {
      occurrences++;
      Set<String> seen = new HashSet<>();
      if (request.side() != Side.RIGHT) {
        count(w.left(), 0, w.stopped(), seen);
        windowWords += w.leftWords();
      }
      if (request.side() != Side.LEFT) {
        count(w.right(), 1, w.stopped(), seen);
        windowWords += w.rightWords();
      }
      seen.forEach(item -> counts.get(item)[2]++);
    }

    private void count(List<String> items, int side, Set<String> stopped, Set<String> seen) {
      for (String item : items) {
        long[] c = counts.computeIfAbsent(item, k -> new long[4]);
        c[side]++;
        if (stopped.contains(item)) {
          c[3]++;
        }
        seen.add(item);
      }
    }

    public long documents() {
      return documents;
    }

    public long occurrences() {
      return occurrences;
    }

    public long windowWords() {
      return windowWords;
    }

    /**
     * The items {@link #result} looks up: seen at least {@code min} times, not stop items when the
     * stop list is on, and with the n-gram unit not inside a longer candidate of the same count.
     * Looking up only these bounds the cost of a request.
     */
    public List<String> candidates() {
      Map<String, Long> kept = new HashMap<>();
      counts.forEach((item, c) -> {
        long count = c[0] + c[1];
        // a stop item: a stop word, or an n-gram that begins or ends with one in at least half its instances
        if (count >= request.min() && !(request.stop() && 2 * c[3] >= count)) {
          kept.put(item, count);
        }
      });
      if (request.unit() == Unit.NGRAM) {
        Set<String> nested = new HashSet<>();
        kept.forEach((longer, count) -> {
          int[] cps = longer.codePoints().toArray();
          for (int from = 0; from < cps.length; from++) {
            for (int to = from + MIN_NGRAM; to <= cps.length; to++) {
              if (to - from < cps.length) {
                String inner = new String(cps, from, to - from);
                if (count.equals(kept.get(inner))) {
                  nested.add(inner);
                }
              }
            }
          }
        });
        nested.forEach(kept::remove);
      }
      return kept.keySet().stream().sorted().toList();
    }

    /** The answer: the candidates looked up in {@code frequencies}, ranked; {@code startedNanos} is when it was asked. */
    public CollocatesResult result(Frequencies frequencies, String generation, long startedNanos) throws IOException {
      CollocatesRequest r = request;
      return new CollocatesResult(r.q(), r.span(), name(r.side()), r.min(), name(r.stat()), r.stop(), name(r.unit()),
          occurrences, documents, windowWords, frequencies.corpusWords(), generation,
          (System.nanoTime() - startedNanos) / 1_000_000, rank(frequencies));
    }

    private List<CollocatesResult.Collocate> rank(Frequencies frequencies) throws IOException {
      List<String> candidates = candidates();
      Map<String, Long> found = candidates.isEmpty() ? Map.of() : frequencies.of(candidates, request.unit());
      long corpusWords = frequencies.corpusWords();
      List<CollocatesResult.Collocate> out = new ArrayList<>();
      for (String item : candidates) {
        long[] c = counts.get(item);
        long count = c[0] + c[1];
        // a window is segmented on its own and windows may overlap, so the count can pass the index's
        long frequency = Math.max(count, found.getOrDefault(item, 0L));
        Association.Figures f = new Association.Figures(count, occurrences, frequency, windowWords, corpusWords);
        // attraction only: found near the phrase more often than its share of the collection predicts
        if (count <= f.expected()) {
          continue;
        }
        out.add(new CollocatesResult.Collocate(item, count, c[0], c[1], c[2], frequency, f.expected(),
            Association.score(request.stat(), f)));
      }
      out.sort(Comparator.comparingDouble(CollocatesResult.Collocate::score).reversed()
          .thenComparing(CollocatesResult.Collocate::count, Comparator.reverseOrder())
          .thenComparing(CollocatesResult.Collocate::word));
      return out.size() > request.size() ? new ArrayList<>(out.subList(0, request.size())) : out;
    }

    private static String name(Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
  }
}
