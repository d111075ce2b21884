package org.policykb.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stream yields exactly what folding the whole text yields, each code point with its source span. */
class FoldedStreamTest {
  @Test
  void theStreamIsTheFoldedTextWithTheSpansItCameFrom() {
    String text = "“双高”协同…２０２５年 ＡＩ 𠀀雙高\u200B協同 ㍻";
    List<Integer> cps = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    FoldedStream s = FoldedStream.of(text);
    while (s.next()) {
      cps.add(s.codePoint());
      sources.add(text.substring(s.start(), s.end()));
    }
    assertArrayEquals(CharFolding.fold(text).codePoints().toArray(), cps.stream().mapToInt(Integer::intValue).toArray());
    // … folds to three dots, each from the one source character; 𠀀 is one code point of two chars
    assertEquals(List.of("…", "…", "…"), sources.subList(4, 7));
    assertEquals("𠀀", sources.get(cps.indexOf("𠀀".codePointAt(0))));
    assertEquals("雙", sources.get(cps.lastIndexOf((int) '双')));
  }
}
