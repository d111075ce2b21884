package org.policykb.research;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.policykb.search.FrequencyRequest;
import org.policykb.search.FrequencyResult;
import org.policykb.search.SearchBackend;
import org.policykb.search.WordCounts;
import org.policykb.text.CodePoints;

/** A subcorpus's frequency list, from the words its engine counts ({@link SearchBackend#wordCounts}). */
public final class Frequencies {
  private Frequencies() {}

  public static FrequencyResult of(SearchBackend backend, FrequencyRequest request) {
    long started = System.nanoTime();
    WordCounts counts = backend.wordCounts(request.subcorpus(), true);
    List<FrequencyResult.Item> all = counts.words().entrySet().stream()
        .filter(e -> e.getValue().frequency() >= request.min())
        .filter(e -> !request.stop() || !StopWords.contains(e.getKey()))
        .map(e -> item(e, counts.tokens()))
        .sorted(order(request.sort()))
        .toList();
    int from = Math.min(request.offset(), all.size());
    int to = (int) Math.min(all.size(), (long) from + request.limit());
    return new FrequencyResult(counts.generation(), counts.tokens(), counts.documents(), all.size(), request.offset(),
        request.sort().name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - started) / 1_000_000,
        all.subList(from, to));
  }

  private static FrequencyResult.Item item(Map.Entry<String, WordCounts.Word> e, long tokens) {
    WordCounts.Word w = e.getValue();
    return new FrequencyResult.Item(e.getKey(), w.frequency(), perMillion(w.frequency(), tokens), w.range(), w.dp());
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
      case WORD -> byWord;
    };
  }
}
