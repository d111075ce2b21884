package org.policykb.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A count and its noun as every message writes them: singular for exactly one, plural for none and many. */
class CountsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 | file       | 0 files",
      "1 | file       | 1 file",
      "2 | file       | 2 files",
      "1 | occurrence | 1 occurrence",
      "7 | occurrence | 7 occurrences",
      "1 | document   | 1 document",
      "178502 | document | 178502 documents",
      "1 | line       | 1 line",
      "1 | clear error | 1 clear error",
      "3 | clear error | 3 clear errors",
      "2 | match      | 2 matches",
      "2 | entry      | 2 entries",
      "2 | day        | 2 days",
      "2 | process    | 2 processes",
      "-1 | document  | -1 documents"})
  void aCountOfOneTakesTheSingularEveryOtherThePlural(long count, String noun, String written) {
    assertEquals(written, Counts.of(count, noun));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"0 | match", "1 | matches", "2 | match", "5 | match"})
  void aVerbAgreesWithItsCount(long count, String verb) {
    assertEquals(verb, Counts.verb(count, "match"));
  }
}
