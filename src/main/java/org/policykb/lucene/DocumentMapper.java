package org.policykb.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.index.WorkRole;
import org.policykb.ingest.Regions;
import org.policykb.model.PolicyDocument;
import org.policykb.search.WorkMember;
import org.policykb.text.WordSegmenter;

/** {@link PolicyDocument} ⇄ Lucene {@link Document}, following {@link Fields}. */
public final class DocumentMapper {
  /**
   * The whole {@link org.policykb.model.PolicyDocument} as JSON but its text ({@link #STORED_TEXT}). Stored only:
   * with the text, it is what the API returns.
   */
  public static final String STORED_SOURCE = "_source";

  /**
   * The document's text, stored as a field of its own: what snippets are cut from, so offsets always refer to exactly
   * this text. Apart from {@link #STORED_SOURCE} so that reading a text parses no JSON (parsing it out of the
   * document's JSON was a sixth of a collocates request's time). Its UTF-16 units, two bytes each, big-endian
   * ({@link #storedText}): on Chinese text that is a third fewer bytes than UTF-8 before compression and a quarter
   * fewer after it (1.01 against 1.32 bytes per character on 60,000 texts of the 1 GB bench corpus), and reading
   * it back copies units instead of decoding UTF-8, so 4,000 texts read in 60 ms instead of 97. Every unit is kept,
   * a lone surrogate too. Documents written before hold it as a string field ({@link #textIn}).
   */
  static final String STORED_TEXT = "_text";

  /**
   * Where the text's paragraphs start in {@link Fields#TEXT_EXACT} ({@link ParagraphStarts}): binary
   * doc values, only for a text of several paragraphs.
   */
  static final String PARAGRAPH_STARTS = "text_paragraph_starts";

  /**
   * The document as a member of its work ({@link WorkMember}: id, format, source, date) as JSON, stored
   * apart from {@link #STORED_SOURCE} so that listing a work's members reads no text.
   */
  static final String STORED_MEMBER = "_member";

  /** The text as {@link Fields#TEXT_EXACT}'s positions see it ({@link ForwardIndex}): binary doc values. */
  static final String TEXT_FORWARD = "text_forward";

  /** Word fields: tokenized, frequencies and norms for BM25, no positions, nothing stored. */
  static final FieldType WORDS_TYPE = tokenized(IndexOptions.DOCS_AND_FREQS);

