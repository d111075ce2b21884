package org.policykb.ingest;

import java.time.LocalDate;
import java.util.List;
import org.policykb.model.DocNumber;
import org.policykb.model.OfficialElements;

/**
 * The elements of an official document as they are found: the first place that states one decides
 * it, in the order they are offered — what a file states as metadata (a record's fields, a site's
 * table, a curator's override) before what the text shows ({@link OfficialElementsFinder}).
 */
final class OfficialDraft {
  private String docNumber;
  private String docNumberNormalized;
  private String docNumberFrom;
  private List<String> issuers = List.of();
  private String issuersFrom;
  private String docType;
  private String docTypeFrom;
  private String issuedInstrument;
  private String issuedInstrumentTitle;
  private LocalDate dateSigned;
  private String dateSignedFrom;
  private LocalDate datePublished;
  private String datePublishedFrom;
  private String recipients;
  private String recipientsFrom;
  private String cc;
  private String ccFrom;
  private String printedBy;
  private LocalDate printedDate;
  private String printedFrom;
  private List<String> attachments = List.of();
  private String attachmentsFrom;
  private String indexNumber;
  private List<String> topics = List.of();

  /** A 发文字号 as printed; ignored unless it is one. */
  void offerDocNumber(String printed, String from) {
    if (docNumber == null && printed != null && DocNumber.parse(printed) != null) {
      docNumber = printed;
      docNumberFrom = from;
    }
  }

  /** A number printed in part ({@code printed}: 第707号 under 中华人民共和国国务院令) and the whole it reads as. */
  void offerDocNumber(String printed, DocNumber whole, String from) {
    if (docNumber == null && printed != null && whole != null) {
      docNumber = printed;
      docNumberNormalized = whole.normalized();
      docNumberFrom = from;
    }
  }

  /**
   * The issuers; a list the text offers replaces a record's when it names the record's and more (a
   * database cuts a joint document's issuers to the first one or two).
   */
  void offerIssuers(List<String> names, String from) {
    if (names == null || names.isEmpty()) {
      return;
    }
    boolean fuller = "record".equals(issuersFrom) && !"record".equals(from) && names.size() > issuers.size() && names.containsAll(issuers);
    if (issuersFrom == null || fuller) {
      issuers = List.copyOf(names);
      issuersFrom = from;
    }
  }

  void offerDocType(String type, String from) {
    if (docType == null && type != null) {
      docType = type;
      docTypeFrom = from;
    }
  }

  /**
   * A 令's heading: the document is a 命令, though the title it is listed under — what it promulgates —
   * ends in another 文种 (中国人民银行关于修改《支付结算办法》的决定); a 文种 metadata states stays.
   */
  void decree() {
    if (docType == null || "title".equals(docTypeFrom)) {
      docType = "命令";
      docTypeFrom = "header";
    }
  }

  void offerIssuedInstrument(String kind, String title) {
    if (issuedInstrumentTitle == null && title != null) {
      issuedInstrument = kind;
      issuedInstrumentTitle = title;
    }
  }

  void offerDateSigned(LocalDate date, String from) {
    if (dateSigned == null && date != null) {
      dateSigned = date;
      dateSignedFrom = from;
    }
  }

  void offerDatePublished(LocalDate date, String from) {
    if (datePublished == null && date != null) {
      datePublished = date;
      datePublishedFrom = from;
    }
  }

  void offerRecipients(String printed, String from) {
    if (recipients == null && printed != null && !printed.isBlank()) {
      recipients = printed.strip();
      recipientsFrom = from;
    }
  }

  void offerCc(String printed, String from) {
    if (cc == null && printed != null && !printed.isBlank()) {
      cc = printed.strip();
      ccFrom = from;
    }
  }

  void offerPrinted(String by, LocalDate date, String from) {
    if (printedFrom == null && (by != null || date != null)) {
      printedBy = by;
      printedDate = date;
      printedFrom = from;
    }
  }

  void offerAttachments(List<String> titles, String from) {
    if (attachmentsFrom == null && titles != null && !titles.isEmpty()) {
      attachments = List.copyOf(titles);
      attachmentsFrom = from;
    }
  }

  /** 索引号 and 主题分类 come only from a site's table, so they need no {@code from}. */
  void offerDisclosure(String index, List<String> categories) {
    if (indexNumber == null && index != null && !index.isBlank()) {
      indexNumber = index.strip();
    }
    if (topics.isEmpty() && categories != null) {
      topics = categories.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
  }

  /** Whether the document shows itself an official one: a 发文字号 or a title ending in a 文种. */
  boolean isOfficial() {
    return docNumber != null || docType != null;
  }

  /** The title of the instrument a 通知 issues (关于印发《…》的通知), null when it issues none. */
  String issuedInstrumentTitle() {
    return issuedInstrumentTitle;
  }

  boolean hasDocNumber() {
    return docNumber != null;
  }

  boolean hasIssuers() {
    return !issuers.isEmpty();
  }

  boolean hasDocType() {
    return docType != null;
  }

  /** The 成文日期 found so far, or null. */
  LocalDate dateSigned() {
    return dateSigned;
  }

  OfficialElements build() {
    return new OfficialElements(docNumber, docNumberNormalized, null, null, null, docNumberFrom, issuers, issuersFrom, docType, docTypeFrom,
        issuedInstrument, issuedInstrumentTitle, dateSigned, dateSignedFrom, datePublished, datePublishedFrom, recipients,
        recipientsFrom, cc, ccFrom, printedBy, printedDate, printedFrom, attachments, attachmentsFrom, indexNumber, topics);
  }
}
