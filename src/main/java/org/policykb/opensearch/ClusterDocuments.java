package org.policykb.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policykb.analysis.CharFolding;
import org.policykb.analysis.Paragraphs;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.index.WorkRole;
import org.policykb.ingest.Regions;
import org.policykb.model.PolicyDocument;

/** {@link PolicyDocument} ⇄ the JSON an OpenSearch index of {@link ClusterSchema} holds. */
public final class ClusterDocuments {
  private static final ObjectMapper JSON = Json.mapper();
  /** The text's words as the embedded index holds and counts them ({@link Fields#WORD_COUNT}). */
  private static final org.policykb.text.WordSegmenter WORDS =
      new org.policykb.text.WordSegmenter(org.policykb.analysis.Analyzers.words());

  private ClusterDocuments() {}

  /** The terms as {@link ClusterSchema#TERMS_ANALYZER} reads them: a space between two, a GAP for each empty position. */
  static String spaced(org.policykb.text.WordSegmenter.Positioned words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.terms().size(); i++) {
      for (int gap = words.increments()[i] - 1; gap > 0; gap--) {
        out.append(ClusterSchema.GAP).append(' ');
      }
      out.append(words.terms().get(i)).append(' ');
    }
    return out.toString().stripTrailing();
  }

  public static ObjectNode toJson(PolicyDocument d, WorkRole role) {
    return toJson(d, role, 0);
  }

  /** The document in its role, cited by {@code citedBy} works ({@link Fields#CITED_BY}). */
  public static ObjectNode toJson(PolicyDocument d, WorkRole role, int citedBy) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put(Fields.ID, d.id());
    doc.put(Fields.WORK_ID, role.work());
    if (role.shown()) {
      doc.put(Fields.WORK_SHOWN, true);
    }
    doc.set(ClusterSchema.DOC, JSON.valueToTree(d));
    // one value per paragraph, Paragraphs.GAP positions apart (the mapping's position_increment_gap)
    ArrayNode paragraphs = doc.putArray(Fields.TEXT_EXACT);
    Paragraphs.folded(d.text()).forEach(p -> paragraphs.add(p + ClusterSchema.SENTINEL));
    org.policykb.text.WordSegmenter.Positioned words = WORDS.positioned(d.text());
    doc.put(Fields.TEXT_WORDS, spaced(words));
    if (d.title() != null) {
      doc.put(Fields.TITLE_EXACT, CharFolding.fold(d.title()) + ClusterSchema.SENTINEL);
      doc.put(Fields.TITLE_WORDS, CharFolding.foldForWords(d.title()));
    }
    if (d.date() != null) {
      doc.put(Fields.DATE, d.date().toEpochDay());
    }
    if (d.year() != null) {
      doc.put(Fields.YEAR, d.year());
    }
    if (d.source() != null) {
      doc.put(Fields.SOURCE_NAME, d.source());
    }
    if (!d.parks().isEmpty()) {
      d.parks().forEach(doc.putArray(Fields.PARK)::add);
    }
    if (!d.categories().isEmpty()) {
      d.categories().forEach(doc.putArray(Fields.CATEGORY)::add);
    }
    if (!d.cites().isEmpty()) {
      d.cites().forEach(doc.putArray(Fields.CITES)::add);
    }
    org.policykb.model.OfficialElements o = d.official();
    if (!o.issuers().isEmpty()) {
      o.issuers().forEach(doc.putArray(Fields.ISSUER)::add);
    }
    if (o.docType() != null) {
      doc.put(Fields.DOC_TYPE, o.docType());
    }
    if (o.agencyCode() != null) {
      doc.put(Fields.AGENCY_CODE, o.agencyCode());
    }
    if (o.docYear() != null) {
      doc.put(Fields.DOC_YEAR, o.docYear().toString());
    }
    Regions.Place place = Regions.of(o.issuers());
    if (place.province() != null) {
      doc.put(Fields.REGION, place.province());
    }
    if (place.level() != null) {
      doc.put(Fields.LEVEL, place.level());
    }
    if (o.docNumberNormalized() != null) {
      doc.put(Fields.DOC_NUMBER, o.docNumberNormalized());
    }
    doc.put(Fields.TEXT_CHARS, d.textChars());
    doc.put(Fields.WORD_COUNT, words.wordCount());
    doc.put(Fields.CITED_BY, citedBy); // 0 until the build has resolved every link
    return doc;
  }

  /** The work role of a hit's {@code _source}. */
  public static WorkRole roleOf(JsonNode source) {
    return new WorkRole(source.path(Fields.WORK_ID).asText(), source.path(Fields.WORK_SHOWN).asBoolean(false));
  }

  /** The document of a hit's {@code _source}. */
  public static PolicyDocument fromSource(JsonNode source) {
    try {
      return JSON.treeToValue(source.path(ClusterSchema.DOC), PolicyDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored document cannot be read back: " + e.getMessage(), e);
    }
  }
}
