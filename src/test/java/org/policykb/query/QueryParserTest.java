package org.policykb.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {

  @Test
  void termsAreAllRequiredAndOrJoinsAlternatives() {
    ParsedQuery q = QueryParser.parse("双高协同 新质生产力 OR 专精特新 -揭榜挂帅 title:高新区");
    assertEquals("[[双高协同], [新质生产力, 专精特新], [title:高新区]]", q.required().toString());
    assertEquals(List.of(QueryTerm.of("揭榜挂帅", false)), q.excluded());
  }

  @Test
  void quotesHoldAPhraseWithSpaces() {
    assertEquals("[[中国声谷 量子中心]]", QueryParser.parse("\"中国声谷 量子中心\"").required().toString());
  }

  @Test
  void chineseQuotesArePartOfTheTerm() {
    assertEquals("[[“双高”协同]]", QueryParser.parse("“双高”协同").required().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          '   '                | q must not be empty
          '"双高协同'           | the quote at position 1 is never closed
          'OR 双高'             | OR at position 1 needs a term on both sides
          '双高 OR'             | OR at position 4 needs a term on both sides
          '双高 OR -协同'       | OR at position 4 cannot join an excluded (-) term
          '- 双高'              | - at position 1 must be followed by the term to exclude
          '-双高'               | the query needs at least one term that is not excluded with -
          'title: 双高'         | title: at position 1 must be followed by a term
          '双"高'               | a quote inside a term at position 2; put the whole phrase in quotes
          '“”'                 | term '“”' has no searchable characters (quotes, brackets and spaces are ignored when matching)
          '""'                 | the quotes at position 1 contain no phrase
          """)
  void malformedQueriesSayWhatIsWrong(String query, String message) {
    assertEquals(message, assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query)).getMessage());
  }

  @Test
  void overlongQueriesAreRefused() {
    String q = "高".repeat(QueryParser.MAX_QUERY_CHARS + 1);
    assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(q));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "数字经济 NEAR/ 实体经济|NEAR/ at position 6 is not an operator",
    "数字经济 NEAR/abc 实体经济|NEAR/abc at position 6 is not an operator",
    "数字经济 near/10 实体经济|near/10 at position 6 is not an operator",
    "数字经济 Near/10 实体经济|Near/10 at position 6 is not an operator",
    "数字经济 NEAR/10abc 实体经济|NEAR/10abc at position 6 is not an operator",
    "数字经济 NEAR/99999999999 实体经济|NEAR/99999999999 at position 6 is not an operator",
    "数字经济 NEAR/1001 实体经济|the distance must be 0..1000",
  })
  void aNearThatIsNotNearNSpelledRightIsRefusedWithWhatToWrite(String q, String message) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(q));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void aQuotedNearIsTextAndNearNInCapitalsIsTheOperator() {
    assertEquals("[[near/10]]", QueryParser.parse("\"near/10\"").required().toString());
    assertEquals("[数字经济 NEAR/10 实体经济]", QueryParser.parse("数字经济 NEAR/10 实体经济").near().toString());
    assertEquals("[数字经济 NEAR/0 实体经济]", QueryParser.parse("数字经济 NEAR/0 实体经济").near().toString());
  }
}
