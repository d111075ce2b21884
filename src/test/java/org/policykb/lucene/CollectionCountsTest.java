package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.query.Count;
import org.policykb.query.Subcorpus;
import org.policykb.search.WordCounts;

/** The whole collection's word counts are kept for the served generation only: a new generation counts again. */
class CollectionCountsTest {
  @Test
  void theCollectionsCountsFollowTheServedGeneration(@TempDir Path corpus, @TempDir Path index) throws Exception {
    TestCorpus.copySeeds(corpus);
    TestCorpus.buildIndex(corpus, index);
    try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
      WordCounts first = backend.wordCounts(Subcorpus.all(Count.FILES), false);
      assertSame(first, backend.wordCounts(Subcorpus.all(Count.FILES), false), "kept for the generation");
      assertEquals(first.tokens(), backend.wordCounts(Subcorpus.all(Count.FILES), true).tokens());

      // a text of eight times 揭榜挂帅, built into a new generation and served
      Files.writeString(corpus.resolve("900_added.txt"), "揭榜挂帅 揭榜挂帅 揭榜挂帅 揭榜挂帅\n\n揭榜挂帅 揭榜挂帅 揭榜挂帅 揭榜挂帅\n",
          StandardCharsets.UTF_8);
      TestCorpus.buildIndex(corpus, index);
      backend.reload();
      WordCounts after = backend.wordCounts(Subcorpus.all(Count.FILES), false);
      assertNotEquals(first.generation(), after.generation());
      assertEquals(first.documents() + 1, after.documents());
      long added = after.words().values().stream().mapToLong(WordCounts.Word::frequency).sum()
          - first.words().values().stream().mapToLong(WordCounts.Word::frequency).sum();
      assertTrue(added >= 8, "the new text's words are counted: " + added);
      assertEquals(first.tokens() + added, after.tokens());
    }
  }
}
