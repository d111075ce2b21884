package org.policykb.research;

import java.util.Map;
import java.util.WeakHashMap;
import org.policykb.query.Count;
import org.policykb.query.Subcorpus;
import org.policykb.search.Grams;
import org.policykb.search.SearchBackend;

/**
 * The whole collection's n-gram counts, kept per engine for the generation they were counted on (they change only
 * with it), as the engines keep the collection's word counts: keyness against the rest or all of the collection
 * then counts only its focus. The latest count is kept while it takes at most an eighth of the heap; a count of
 * another generation is dropped when one of the new one is kept.
 */
final class CollectionNGrams {
  /** The most a kept count may take. */
  private static final long BUDGET = Runtime.getRuntime().maxMemory() / 8;

  private record Key(String generation, Grams grams, Count count) {}

  /** Per engine, its kept counts (an engine no longer used is let go). */
  private static final Map<SearchBackend, Map<Key, NGramCounts>> KEPT = new WeakHashMap<>();

  private CollectionNGrams() {}

  /** The collection's counts (works or files), kept or counted now. */
  static NGramCounts of(SearchBackend backend, Grams grams, Count count) {
    Key wanted = new Key(backend.servedGeneration(), grams, count);
    synchronized (KEPT) {
      NGramCounts kept = KEPT.getOrDefault(backend, Map.of()).get(wanted);
      if (kept != null) {
        return kept;
      }
    }
    NGramCounts counted = Keywords.counted(backend, Subcorpus.all(count), grams);
    if (counted.bytes() <= BUDGET) {
      synchronized (KEPT) {
        Map<Key, NGramCounts> mine = KEPT.computeIfAbsent(backend, b -> new java.util.LinkedHashMap<>());
        mine.keySet().removeIf(k -> !k.generation().equals(counted.generation()));
        long held = mine.values().stream().mapToLong(NGramCounts::bytes).sum();
        // the oldest kept go first while the new one does not fit
        var oldest = mine.keySet().iterator();
        while (held + counted.bytes() > BUDGET && oldest.hasNext()) {
          held -= mine.get(oldest.next()).bytes();
          oldest.remove();
        }
        mine.put(new Key(counted.generation(), grams, count), counted);
      }
    }
    return counted;
  }
}
