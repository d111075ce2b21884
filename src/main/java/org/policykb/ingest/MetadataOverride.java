package org.policykb.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykb.model.PolicyDocument;

/**
 * A curator's corrections, kept in {@code <name>.meta.yaml} next to the article so the article
 * itself stays untouched. Every field present wins over what ingestion found; {@code null} clears
 * it. Example: {@code date: 2025-07-01} or {@code author: [徐光辉]}; the elements of an official
 * document too ({@code doc_number: 国发〔2020〕7号}, {@code issuers: [工业和信息化部, 科学技术部]},
 * {@code doc_type}, {@code date_signed}, {@code date_published}), each then {@code meta_override}.
 */
public record MetadataOverride(Map<String, Object> fields, String fileName) {
  public static final String SUFFIX = ".meta.yaml";
  static final Set<String> ALLOWED = Set.of("title", "date", "year", "source", "author", "authors", "url", "categories",
      "tags", "doc_number", "issuer", "issuers", "doc_type", "date_signed", "date_published");

  public static MetadataOverride parse(byte[] bytes, String fileName) throws UnreadableSourceException {
    String yaml = new String(bytes, StandardCharsets.UTF_8);
    Map<String, Object> fields = YamlReader.readMapping(yaml, "metadata override " + fileName);
    for (String key : fields.keySet()) {
      if (!ALLOWED.contains(key)) {
        throw new UnreadableSourceException(
            "metadata override " + fileName + ": unknown field '" + key + "' (allowed: "
                + String.join(", ", ALLOWED.stream().sorted().toList()) + ")");
      }
    }
    MetadataOverride override = new MetadataOverride(fields, fileName);
    override.date(); // validate now, not at apply time
    override.official(org.policykb.model.OfficialElements.NONE);
    return override;
  }

  public PolicyDocument apply(PolicyDocument d) throws UnreadableSourceException {
    return apply(d, new java.util.ArrayList<>());
  }

  /** Applies the override; what the metadata rules changed in its values goes to {@code warnings}. */
  public PolicyDocument apply(PolicyDocument d, List<String> warnings) throws UnreadableSourceException {
    LocalDate date = has("date") ? date() : d.date();
    Integer year = has("year") ? year() : (has("date") ? null : d.year());
    if (date != null && year != null && date.getYear() != year) {
      throw new UnreadableSourceException(
          "metadata override " + fileName + ": year " + year + " contradicts date " + date);
    }
    boolean authorsSet = has("author") || has("authors");
    boolean dated = has("date") || has("year");
    String dateFrom = !dated ? d.dateFrom() : (date == null && year == null ? null : "meta_override");
    return new PolicyDocument(
        d.id(),
        has("title") ? MetadataRules.value("title", string("title"), warnings) : d.title(),
        has("title") ? false : d.titleDerived(),
        date,
        year,
        dateFrom,
        has("source") ? MetadataRules.value("source", string("source"), warnings) : d.source(),
        authorsSet ? MetadataRules.values("author", list(has("authors") ? "authors" : "author", MetadataValues.NAME_SEPARATORS), warnings) : d.authors(),
        has("url") ? MetadataRules.url(string("url"), warnings) : d.url(),
        has("categories") ? MetadataRules.values("categories", list("categories", MetadataValues.TAG_SEPARATORS), warnings) : d.categories(),
        has("tags") ? MetadataRules.values("tags", list("tags", MetadataValues.TAG_SEPARATORS), warnings) : d.tags(),
        d.text(),
        d.paragraphs(),
        d.file(),
        d.format(),
        d.parks(),
        d.cites(),
        official(d.official()),
        d.pages());
  }

  /**
   * The elements of an official document with the override's {@code doc_number}, {@code issuer(s)},
   * {@code doc_type}, {@code date_signed} and {@code date_published} (each {@code meta_override}).
   */
  private org.policykb.model.OfficialElements official(org.policykb.model.OfficialElements o) throws UnreadableSourceException {
    String number = has("doc_number") ? string("doc_number") : o.docNumber();
    if (has("doc_number") && number != null && org.policykb.model.DocNumber.parse(number) == null) {
      throw new UnreadableSourceException("metadata override " + fileName + ": doc_number must be a 发文字号 such as 国发〔2020〕7号, was '"
          + number + "'");
    }
    boolean issuersSet = has("issuer") || has("issuers");
    List<String> issuers = issuersSet ? list(has("issuers") ? "issuers" : "issuer", MetadataValues.NAME_SEPARATORS) : o.issuers();
    String type = has("doc_type") ? string("doc_type") : o.docType();
    if (has("doc_type") && type != null && !org.policykb.model.OfficialElements.DOC_TYPES.contains(type)) {
      throw new UnreadableSourceException("metadata override " + fileName + ": doc_type must be one of "
          + org.policykb.model.OfficialElements.DOC_TYPES + ", was '" + type + "'");
    }
    LocalDate signed = has("date_signed") ? officialDate("date_signed") : o.dateSigned();
    LocalDate published = has("date_published") ? officialDate("date_published") : o.datePublished();
    return new org.policykb.model.OfficialElements(number, null, null, null, null,
        from("doc_number", number, o.docNumberFrom()), issuers, from(issuersSet, !issuers.isEmpty(), o.issuersFrom()), type,
        from("doc_type", type, o.docTypeFrom()), o.issuedInstrument(), o.issuedInstrumentTitle(), signed,
        from("date_signed", signed, o.dateSignedFrom()), published, from("date_published", published, o.datePublishedFrom()),
        o.recipients(), o.recipientsFrom(), o.cc(), o.ccFrom(), o.printedBy(), o.printedDate(), o.printedFrom(),
        o.attachments(), o.attachmentsFrom(), o.indexNumber(), o.topics());
  }

  private String from(String key, Object value, String before) {
    return from(has(key), value != null, before);
  }

  private static String from(boolean overridden, boolean present, String before) {
    return !overridden ? before : present ? "meta_override" : null;
  }

  private LocalDate officialDate(String key) throws UnreadableSourceException {
    String v = string(key);
    if (v == null) {
      return null;
    }
    LocalDate parsed = DateParser.parse(v);
    if (parsed == null) {
      throw new UnreadableSourceException("metadata override " + fileName + ": " + key + " must look like 2025-07-01, was '" + v + "'");
    }
    return parsed;
  }

  private boolean has(String key) {
    return fields.containsKey(key);
  }

  private String string(String key) {
    return MetadataValues.string(fields.get(key));
  }

  private List<String> list(String key, java.util.regex.Pattern separators) {
    return MetadataValues.list(fields.get(key), separators);
  }

  private LocalDate date() throws UnreadableSourceException {
    String v = string("date");
    if (v == null) {
      return null;
    }
    LocalDate parsed = DateParser.parse(v);
    if (parsed == null) {
      throw new UnreadableSourceException(
          "metadata override " + fileName + ": date must look like 2025-07-01, was '" + v + "'");
    }
    return parsed;
  }

  private Integer year() throws UnreadableSourceException {
    String v = string("year");
    if (v == null) {
      return null;
    }
    Integer y = DateParser.parseYear(v);
    if (y == null) {
      throw new UnreadableSourceException(
          "metadata override " + fileName + ": year must be four digits, was '" + v + "'");
    }
    return y;
  }
}
