package org.policykb.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.analysis.Analyzers;
import org.policykb.text.WordSegmenter;

/** The stop list as data: words smartcn can give, the function words it is for, and none of the words it must keep. */
class StopWordsTest {
  @Test
  void everyEntryIsOneSmartcnWordOrItCouldNeverMatch() {
    WordSegmenter words = new WordSegmenter(Analyzers.words());
    for (String w : StopWords.all()) {
      assertEquals(List.of(w), words.segment(w), w + " segments as one word");
    }
  }

  @Test
  void holdsTheFunctionWordsResearchersSawRankHigh() {
    for (String w : List.of("的", "了", "和", "是", "在", "与", "及", "等", "也", "都", "而", "并", "为", "对", "把", "被", "从", "以", "将")) {
      assertTrue(StopWords.contains(w), w);
    }
  }

  @Test
  void leavesNumeralsTimeWordsModalsAndPolicyWordsAlone() {
    for (String w : List.of("四", "项", "年", "要", "应", "必须", "可以", "以来", "通过", "发展", "推动", "坚持")) {
      assertFalse(StopWords.contains(w), w);
    }
  }
}
