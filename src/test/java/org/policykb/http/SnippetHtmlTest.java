package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykb.query.QueryParser;
import org.policykb.text.Occurrence;
import org.policykb.text.OccurrenceFinder;
import org.policykb.text.SnippetFormatter;

/** Golden HTML snippets of hits: exact strings with their marks. */
class SnippetHtmlTest {
  private static final String TEXT = "推进高新区和高等院校“双高协同”创新。<b>&</b>\n\n下一段双高协同";

  private static List<Occurrence> find(String q) {
    return OccurrenceFinder.find(TEXT, QueryParser.parse(q).positiveTerms());
  }

  private static List<String> marked(List<Occurrence> found, int window, int max) {
    return SnippetFormatter.passages(TEXT, found, window, max).stream().map(SnippetHtml::render).toList();
  }

  @Test
  void markedSnippetsEscapeEverythingButTheMark() {
    assertEquals(
        List.of("推进高新区和高等院校“<mark>双高协同</mark>”创新。&lt;b&gt;&amp;&lt;/b&gt; 下一段<mark>双高协同</mark>"),
        marked(find("双高协同"), 20, 3));
  }

  @Test
  void distantOccurrencesGetTheirOwnWindowsWithEllipses() {
    assertEquals(
        List.of("…院校“<mark>双高协同</mark>”创新…", "…下一段<mark>双高协同</mark>"),
        marked(find("双高协同"), 3, 3));
  }

  @Test
  void aMatchLongerThanTheWindowIsKeptWhole() {
    String phrase = "高等院校“双高协同”创新";
    assertEquals(
        List.of("…和<mark>高等院校“双高协同”创新</mark>。…"),
        marked(find(phrase), 1, 3));
  }

  @Test
  void noOccurrenceMeansNoSnippet() {
    assertEquals(List.of(), marked(find("揭榜挂帅"), 20, 3));
  }
}
