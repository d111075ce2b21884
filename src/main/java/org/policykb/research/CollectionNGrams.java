package org.policykb.research;

import java.lang.ref.WeakReference;
import org.policykb.query.Count;
import org.policykb.query.Subcorpus;
import org.policykb.search.Grams;
import org.policykb.search.SearchBackend;

/**
 * The whole collection's n-gram counts, kept for the generation they were counted on (they change only with it), as
 * the engines keep the collection's word counts: keyness against the rest or all of the collection then counts only
 * its focus. One count is kept, the latest (one kind of n-gram of one engine: a comparison goes on with the same
 * kind), and only while it takes at most an eighth of the heap; tens of millions of n-grams are not kept.
 */
final class CollectionNGrams {
  /** The most the kept count may take. */
  private static final long BUDGET = Runtime.getRuntime().maxMemory() / 8;

  private record Key(String generation, Grams grams, Count count) {}

  private static final Object LOCK = new Object();
  private static WeakReference<SearchBackend> keptFor = new WeakReference<>(null);
  private static Key keptKey;
  private static NGramCounts kept;

  private CollectionNGrams() {}

  /** The collection's counts (works or files), kept or counted now. */
  static NGramCounts of(SearchBackend backend, Grams grams, Count count) {
    Key wanted = new Key(backend.servedGeneration(), grams, count);
    synchronized (LOCK) {
      if (keptFor.get() == backend && wanted.equals(keptKey)) {
        return kept;
      }
    }
    NGramCounts counted = Keywords.counted(backend, Subcorpus.all(count), grams);
    synchronized (LOCK) {
      if (counted.bytes() <= BUDGET) {
        keptFor = new WeakReference<>(backend);
        keptKey = new Key(counted.generation(), grams, count);
        kept = counted;
      }
    }
    return counted;
  }
}
