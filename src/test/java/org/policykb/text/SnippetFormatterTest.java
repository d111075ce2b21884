package org.policykb.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.query.QueryParser;
import org.policykb.query.QueryTerm;

/** Golden snippets: exact strings with their marks. */
class SnippetFormatterTest {
  private static final String TEXT = "推进高新区和高等院校“双高协同”创新。<b>&</b>\n\n下一段双高协同";

  private static List<Occurrence> find(String q) {
    return OccurrenceFinder.find(TEXT, QueryParser.parse(q).positiveTerms());
  }

  @Test
  void rawSnippetsCutTheWindowAroundEachOccurrence() {
    List<Occurrence> found = find("双高协同");
    assertEquals(List.of(new Occurrence(11, 15), new Occurrence(32, 36)), found);
    assertEquals(new Snippet(11, 15, "院校“", "双高协同", "”创新", null), SnippetFormatter.snippet(TEXT, found.get(0), 3, null));
  }

  @Test
  void aMatchAtTheVeryEndHasAnEmptyRightContext() {
    assertEquals(new Snippet(32, 36, "下一段", "双高协同", "", null), SnippetFormatter.snippet(TEXT, find("双高协同").get(1), 3, null));
  }

  @Test
  void aMatchSpanningSoftPunctuationIncludesIt() {
    List<Occurrence> found = OccurrenceFinder.find("常态推进“双高”协同，", QueryParser.parse("双高协同").positiveTerms());
    assertEquals(List.of(new Occurrence(5, 10)), found);
    assertEquals("双高”协同", "常态推进“双高”协同，".substring(5, 10));
  }

  @Test
  void occurrencesDoNotOverlapAndTheLongestPhraseWins() {
    List<QueryTerm> terms = QueryParser.parse("发展 OR 发展发展").positiveTerms();
    assertEquals(List.of(new Occurrence(0, 4), new Occurrence(4, 6)), OccurrenceFinder.find("发展发展发展", terms));
  }
}
