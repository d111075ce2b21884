package org.policykb.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.query.Count;
import org.policykb.search.Grams;

/**
 * The collection's n-gram counts are kept for the served generation only, one kind at a time: a new generation counts
 * again.
 */
class CollectionNGramsTest {
  @Test
  void theCollectionsNGramsFollowTheServedGeneration(@TempDir Path corpus, @TempDir Path index) throws Exception {
    TestCorpus.copySeeds(corpus);
    TestCorpus.buildIndex(corpus, index);
    Grams fourChars = new Grams(Grams.Unit.CHAR, 4);
    try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
      NGramCounts first = CollectionNGrams.of(backend, fourChars, Count.FILES);
      assertSame(first, CollectionNGrams.of(backend, fourChars, Count.FILES), "kept for the generation");
      long before = frequency(first, "揭榜挂帅");
      NGramCounts words = CollectionNGrams.of(backend, new Grams(Grams.Unit.WORD, 2), Count.FILES);
      assertSame(words, CollectionNGrams.of(backend, new Grams(Grams.Unit.WORD, 2), Count.FILES), "the latest kind kept");
      assertNotSame(first, CollectionNGrams.of(backend, fourChars, Count.FILES), "one kind at a time");

      // a text of eight times 揭榜挂帅, built into a new generation and served
      Files.writeString(corpus.resolve("900_added.txt"), "揭榜挂帅 揭榜挂帅 揭榜挂帅 揭榜挂帅\n\n揭榜挂帅 揭榜挂帅 揭榜挂帅 揭榜挂帅\n",
          StandardCharsets.UTF_8);
      TestCorpus.buildIndex(corpus, index);
      backend.reload();
      NGramCounts after = CollectionNGrams.of(backend, fourChars, Count.FILES);
      assertNotEquals(first.generation(), after.generation());
      assertEquals(first.documents() + 1, after.documents());
      assertEquals(before + 8, frequency(after, "揭榜挂帅"), "the new text's n-grams are counted");
      assertEquals(first.tokens() + 32, after.tokens(), "and its 32 characters");
    }
  }

  private static long frequency(NGramCounts counts, String gram) {
    int e = counts.find(gram);
    return e < 0 ? 0 : counts.frequency(e);
  }
}
