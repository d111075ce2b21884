package org.policykb.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policykb.query.Subcorpus;
import org.policykb.search.KeywordsRequest;
import org.policykb.search.KeywordsResult;
import org.policykb.search.SearchBackend;
import org.policykb.search.WordCounts;
import org.policykb.text.CodePoints;

/**
 * Keyness: the words of a focus subcorpus whose relative frequency differs most from a reference's, each direction
 * tested by log-likelihood G² and measured by Log Ratio. The rest of the collection is the collection's counts less the
 * focus's (the focus is part of the collection, counted the same way: works or files).
 */
public final class Keywords {
  private Keywords() {}

  public static KeywordsResult of(SearchBackend backend, KeywordsRequest request) {
    long started = System.nanoTime();
    // keyness needs no dispersion: the postings are read once
    WordCounts focus = backend.wordCounts(request.focus(), false);
    WordCounts reference = switch (request.against()) {
      case SUBCORPUS -> backend.wordCounts(request.reference(), false);
      case ALL -> backend.wordCounts(Subcorpus.all(request.focus().filters().count()), false);
      case REST -> rest(backend.wordCounts(Subcorpus.all(request.focus().filters().count()), false), focus);
    };
    Set<String> words = new HashSet<>(focus.words().keySet());
    words.addAll(reference.words().keySet());
    List<KeywordsResult.Item> positive = new ArrayList<>();
    List<KeywordsResult.Item> negative = new ArrayList<>();
    WordCounts.Word none = new WordCounts.Word(0, 0, null);
    for (String word : words) {
      if (request.stop() && StopWords.contains(word)) {
        continue;
      }
      WordCounts.Word a = focus.words().getOrDefault(word, none);
      WordCounts.Word b = reference.words().getOrDefault(word, none);
      double ll = logLikelihood(a.frequency(), b.frequency(), focus.tokens(), reference.tokens());
      if (ll < request.critical() || ll == 0) {
        continue;
      }
      KeywordsResult.Item item = new KeywordsResult.Item(word, a.frequency(), Frequencies.perMillion(a.frequency(), focus.tokens()),
          a.range(), b.frequency(), Frequencies.perMillion(b.frequency(), reference.tokens()), b.range(), ll,
          logRatio(a.frequency(), b.frequency(), focus.tokens(), reference.tokens()));
      boolean more = (double) a.frequency() * reference.tokens() > (double) b.frequency() * focus.tokens();
      if (more && a.frequency() >= request.min()) {
        positive.add(item);
      } else if (!more && b.frequency() >= request.min()) {
        negative.add(item);
      }
    }
    positive.sort(order(request.sort(), true));
    negative.sort(order(request.sort(), false));
    return new KeywordsResult(focus.generation(), new KeywordsResult.Side(focus.tokens(), focus.documents()),
        new KeywordsResult.Side(reference.tokens(), reference.documents()), request.against().name().toLowerCase(Locale.ROOT),
        request.p(), request.critical(), request.sort().name().toLowerCase(Locale.ROOT), (System.nanoTime() - started) / 1_000_000,
        positive.subList(0, Math.min(request.size(), positive.size())),
        negative.subList(0, Math.min(request.size(), negative.size())));
  }

  /** The collection's counts less the focus's: the rest of the collection (its dispersion is not needed here). */
  static WordCounts rest(WordCounts all, WordCounts focus) {
    Map<String, WordCounts.Word> words = new java.util.HashMap<>();
    all.words().forEach((word, w) -> {
      WordCounts.Word f = focus.words().get(word);
      long frequency = w.frequency() - (f == null ? 0 : f.frequency());
      if (frequency > 0) {
        words.put(word, new WordCounts.Word(frequency, w.range() - (f == null ? 0 : f.range()), null));
      }
    });
    return new WordCounts(all.tokens() - focus.tokens(), all.documents() - focus.documents(), words, all.generation());
  }

  /**
   * G² of a word seen {@code a} times in {@code n1} words and {@code b} times in {@code n2}: 2·Σ O·ln(O/E) over the
   * two frequencies, E each side's share of a + b (Rayson and Garside 2000); 0 · ln 0 is 0.
   */
  public static double logLikelihood(long a, long b, long n1, long n2) {
    if (n1 == 0 || n2 == 0 || a + b == 0) {
      return 0;
    }
    double e1 = (double) n1 * (a + b) / (n1 + n2);
    double e2 = (double) n2 * (a + b) / (n1 + n2);
    return 2 * ((a == 0 ? 0 : a * Math.log(a / e1)) + (b == 0 ? 0 : b * Math.log(b / e2)));
  }

  /** log₂ of the ratio of the relative frequencies, a frequency of 0 taken as 0.5 (Hardie 2014). */
  public static double logRatio(long a, long b, long n1, long n2) {
    double fa = a == 0 ? 0.5 : a;
    double fb = b == 0 ? 0.5 : b;
    return Math.log((fa / n1) / (fb / n2)) / Math.log(2);
  }

  private static Comparator<KeywordsResult.Item> order(KeywordsRequest.Sort sort, boolean positive) {
    Comparator<KeywordsResult.Item> byWord = Comparator.comparing(KeywordsResult.Item::word, CodePoints::compare);
    Comparator<KeywordsResult.Item> byLl = Comparator.comparingDouble(KeywordsResult.Item::ll).reversed();
    Comparator<KeywordsResult.Item> byEffect = positive ? Comparator.comparingDouble(KeywordsResult.Item::logRatio).reversed()
        : Comparator.comparingDouble(KeywordsResult.Item::logRatio);
    return sort == KeywordsRequest.Sort.LL ? byLl.thenComparing(byEffect).thenComparing(byWord)
        : byEffect.thenComparing(byLl).thenComparing(byWord);
  }
}
