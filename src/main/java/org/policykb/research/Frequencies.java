package org.policykb.research;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.policykb.search.FrequencyRequest;
import org.policykb.search.FrequencyResult;
import org.policykb.search.Grams;
import org.policykb.search.SearchBackend;
import org.policykb.search.WordCounts;
import org.policykb.text.CodePoints;

/**
 * A subcorpus's frequency list: its words as its engine counts them from the postings ({@link SearchBackend#wordCounts}),
 * or its n-grams (and its words with ARF) counted from the sequences the engine reads back ({@link NGramCounts}).
 */
public final class Frequencies {
  private Frequencies() {}

  public static FrequencyResult of(SearchBackend backend, FrequencyRequest request) {
    long started = System.nanoTime();
    Grams grams = request.grams();
    if (grams.singleWords() && !request.arf()) {
      WordCounts counts = backend.wordCounts(request.subcorpus(), true);
      List<FrequencyResult.Item> all = counts.words().entrySet().stream()
          .filter(e -> e.getValue().frequency() >= request.min())
          .filter(e -> !request.stop() || !StopWords.contains(e.getKey()))
          .map(e -> item(e, counts.tokens()))
          .sorted(order(request.sort()))
          .toList();
      int from = Math.min(request.offset(), all.size());
      int to = (int) Math.min(all.size(), (long) from + request.limit());
      return result(request, counts.generation(), counts.tokens(), counts.documents(), all.size(), started,
          all.subList(from, to));
    }
    return backend.sequences(request.subcorpus(), grams.unit(), request.arf(), sequences -> {
      NGramCounts c = NGramCounts.count(sequences, grams, true, request.arf());
      Integer[] listed = IntStream.range(0, c.size())
          .filter(e -> c.frequency(e) >= request.min() && !(request.stop() && stopped(c, e, grams.n())))
          .boxed().toArray(Integer[]::new);
      Arrays.sort(listed, order(c, request.sort()));
      int from = Math.min(request.offset(), listed.length);
      int to = (int) Math.min(listed.length, (long) from + request.limit());
      List<FrequencyResult.Item> page = Arrays.stream(listed, from, to).map(e -> new FrequencyResult.Item(c.text(e),
          c.frequency(e), perMillion(c.frequency(e), c.tokens()), c.range(e), c.dp(e),
          request.arf() ? c.arf(e) : null)).toList();
      return result(request, c.generation(), c.tokens(), c.documents(), listed.length, started, page);
    });
  }

  private static FrequencyResult result(FrequencyRequest request, String generation, long tokens, long documents,
      long total, long started, List<FrequencyResult.Item> page) {
    return new FrequencyResult(generation, request.grams().unit().name().toLowerCase(Locale.ROOT), request.grams().n(),
        tokens, documents, total, request.offset(), request.sort().name().toLowerCase(Locale.ROOT),
        (System.nanoTime() - started) / 1_000_000, page);
  }

  /** Whether the stop list leaves an n-gram out ({@link StopWords#bounds}). */
  private static boolean stopped(NGramCounts c, int e, int n) {
    return StopWords.bounds(c.unit(e, 0), c.unit(e, n - 1));
  }

  private static FrequencyResult.Item item(Map.Entry<String, WordCounts.Word> e, long tokens) {
    WordCounts.Word w = e.getValue();
    return new FrequencyResult.Item(e.getKey(), w.frequency(), perMillion(w.frequency(), tokens), w.range(), w.dp(), null);
  }

  /** Occurrences per million of {@code tokens}. */
  static double perMillion(long frequency, long tokens) {
    return tokens == 0 ? 0 : frequency * 1_000_000.0 / tokens;
  }

  /** The order asked for, ties by frequency and then by the word in code point order, so that it is total. */
  private static Comparator<FrequencyResult.Item> order(FrequencyRequest.Sort sort) {
    Comparator<FrequencyResult.Item> byWord = Comparator.comparing(FrequencyResult.Item::word, CodePoints::compare);
    Comparator<FrequencyResult.Item> byFrequency = Comparator.comparingLong(FrequencyResult.Item::frequency).reversed();
    return switch (sort) {
      case FREQUENCY -> byFrequency.thenComparing(byWord);
      case RANGE -> Comparator.comparingLong(FrequencyResult.Item::range).reversed().thenComparing(byFrequency).thenComparing(byWord);
      case DP -> Comparator.comparingDouble(FrequencyResult.Item::dp).thenComparing(byFrequency).thenComparing(byWord);
      case ARF -> throw new IllegalStateException("ARF is computed on the sequences");
      case WORD -> byWord;
    };
  }

  /** The same orders over counted n-grams (ARF: the largest first). */
  private static Comparator<Integer> order(NGramCounts c, FrequencyRequest.Sort sort) {
    Comparator<Integer> byText = c::compareTexts;
    Comparator<Integer> byFrequency = Comparator.comparingLong((Integer e) -> c.frequency(e)).reversed();
    return switch (sort) {
      case FREQUENCY -> byFrequency.thenComparing(byText);
      case RANGE -> Comparator.comparingLong((Integer e) -> c.range(e)).reversed().thenComparing(byFrequency).thenComparing(byText);
      case DP -> Comparator.comparingDouble((Integer e) -> c.dp(e)).thenComparing(byFrequency).thenComparing(byText);
      case ARF -> Comparator.comparingDouble((Integer e) -> c.arf(e)).reversed().thenComparing(byFrequency).thenComparing(byText);
      case WORD -> byText;
    };
  }
}
