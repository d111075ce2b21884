package org.policykb.research;

import java.util.function.Consumer;
import org.policykb.search.WordCounts;

/** One side of a keyness comparison: its size, and each item's frequency and range, however they were counted. */
abstract class KeynessSide {
  final long tokens;
  final long documents;
  final String generation;

  KeynessSide(long tokens, long documents, String generation) {
    this.tokens = tokens;
    this.documents = documents;
    this.generation = generation;
  }

  /** Gives every item whose frequency is {@code min} or more (and perhaps others). */
  abstract void candidates(long min, Consumer<String> item);

  /** 0 for an item that does not occur. */
  abstract long frequency(String item);

  abstract long range(String item);

  /** The words an engine counted from its postings. */
  static KeynessSide of(WordCounts counts) {
    WordCounts.Word none = new WordCounts.Word(0, 0, null);
    return new KeynessSide(counts.tokens(), counts.documents(), counts.generation()) {
      @Override
      void candidates(long min, Consumer<String> item) {
        counts.words().forEach((word, w) -> {
          if (w.frequency() >= min) {
            item.accept(word);
          }
        });
      }

      @Override
      long frequency(String item) {
        return counts.words().getOrDefault(item, none).frequency();
      }

      @Override
      long range(String item) {
        return counts.words().getOrDefault(item, none).range();
      }
    };
  }

  /** The n-grams counted from an engine's sequences. */
  static KeynessSide of(NGramCounts counts) {
    return new KeynessSide(counts.tokens(), counts.documents(), counts.generation()) {
      @Override
      void candidates(long min, Consumer<String> item) {
        for (int e = 0; e < counts.size(); e++) {
          if (counts.frequency(e) >= min) {
            item.accept(counts.text(e));
          }
        }
      }

      @Override
      long frequency(String item) {
        int e = counts.find(item);
        return e < 0 ? 0 : counts.frequency(e);
      }

      @Override
      long range(String item) {
        int e = counts.find(item);
        return e < 0 ? 0 : counts.range(e);
      }
    };
  }

  /**
   * The collection's counts less the focus's: the rest of the collection (the focus is part of the collection, counted
   * the same way: works or files).
   */
  static KeynessSide rest(KeynessSide all, KeynessSide focus) {
    return new KeynessSide(all.tokens - focus.tokens, all.documents - focus.documents, all.generation) {
      @Override
      void candidates(long min, Consumer<String> item) {
        all.candidates(min, item); // the rest's frequency is at most the collection's
      }

      @Override
      long frequency(String item) {
        return all.frequency(item) - focus.frequency(item);
      }

      @Override
      long range(String item) {
        return all.range(item) - focus.range(item);
      }
    };
  }
}
