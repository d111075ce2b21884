package org.policykb.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The elements of an official document (公文: GB/T 9704-2012, 党政机关公文处理工作条例 2012) that a
 * document states. Each is null (a list: empty) when the document does not state it, never guessed;
 * each has a {@code *From} naming where it was read: one of {@link #SOURCES}.
 *
 * @param docNumber 发文字号 as printed, e.g. 国发〔2020〕7号 (spaces of a PDF's layout removed)
 * @param docNumberNormalized the same number in its one written form ({@link DocNumber}); given, it only
 *     completes a number printed in part under its heading (a decree's 第707号)
 * @param agencyCode 机关代字 of the number, e.g. 国办发
 * @param docYear the number's year
 * @param serial the number's 序号
 * @param issuers 发文机关, one or several (a joint document), in printed order
 * @param docType 文种: one of {@link #DOC_TYPES}
 * @param issuedInstrument for a 通知 that 印发/转发/批转 another instrument, that instrument's kind
 *     (方案, 办法, 规划, 意见 …)
 * @param issuedInstrumentTitle and its title, without 《》
 * @param dateSigned 成文日期: the date under the signature
 * @param datePublished 发布日期: when it was published (a site's table or a record states it; a printed
 *     document does not)
 * @param recipients 主送机关 as printed, without the closing colon
 * @param cc 抄送机关 as printed, without the closing full stop
 * @param printedBy 印发机关 (版记)
 * @param printedDate 印发日期 (版记)
 * @param attachments 附件说明: the attachments' titles, without their numbers
 * @param indexNumber 索引号 of a government site's information disclosure (信息公开) table
 * @param topics 主题分类 of that table, e.g. 市场监管、安全生产监管\工商 as one entry per category
 */
public record OfficialElements(
    String docNumber,
    String docNumberNormalized,
    String agencyCode,
    Integer docYear,
    Integer serial,
    String docNumberFrom,
    List<String> issuers,
    String issuersFrom,
    String docType,
    String docTypeFrom,
    String issuedInstrument,
    String issuedInstrumentTitle,
    LocalDate dateSigned,
    String dateSignedFrom,
    LocalDate datePublished,
    String datePublishedFrom,
    String recipients,
    String recipientsFrom,
    String cc,
    String ccFrom,
    String printedBy,
    LocalDate printedDate,
    String printedFrom,
    List<String> attachments,
    String attachmentsFrom,
    String indexNumber,
    List<String> topics) {

  /**
   * Where an element can be read: the 版头 (issuer's mark, number under it), the title, the body (主送,
   * 附件说明), the 署名 and 成文日期 at the end, the 版记 (抄送, 印发), a site page's metadata table, a
   * record's fields, or a curator's {@code .meta.yaml}.
   */
  public static final List<String> SOURCES =
      List.of("header", "title", "body", "signature", "closing", "page_table", "record", "meta_override");

  /** The 15 文种 of the 条例 (令 for 命令（令）). */
  public static final List<String> DOC_TYPES =
      List.of("决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要");

  /** A document that states none of them. */
  public static final OfficialElements NONE = new OfficialElements(null, null, null, null, null, null, List.of(), null,
      null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), null, null, List.of());

  public OfficialElements {
    issuers = issuers == null ? List.of() : List.copyOf(issuers);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    topics = topics == null ? List.of() : List.copyOf(topics);
    from("doc_number", docNumber, docNumberFrom);
    from("issuers", issuers.isEmpty() ? null : issuers, issuersFrom);
    from("doc_type", docType, docTypeFrom);
    from("date_signed", dateSigned, dateSignedFrom);
    from("date_published", datePublished, datePublishedFrom);
    from("recipients", recipients, recipientsFrom);
    from("cc", cc, ccFrom);
    from("printed_by", printedBy != null || printedDate != null ? "" : null, printedFrom);
    from("attachments", attachments.isEmpty() ? null : attachments, attachmentsFrom);
    if (docType != null && !DOC_TYPES.contains(docType)) {
      throw new IllegalArgumentException("doc_type must be one of " + DOC_TYPES + ", was " + docType);
    }
    docNumber = docNumber == null ? null : DocNumber.withoutSpaces(docNumber);
    DocNumber parsed = DocNumber.parse(docNumber);
    if (parsed == null && docNumber != null && docNumberNormalized != null) {
      // a decree's 第707号 under its heading: the series comes with the normal form
      DocNumber whole = DocNumber.parse(docNumberNormalized);
      parsed = whole != null && whole.equals(DocNumber.underHeading(whole.agencyCode(), docNumber)) ? whole : null;
    }
    if (docNumber != null && parsed == null) {
      throw new IllegalArgumentException("doc_number is not a 发文字号: " + docNumber);
    }
    docNumberNormalized = parsed == null ? null : parsed.normalized();
    agencyCode = parsed == null ? null : parsed.agencyCode();
    docYear = parsed == null ? null : parsed.year();
    serial = parsed == null ? null : parsed.serial();
  }

  private static void from(String element, Object value, String from) {
    if ((value == null) != (from == null)) {
      throw new IllegalArgumentException(element + "_from '" + from + "' without a value, or the reverse");
    }
    if (from != null && !SOURCES.contains(from)) {
      throw new IllegalArgumentException("unknown " + element + "_from '" + from + "'");
    }
  }
}
