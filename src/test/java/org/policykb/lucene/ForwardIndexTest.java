package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.policykb.text.ContextKeys;

/**
 * The forward index gives back, element by element, the sequence a text's keys are read from: for
 * texts with characters beyond U+FFFF, paragraph breaks, lone surrogates and nothing indexed, and
 * when only a prefix is decompressed.
 */
class ForwardIndexTest {
  private static final List<String> TEXTS = List.of(
      "发展新质生产力",
      "第一段，数字经济。\n\n第二段𠀀𠀁与𪚥\n\n\n\n第三段 ＡＢＣ",
      "孤\uD800立的代理\uDC00项𠀀，隔开的\uD800 \uDC00一对",
      " \n\n ",
      "關鍵詞“引号”与《书名》".repeat(300));

  @Test
  void everyElementComesBackAsTheTextsSequenceHasIt() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (String text : TEXTS) {
          Document doc = new Document();
          BytesRef value = ForwardIndex.encode(text);
          if (value != null) {
            doc.add(new BinaryDocValuesField(DocumentMapper.TEXT_FORWARD, value));
          }
          w.addDocument(doc);
        }
        w.forceMerge(1);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        LeafReader leaf = r.leaves().get(0).reader();
        ForwardIndex forward = new ForwardIndex(leaf);
        for (int doc = 0; doc < TEXTS.size(); doc++) {
          int[] expected = ContextKeys.sequence(TEXTS.get(doc));
          if (expected.length == 0) {
            assertFalse(forward.read(doc, Integer.MAX_VALUE), "nothing indexed: no value");
            continue;
          }
          assertTrue(forward.read(doc, Integer.MAX_VALUE));
          assertEquals(expected.length, forward.sequence().size(), TEXTS.get(doc));
          List<Integer> read = new ArrayList<>();
          for (int i = 0; i < expected.length; i++) {
            read.add(forward.sequence().at(i));
          }
          assertArrayEquals(expected, read.stream().mapToInt(Integer::intValue).toArray(), TEXTS.get(doc));
        }
        // a prefix: the elements up to the one asked for are there
        ForwardIndex prefix = new ForwardIndex(leaf);
        int[] long4 = ContextKeys.sequence(TEXTS.get(4));
        assertTrue(prefix.read(4, 10));
        for (int i = 0; i <= 10; i++) {
          assertEquals(long4[i], prefix.sequence().at(i));
        }
      }
    }
  }

  @Test
  void theSequenceHasOneElementPerPositionAndALoneSurrogateReadsAsReplacement() {
    int[] s = ContextKeys.sequence("孤\uD800立𠀀\n\n二");
    assertArrayEquals(new int[] {'孤', 0xFFFD, '立', 0x20000, ContextKeys.BREAK, '二'}, s);
  }
}
