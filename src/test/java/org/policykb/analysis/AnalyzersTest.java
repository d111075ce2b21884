package org.policykb.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void exactFieldIsBigramsOfFoldedTextWithSoftPunctuationRemoved() throws IOException {
    assertEquals(List.of("双高", "高协", "协同", "同"), tokens(Analyzers.exact(), "“双高”协同"));
  }

  @Test
  void hardPunctuationStaysInTheStreamAsABoundary() throws IOException {
    assertEquals(List.of("发展", "展。", "。高", "高"), tokens(Analyzers.exact(), "发展。高"));
  }

  @Test
  void fullWidthDigitsAndLatinFoldToHalfWidthLowerCase() throws IOException {
    assertEquals(List.of("20", "02", "25", "5a", "ai", "i"), tokens(Analyzers.exact(), "２０２５ＡＩ"));
  }

  @Test
  void traditionalCharactersFoldToSimplified() throws IOException {
    assertEquals(tokens(Analyzers.exact(), "双高协同"), tokens(Analyzers.exact(), "雙高協同"));
  }

  @Test
  void documentNumberBracketsAreTransparent() throws IOException {
    assertEquals(
        List.of("国发", "发2", "20", "02", "20", "07", "7号", "号"),
        tokens(Analyzers.exact(), "国发〔2020〕7号"));
  }

  @Test
  void exactOffsetsPointAtTheSourceCharacters() throws IOException {
    String text = "推进“双高”协同";
    List<String> spans = new ArrayList<>();
    try (TokenStream ts = Analyzers.exact().tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        spans.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    }
    assertEquals(List.of("推进=推进", "进双=进“双", "双高=双高", "高协=高”协", "协同=协同", "同=同"), spans);
  }

  @Test
  void aParagraphBreakEndsTheBigramsAndLeavesAGapThatTheTextScanCountsAlike() throws IOException {
    String text = "构建“双\n\n创新。\n“\n方面\n\n\n\n“”\n\n好";
    List<String> got = new ArrayList<>();
    try (TokenStream ts = Analyzers.exact().tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute inc =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        got.add(term + "@" + position);
      }
      ts.end();
    }
    int i = Paragraphs.INDEXED_GAP;
    // 双 ends its paragraph alone; a line feed with a quote between is no break; empty paragraphs add one gap
    assertEquals(List.of("构建@0", "建双@1", "双@2", "创新@" + (3 + i), "新。@" + (4 + i), "。方@" + (5 + i),
        "方面@" + (6 + i), "面@" + (7 + i), "好@" + (8 + 2 * i)), got);
    assertEquals(List.of(3 + i, 8 + 2 * i), java.util.Arrays.stream(Paragraphs.indexedStarts(text)).boxed().toList(),
        "where the index's paragraphs start");
    int[] positions = {0, 2, 3 + i, 7 + i, 8 + 2 * i};
    Paragraphs.toRulePositions(positions, positions.length, Paragraphs.indexedStarts(text), 2);
    int g = Paragraphs.GAP;
    assertTrue(Paragraphs.breakBetween(text, 4, 6), "双|\\n\\n|创");
    assertTrue(!Paragraphs.breakBetween(text, 9, 12), "。|\\n“\\n|方: no blank line");
    assertEquals(List.of(0, 2, 3 + g, 7 + g, 8 + 2 * g), java.util.Arrays.stream(positions).boxed().toList(),
        "the index's positions in the rules' terms");
    assertEquals(List.of("构建双", "创新。方面", "好"), Paragraphs.folded(text), "the paragraphs OpenSearch is given");
  }

  @Test
  void aVeryLongInputYieldsOneTokenPerFoldedCharacter() throws IOException {
    String text = "高质量发展，".repeat(20_000);
    assertEquals(text.length(), tokens(Analyzers.exact(), text).size());
  }

  @Test
  void smartcnSegmentsFoldedText() throws IOException {
    assertEquals(
        List.of("推动", "高", "质量", "发展", "2025", "ai"),
        tokens(Analyzers.words(), "推動高質量發展，２０２５ ＡＩ"));
  }
}
