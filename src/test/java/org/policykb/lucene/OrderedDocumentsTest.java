package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.policykb.index.Fields;
import org.policykb.query.DocumentOrder;

/**
 * Matches picked out of the reader's documents sorted once come in the order Lucene's own sort of the
 * same matches gives, over several segments, missing years and dates, ties broken by id, deleted
 * documents, and match sets small (sorted by rank) and large (picked from the whole order).
 */
class OrderedDocumentsTest {
  @Test
  void picksTheMatchesInTheOrderLuceneSortsThem() throws IOException {
    Random random = new Random(20261207);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int i = 0; i < 3000; i++) {
          Document d = new Document();
          String id = "doc" + random.nextInt(1_000_000) + "-" + i;
          d.add(new StringField(Fields.ID, id, Field.Store.NO));
          d.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
          if (random.nextInt(10) > 0) { // a tenth without a year, more without a date
            int year = 1990 + random.nextInt(5);
            d.add(new NumericDocValuesField(Fields.YEAR, year));
            if (random.nextBoolean()) {
              d.add(new NumericDocValuesField(Fields.DATE, year * 400L + random.nextInt(3)));
            }
          }
          d.add(new StringField("every", "k" + (i % 7), Field.Store.NO));
          d.add(new StringField("rare", i % 97 == 0 ? "yes" : "no", Field.Store.NO));
          writer.addDocument(d);
          if (i % 400 == 399) {
            writer.commit(); // a segment
          }
        }
        writer.deleteDocuments(new Term("every", "k3"));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        OrderedDocuments ordered = OrderedDocuments.of(reader, DocumentOrder.OLDEST_FIRST);
        for (Query q : new Query[] {new TermQuery(new Term("rare", "yes")), new TermQuery(new Term("every", "k1")),
            either("k1", "k2", "k4", "k5"), either("k0", "k1", "k2", "k3", "k4", "k5", "k6"), new TermQuery(new Term("every", "k3"))}) {
          MatchingDocs matches = MatchingDocs.of(searcher, q);
          int n = (int) matches.count();
          int[] expected = new int[n];
          if (n > 0) {
            TopFieldDocs top = searcher.search(q, n, Sorts.of(DocumentOrder.OLDEST_FIRST));
            for (int i = 0; i < n; i++) {
              expected[i] = top.scoreDocs[i].doc;
            }
          }
          assertArrayEquals(expected, ordered.select(matches), q.toString());
        }
      }
    }
  }

  private static Query either(String... values) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String v : values) {
      b.add(new TermQuery(new Term("every", v)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }
}
