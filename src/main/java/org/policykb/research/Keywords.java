package org.policykb.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policykb.query.Subcorpus;
import org.policykb.search.Grams;
import org.policykb.search.KeywordsRequest;
import org.policykb.search.KeywordsResult;
import org.policykb.search.SearchBackend;
import org.policykb.text.CodePoints;

/**
 * Keyness: the words (or n-grams) of a focus subcorpus whose relative frequency differs most from a reference's, each direction
 * tested by log-likelihood G² and measured by Log Ratio. The rest of the collection is the collection's counts less the
 * focus's (the focus is part of the collection, counted the same way: works or files).
 */
public final class Keywords {
  private Keywords() {}

  public static KeywordsResult of(SearchBackend backend, KeywordsRequest request) {
    long started = System.nanoTime();
    Grams grams = request.grams();
    Subcorpus collection = Subcorpus.all(request.focus().filters().count());
    if (grams.singleWords()) {
      // keyness needs no dispersion: the postings are read once
      KeynessSide focus = KeynessSide.of(backend.wordCounts(request.focus(), false));
      KeynessSide reference = switch (request.against()) {
        case SUBCORPUS -> KeynessSide.of(backend.wordCounts(request.reference(), false));
        case ALL -> KeynessSide.of(backend.wordCounts(collection, false));
        case REST -> KeynessSide.rest(KeynessSide.of(backend.wordCounts(collection, false)), focus);
      };
      return compare(request, focus, reference, started);
    }
    KeynessSide focus = KeynessSide.of(counted(backend, request.focus(), grams));
    KeynessSide reference = switch (request.against()) {
      case SUBCORPUS -> KeynessSide.of(counted(backend, request.reference(), grams));
      case ALL -> KeynessSide.of(CollectionNGrams.of(backend, grams, request.focus().filters().count()));
      case REST -> KeynessSide.rest(KeynessSide.of(CollectionNGrams.of(backend, grams, request.focus().filters().count())),
          focus);
    };
    return compare(request, focus, reference, started);
  }

  /** A subcorpus's n-grams, counted from its sequences (no dispersion: keyness needs none). */
  static NGramCounts counted(SearchBackend backend, Subcorpus subcorpus, Grams grams) {
    return backend.sequences(subcorpus, grams.unit(), false, sequences -> NGramCounts.count(sequences, grams, false, false));
  }

  private static KeywordsResult compare(KeywordsRequest request, KeynessSide focus, KeynessSide reference, long started) {
    List<KeywordsResult.Item> positive = new ArrayList<>();
    List<KeywordsResult.Item> negative = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    java.util.function.Consumer<String> judge = word -> {
      if (!seen.add(word) || (request.stop() && stopped(word, request.grams()))) {
        return;
      }
      long a = focus.frequency(word);
      long b = reference.frequency(word);
      double ll = logLikelihood(a, b, focus.tokens, reference.tokens);
      if (ll < request.critical() || ll == 0) {
        return;
      }
      KeywordsResult.Item item = new KeywordsResult.Item(word, a, Frequencies.perMillion(a, focus.tokens),
          focus.range(word), b, Frequencies.perMillion(b, reference.tokens), reference.range(word), ll,
          logRatio(a, b, focus.tokens, reference.tokens));
      boolean more = (double) a * reference.tokens > (double) b * focus.tokens;
      if (more && a >= request.min()) {
        positive.add(item);
      } else if (!more && b >= request.min()) {
        negative.add(item);
      }
    };
    // a keyword reaches min on its side, so every other item is left out whatever its G²
    focus.candidates(request.min(), judge);
    reference.candidates(Math.max(request.min(), fewestForNegative(request.critical(), focus.tokens, reference.tokens)),
        judge);
    positive.sort(order(request.sort(), true));
    negative.sort(order(request.sort(), false));
    return new KeywordsResult(focus.generation, request.grams().unit().name().toLowerCase(Locale.ROOT),
        request.grams().n(), new KeywordsResult.Side(focus.tokens, focus.documents),
        new KeywordsResult.Side(reference.tokens, reference.documents), request.against().name().toLowerCase(Locale.ROOT),
        request.p(), request.critical(), request.sort().name().toLowerCase(Locale.ROOT), (System.nanoTime() - started) / 1_000_000,
        positive.subList(0, Math.min(request.size(), positive.size())),
        negative.subList(0, Math.min(request.size(), negative.size())));
  }

  /**
   * The fewest occurrences in the reference a negative keyword can have: one less frequent in the focus has a G² at
   * most that of an item the focus lacks (for a reference frequency b, G² falls as the focus's frequency rises towards
   * its expected value), which is 2·b·ln((n1 + n2)/n2); so an item seen fewer times than this in the reference cannot
   * reach {@code critical} in that direction, and is not looked at. A small focus leaves most of the collection out.
   */
  static long fewestForNegative(double critical, long n1, long n2) {
    if (critical <= 0 || n1 <= 0 || n2 <= 0) {
      return 0;
    }
    double perOccurrence = 2 * Math.log((double) (n1 + n2) / n2);
    // one less than the bound, so that no rounding leaves out an item that reaches it
    return perOccurrence <= 0 ? Long.MAX_VALUE : Math.max(0, (long) Math.floor(critical / perOccurrence) - 1);
  }

  /** The stop list's rule ({@link StopWords#bounds}) for an item as the lists write it. */
  private static boolean stopped(String item, Grams grams) {
    if (grams.n() == 1) {
      return StopWords.contains(item);
    }
    if (grams.unit() == Grams.Unit.WORD) {
      return StopWords.bounds(item.substring(0, item.indexOf(' ')), item.substring(item.lastIndexOf(' ') + 1));
    }
    return StopWords.bounds(item.substring(0, item.offsetByCodePoints(0, 1)),
        item.substring(item.offsetByCodePoints(item.length(), -1)));
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
