package org.policykb.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryParser;

/** Occurrences of a whole query: phrases and NEAR spans together never overlap, so passages stay inside the text. */
class QueryOccurrencesTest {

  @Test
  void aNearSpanAndAPhraseInsideItCountOnce() {
    String text = "数字经济带动创新，" + "产".repeat(60) + "实体经济";
    ParsedQuery q = QueryParser.parse("创新 数字经济 NEAR/100 实体经济");
    List<Occurrence> found = QueryOccurrences.find(text, q);
    assertEquals(List.of(new Occurrence(0, text.length())), found, "the span from 数字经济 to 实体经济 holds 创新");
    List<Passage> passages = SnippetFormatter.passages(text, found, 30, 3);
    for (Passage p : passages) {
      for (Occurrence o : p.matches()) {
        assertTrue(o.start() >= p.start() && o.end() <= p.end(), "a match inside its passage");
      }
    }
  }

  @Test
  void aPhraseBeforeASpanKeepsItsPlaceAndTheSpanStartingInsideItIsDropped() {
    ParsedQuery q = QueryParser.parse("质量 经济 NEAR/5 发展");
    // 经济…发展 starts at 0 and is longest; 质量 at 3 lies inside it
    assertEquals(List.of(new Occurrence(0, 7)), QueryOccurrences.find("经济高质量发展", q));
    assertEquals(List.of(new Occurrence(0, 2), new Occurrence(3, 8)), QueryOccurrences.find("质量，经济和发展", q));
  }

  @Test
  void nearSpansNeverCrossAParagraphBreakAndMeasureCharactersBetween() {
    ParsedQuery q = QueryParser.parse("高新区 NEAR/3 高校");
    assertEquals(List.of(new Occurrence(0, 8)), QueryOccurrences.find("高新区与相关高校", q));
    assertEquals(List.of(), QueryOccurrences.find("高新区与相关的高校", q), "4 characters between");
    assertEquals(List.of(), QueryOccurrences.find("高新区\n\n高校", q));
    assertEquals(List.of(new Occurrence(0, 7)), QueryOccurrences.find("高校和 高新区", q), "either order");
  }
}