  /**
   * The text's words: as {@link #WORDS_TYPE}, with positions, from which a subcorpus's word sequences are read back
   * for n-grams ({@link LuceneSequences}).
   */
  static final FieldType TEXT_WORDS_TYPE = tokenized(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  /** The text's words, segmented once for the index and for their count. */
  private static final WordSegmenter WORDS = new WordSegmenter(org.policykb.analysis.Analyzers.words());

  /** Phrase fields: tokenized, positions for phrase queries, norms for BM25, nothing stored. */
  static final FieldType EXACT_TYPE = tokenized(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  private static FieldType tokenized(IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(false);
    type.setIndexOptions(options);
    type.setOmitNorms(false);
    type.freeze();
    return type;
  }


  private static final ObjectMapper JSON = Json.mapper();

  private DocumentMapper() {}

  public static Term idTerm(String id) {
    return new Term(Fields.ID, id);
  }

  public static Document toLucene(PolicyDocument d, WorkRole role) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, d.id(), Field.Store.NO));
    doc.add(new StringField(Fields.WORK_ID, role.work(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.WORK_ID, new BytesRef(role.work())));
    if (role.shown()) {
      doc.add(new StringField(Fields.WORK_SHOWN, "true", Field.Store.YES));
    }
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(d.id())));
    // the text first: a reader of the text alone stops there ({@link #textVisitor})
    doc.add(new StoredField(STORED_TEXT, storedText(d.text())));
    com.fasterxml.jackson.databind.node.ObjectNode source = JSON.valueToTree(d);
    source.remove("text");
    doc.add(new StoredField(STORED_SOURCE, toJson(source)));
    doc.add(new StoredField(STORED_MEMBER, toJson(WorkMember.of(d, false))));
    doc.add(new Field(Fields.TEXT_EXACT, d.text(), EXACT_TYPE));
    BytesRef paragraphs = ParagraphStarts.encode(d.text());
    if (paragraphs != null) {
      doc.add(new org.apache.lucene.document.BinaryDocValuesField(PARAGRAPH_STARTS, paragraphs));
    }
    BytesRef forward = ForwardIndex.encode(d.text());
    if (forward != null) {
      doc.add(new org.apache.lucene.document.BinaryDocValuesField(TEXT_FORWARD, forward));
    }
    WordSegmenter.Positioned terms = WORDS.positioned(d.text());
    doc.add(new Field(Fields.TEXT_WORDS, new TermListTokenStream(terms), TEXT_WORDS_TYPE));
    doc.add(new NumericDocValuesField(Fields.WORD_COUNT, terms.wordCount()));
    if (d.title() != null) {
      doc.add(new Field(Fields.TITLE_EXACT, d.title(), EXACT_TYPE));
      doc.add(new Field(Fields.TITLE_WORDS, d.title(), WORDS_TYPE));
    }
    if (d.date() != null) {
      long day = d.date().toEpochDay();
      doc.add(new LongPoint(Fields.DATE, day));
      doc.add(new NumericDocValuesField(Fields.DATE, day));
    }
    if (d.year() != null) {
      doc.add(new IntPoint(Fields.YEAR, d.year()));
      doc.add(new NumericDocValuesField(Fields.YEAR, d.year()));
    }
    if (d.source() != null) {
      keyword(doc, Fields.SOURCE_NAME, d.source());
    }
    d.parks().forEach(p -> keyword(doc, Fields.PARK, p));
    d.categories().forEach(c -> keyword(doc, Fields.CATEGORY, c));
    d.cites().forEach(c -> keyword(doc, Fields.CITES, c));
    org.policykb.model.OfficialElements o = d.official();
    o.issuers().forEach(i -> keyword(doc, Fields.ISSUER, i));
    if (o.docType() != null) {
      keyword(doc, Fields.DOC_TYPE, o.docType());
    }
    if (o.agencyCode() != null) {
      keyword(doc, Fields.AGENCY_CODE, o.agencyCode());
    }
    if (o.docYear() != null) {
      keyword(doc, Fields.DOC_YEAR, o.docYear().toString());
    }
    Regions.Place place = Regions.of(o.issuers());
    if (place.province() != null) {
      keyword(doc, Fields.REGION, place.province());
    }
    if (place.level() != null) {
      keyword(doc, Fields.LEVEL, place.level());
    }
    if (o.docNumberNormalized() != null) {
      doc.add(new StringField(Fields.DOC_NUMBER, o.docNumberNormalized(), Field.Store.NO));
    }
    doc.add(new NumericDocValuesField(Fields.TEXT_CHARS, d.textChars()));
    doc.add(new NumericDocValuesField(Fields.CITED_BY, 0)); // set once the build has resolved every link
    return doc;
  }

  /** An exact value: a term for filters, sorted-set doc values for facets. */
  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  /** The work role a stored document was written in. */
  public static WorkRole roleOf(Document stored) {
    return new WorkRole(stored.get(Fields.WORK_ID), stored.get(Fields.WORK_SHOWN) != null);
  }

  /** A text as {@link #STORED_TEXT} holds it: its UTF-16 units, big-endian. */
  static BytesRef storedText(String text) {
    java.nio.ByteBuffer units = java.nio.ByteBuffer.allocate(2 * text.length());
    units.asCharBuffer().put(text);
    return new BytesRef(units.array());
  }

  /**
   * The text {@link #STORED_TEXT} holds in a stored document: its UTF-16 units, or (written before they were) a string;
   * null for a document whose text is in its JSON.
   */
  static String textIn(Document stored) {
    org.apache.lucene.index.IndexableField field = stored.getField(STORED_TEXT);
    if (field == null) {
      return null;
    }
    BytesRef units = field.binaryValue();
    if (units == null) {
      return field.stringValue();
    }
    char[] chars = new char[units.length / 2];
    java.nio.ByteBuffer.wrap(units.bytes, units.offset, units.length).asCharBuffer().get(chars);
    return new String(chars);
  }

  public static PolicyDocument fromLucene(Document stored) {
    String json = stored.get(STORED_SOURCE);
    String text = textIn(stored);
    try {
      if (text == null) {
        return JSON.readValue(json, PolicyDocument.class); // written before the text had a field: in the JSON
      }
      // the JSON's tokens with the text added as one more field, replayed into the document: no tree is built
      try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(json);
          var tokens = new com.fasterxml.jackson.databind.util.TokenBuffer(parser)) {
        if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
          throw new IOException("not a JSON object");
        }
        tokens.writeStartObject();
        while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          tokens.copyCurrentStructure(parser);
        }
        tokens.writeStringField("text", text);
        tokens.writeEndObject();
        return JSON.readValue(tokens.asParser(JSON), PolicyDocument.class);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stored document cannot be read back: " + e.getMessage(), e);
    }
  }

  /**
   * A visitor of what {@link #textOf} reads: the stored text, which it stops after, or the JSON of a document written
   * before the text had a field of its own.
   */
  static org.apache.lucene.document.DocumentStoredFieldVisitor textVisitor() {
    return new org.apache.lucene.document.DocumentStoredFieldVisitor(STORED_TEXT, STORED_SOURCE) {
      @Override
      public Status needsField(org.apache.lucene.index.FieldInfo field) throws IOException {
        return getDocument().getField(STORED_TEXT) != null ? Status.STOP : super.needsField(field);
      }
    };
  }

  /**
   * Only the text of a stored document (from a document written before the text had a field of its own, out of its
   * JSON up to the {@code text} field and no further): what a check on many documents' texts (a NEAR pair's
   * confirmation) needs, without building the whole document with its paragraphs.
   */
  public static String textOf(Document stored) {
    String text = textIn(stored);
    if (text != null) {
      return text;
    }
    try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(stored.get(STORED_SOURCE))) {
      if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("text")) {
          return parser.getText();
        }
        parser.skipChildren();
      }
      throw new IOException("no text field");
    } catch (IOException e) {
      throw new UncheckedIOException("stored document cannot be read back: " + e.getMessage(), e);
    }
  }

  /**
   * What the 文号 registry lists of a stored document, read from its JSON without building the document (its text
   * is skipped, not copied); null when it states no serial.
   */
  static org.policykb.search.RegistryResult.Numbered numberedOf(Document stored) {
    String id = null;
    String title = null;
    java.time.LocalDate date = null;
    com.fasterxml.jackson.databind.JsonNode official = null;
    try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(stored.get(STORED_SOURCE))) {
      parser.setCodec(JSON);
      if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
        boolean string = value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING;
        switch (name) {
          case "id" -> id = parser.getText();
          case "title" -> title = string ? parser.getText() : null;
          case "date" -> date = string ? java.time.LocalDate.parse(parser.getText()) : null;
          case "official" -> official = parser.readValueAsTree();
          default -> parser.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stored document cannot be read back: " + e.getMessage(), e);
    }
    if (official == null || !official.path("serial").isInt()) {
      return null;
    }
    Integer year = official.path("doc_year").isInt() ? official.path("doc_year").asInt() : null;
    return new org.policykb.search.RegistryResult.Numbered(id, stored.get(Fields.WORK_ID),
        official.path("doc_number_normalized").asText(null), year, official.path("serial").asInt(), title, date);
  }

  private static String toJson(Object d) {
    try {
      return JSON.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("document " + d + " cannot be written as JSON", e);
    }
  }

  /** A work's member as stored ({@link #STORED_MEMBER}), shown or not as its role says. */
  static WorkMember memberOf(Document stored) {
    try {
      WorkMember m = JSON.readValue(stored.get(STORED_MEMBER), WorkMember.class);
      return new WorkMember(m.id(), m.format(), m.ocr(), m.source(), m.date(), roleOf(stored).shown());
    } catch (IOException e) {
      throw new UncheckedIOException("stored member cannot be read back: " + e.getMessage(), e);
    }
  }
}
