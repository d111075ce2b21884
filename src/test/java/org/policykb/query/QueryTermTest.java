package org.policykb.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTermTest {
  /** The oracle: the phrase overlaps itself when it also stands at the start of itself shifted right by less than its length. */
  private static boolean overlapsByScanning(String phrase) {
    int n = phrase.codePointCount(0, phrase.length());
    for (int shift = 1; shift < n; shift++) {
      if ((phrase.substring(0, phrase.offsetByCodePoints(0, shift)) + phrase).startsWith(phrase)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aPhraseOverlapsItselfWhenItBeginsWithWhatItEndsWith() {
    for (String phrase : List.of("哈哈", "哈哈哈", "发展和发展", "一二一", "新质生产力", "创新", "双高协同", "新", "ai", "aba", "abab",
        "abcab", "abcabd", "２０２５年", "中国特色社会主义中国")) {
      assertEquals(overlapsByScanning(phrase), QueryTerm.of(phrase, false).overlapsItself(), phrase);
    }
    assertEquals(true, QueryTerm.of("发展和发展", false).overlapsItself());
    assertEquals(false, QueryTerm.of("新质生产力", false).overlapsItself());
  }

  @Test
  void foldingDecidesNotTheWrittenForm() {
    // 發展 folds to 发展: 发展與發展 is one phrase that begins with what it ends with
    assertEquals(true, QueryTerm.of("发展与發展", false).overlapsItself());
  }
}
