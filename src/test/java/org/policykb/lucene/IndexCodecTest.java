package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * A generation's codec is found by its name, as a reader finds it, and reads back every stored field of documents
 * larger and smaller than its chunks, beside segments written with Lucene's own codec (an incremental build appends
 * to a generation written before).
 */
class IndexCodecTest {
  /** Texts of 1 to 40,000 characters, Chinese and not, so that documents span chunks and share them. */
  private static List<String> texts(int n) {
    Random random = new Random(33);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int length = 1 + random.nextInt(i % 10 == 0 ? 40_000 : 3_000);
      StringBuilder s = new StringBuilder(length);
      for (int c = 0; c < length; c++) {
        s.append(random.nextInt(5) == 0 ? (char) ('a' + random.nextInt(26)) : (char) (0x4E00 + random.nextInt(400)));
      }
      out.add(s.toString());
    }
    return out;
  }

  private static void add(IndexWriter w, List<String> texts, int from, int to) throws Exception {
    for (int i = from; i < to; i++) {
      Document d = new Document();
      d.add(new StringField("id", Integer.toString(i), StringField.Store.YES));
      d.add(new StoredField(DocumentMapper.STORED_TEXT, DocumentMapper.storedText(texts.get(i))));
      w.addDocument(d);
    }
  }

  @Test
  void isFoundByItsNameAndReadsBackEveryDocumentBesideLucenesOwnSegments() throws Exception {
    assertInstanceOf(IndexCodec.class, Codec.forName(IndexCodec.NAME));
    List<String> texts = texts(300);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_SPEED)))) {
        add(w, texts, 0, 100); // a generation written before
      }
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setCodec(new IndexCodec())
          .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
        add(w, texts, 100, 300);
      }
      List<String> codecs = new ArrayList<>();
      for (SegmentCommitInfo s : SegmentInfos.readLatestCommit(dir)) {
        codecs.add(s.info.getCodec().getName());
      }
      assertEquals(List.of("Lucene104", IndexCodec.NAME), codecs);
      assertEquals(texts, readBack(dir));
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setCodec(new IndexCodec())
          .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
        w.forceMerge(1);
      }
      assertEquals(IndexCodec.NAME, SegmentInfos.readLatestCommit(dir).info(0).info.getCodec().getName());
      assertEquals(texts, readBack(dir));
    }
  }

  /** Every document's text, by its id, read in a random order (a concordance reads documents far apart). */
  private static List<String> readBack(Directory dir) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      String[] out = new String[r.maxDoc()];
      List<int[]> docs = new ArrayList<>();
      for (LeafReaderContext leaf : r.leaves()) {
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          docs.add(new int[] {leaf.ord, d});
        }
      }
      java.util.Collections.shuffle(docs, new Random(5));
      for (int[] d : docs) {
        StoredFields stored = r.leaves().get(d[0]).reader().storedFields();
        Document doc = stored.document(d[1]);
        out[Integer.parseInt(doc.get("id"))] = DocumentMapper.textIn(doc);
      }
      return List.of(out);
    }
  }
}
