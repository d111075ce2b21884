package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.policykb.TestCorpus;
import org.policykb.index.WorkRole;
import org.policykb.ingest.CorpusReader;
import org.policykb.model.PolicyDocument;

/**
 * A document written to the index and read back is the document that was ingested, whether its text is stored apart
 * from its JSON as UTF-16 units (as written now), apart as a string (as written before that) or inside the JSON (as
 * every document was written before that), which an incremental build keeps beside new ones.
 */
class DocumentMapperTest {
  private static List<PolicyDocument> seeds() throws Exception {
    List<PolicyDocument> out = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    try (Stream<Path> files = Files.list(TestCorpus.SEEDS)) {
      for (Path f : files.sorted().toList()) {
        out.add(reader.read(TestCorpus.SEEDS, f).document());
      }
    }
    // a text with what JSON escapes, a character outside the BMP and a lone surrogate (a text's units are all kept)
    PolicyDocument d = out.get(0);
    out.add(new PolicyDocument("escapes", "引号\"与\\反斜杠", false, d.date(), d.year(), d.dateFrom(), d.source(), d.authors(),
        d.url(), d.categories(), d.tags(), "第一段\"引号\"\t制表\\。\n\n第二段𠀋字\uD800。", null, d.file(), d.format(), d.parks(),
        d.cites(), d.official(), d.pages()));
    return out;
  }

  /** A text as a string field of the old layouts keeps it: in UTF-8, where Lucene writes a lone surrogate as U+FFFD. */
  private static String asUtf8(String text) {
    return text.replace('\uD800', '\uFFFD');
  }

  private static PolicyDocument withText(PolicyDocument d, String text) {
    return new PolicyDocument(d.id(), d.title(), d.titleDerived(), d.date(), d.year(), d.dateFrom(), d.source(), d.authors(),
        d.url(), d.categories(), d.tags(), text, d.paragraphs(), d.file(), d.format(), d.parks(), d.cites(), d.official(),
        d.pages());
  }

  /** Writes each stored document to an index and reads the stored fields back, as visitors of {@code visitors} take them. */
  private static List<Document> roundTrip(List<Document> docs, Supplier<DocumentStoredFieldVisitor> visitors) throws Exception {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (Document d : docs) {
          w.addDocument(d);
        }
      }
      List<Document> out = new ArrayList<>();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        for (int i = 0; i < r.maxDoc(); i++) {
          DocumentStoredFieldVisitor visitor = visitors.get();
          r.storedFields().document(i, visitor);
          out.add(visitor.getDocument());
        }
      }
      return out;
    }
  }

  @Test
  void aDocumentReadBackIsTheDocumentWrittenAndItsJsonHoldsNoText() throws Exception {
    List<PolicyDocument> docs = seeds();
    List<Document> written = new ArrayList<>();
    for (PolicyDocument d : docs) {
      written.add(DocumentMapper.toLucene(d, new WorkRole(d.id(), true)));
    }
    List<Document> stored = roundTrip(written, DocumentStoredFieldVisitor::new);
    List<Document> texts = roundTrip(written, DocumentMapper::textVisitor);
    for (int i = 0; i < docs.size(); i++) {
      PolicyDocument d = docs.get(i);
      assertEquals(d, DocumentMapper.fromLucene(stored.get(i)), d.id());
      assertEquals(d.text(), DocumentMapper.textOf(stored.get(i)), d.id());
      assertEquals(d.text(), DocumentMapper.textOf(texts.get(i)), d.id());
      assertEquals(List.of("_text"), texts.get(i).getFields().stream().map(f -> f.name()).toList(),
          d.id() + ": a reader of the text reads nothing else");
      ObjectNode json = (ObjectNode) new ObjectMapper().readTree(stored.get(i).get(DocumentMapper.STORED_SOURCE));
      assertFalse(json.has("text"), d.id() + ": the text is stored once");
      assertNotNull(stored.get(i).getField("_text").binaryValue(), d.id() + ": the text is stored as its UTF-16 units");
      assertEquals(2 * d.text().length(), stored.get(i).getField("_text").binaryValue().length, d.id());
    }
  }

  @Test
  void aDocumentWrittenWithItsTextAsAStringFieldIsReadBackTheSame() throws Exception {
    List<PolicyDocument> docs = seeds();
    List<Document> old = new ArrayList<>();
    for (PolicyDocument d : docs) {
      // the layout before: the text apart from the JSON, as a string field
      Document now = DocumentMapper.toLucene(d, new WorkRole(d.id(), true));
      Document before = new Document();
      before.add(new StoredField("_text", d.text()));
      before.add(new StoredField(DocumentMapper.STORED_SOURCE, now.get(DocumentMapper.STORED_SOURCE)));
      old.add(before);
    }
    List<Document> texts = assertReadBackInUtf8(docs, old);
    for (Document t : texts) {
      assertEquals(List.of("_text"), t.getFields().stream().map(f -> f.name()).toList());
    }
  }

  @Test
  void aDocumentWrittenWithItsTextInItsJsonIsReadBackTheSame() throws Exception {
    List<PolicyDocument> docs = seeds();
    List<Document> old = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (PolicyDocument d : docs) {
      // the old layout: the same JSON with the text in it, and no stored text of its own
      Document now = DocumentMapper.toLucene(d, new WorkRole(d.id(), true));
      ObjectNode source = (ObjectNode) json.readTree(now.get(DocumentMapper.STORED_SOURCE));
      source.put("text", d.text());
      Document before = new Document();
      before.add(new StoredField(DocumentMapper.STORED_SOURCE, json.writeValueAsString(source)));
      old.add(before);
    }
    assertReadBackInUtf8(docs, old);
  }

  /**
   * Writes {@code old} (the stored fields of {@code docs} in an old layout) and reads each back whole and as its text:
   * each is its document, its text as UTF-8 kept it; returns what the text visitor read.
   */
  private static List<Document> assertReadBackInUtf8(List<PolicyDocument> docs, List<Document> old) throws Exception {
    List<Document> stored = roundTrip(old, DocumentStoredFieldVisitor::new);
    List<Document> texts = roundTrip(old, DocumentMapper::textVisitor);
    for (int i = 0; i < docs.size(); i++) {
      String expected = asUtf8(docs.get(i).text());
      assertEquals(withText(docs.get(i), expected), DocumentMapper.fromLucene(stored.get(i)), docs.get(i).id());
      assertEquals(expected, DocumentMapper.textOf(stored.get(i)), docs.get(i).id());
      assertEquals(expected, DocumentMapper.textOf(texts.get(i)), docs.get(i).id());
    }
    return texts;
  }
}
