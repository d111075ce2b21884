package org.policykb.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.policykb.query.InvalidRequestException;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.HitContext;

class ContextGroupsTest {
  @Test
  void aPhraseWithTooManyHitsIsRefusedInTheWordsOfGrouping() {
    ConcordanceRequest sort = new ConcordanceRequest("创新", null, 0, ConcordanceRequest.Order.RIGHT, 0, 0);
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> ContextGroups.keys(() -> { throw Concordance.tooManyToSort(sort, 5_918_039); }));
    assertTrue(e.getMessage().contains("grouped by context") && e.getMessage().contains("5918039")
        && !e.getMessage().contains("sort="), e.getMessage());
  }

  @Test
  void aGroupIsTheKeysCharactersInReadingOrderUpToAParagraphBreak() {
    // a key is read outward from the hit: the left one nearest first
    assertEquals("高新", ContextGroups.characters("新高区", new HitContext(true, 2)));
    assertEquals("发展", ContextGroups.characters("发展\0新", new HitContext(false, 4)));
    assertEquals("", ContextGroups.characters("\0新", new HitContext(false, 2)));
    assertEquals("，", ContextGroups.word("，发展", new HitContext(false, 0)));
    assertEquals("", ContextGroups.word("", new HitContext(true, 0)));
  }
}
