package org.policykb.index;

import java.time.LocalDate;
import java.util.List;
import org.policykb.analysis.CharFolding;
import org.policykb.ingest.ReferenceFinder;
import org.policykb.ingest.RevisionLines;
import org.policykb.model.PolicyDocument;
import org.policykb.model.Reference;

/**
 * What a build knows of one document to resolve references to it and from it ({@link Links}), kept in
 * the manifest so that an incremental build resolves the references of unchanged documents to added ones
 * without reading them again.
 *
 * @param id the document's id
 * @param title its title as stated; null when it states none (a title derived from the first sentence names nothing)
 * @param instrument the title of the instrument it issues (关于印发《X》的通知 → X); null when it issues none
 * @param number its 发文字号, normalised; null when it states none
 * @param date the day it was issued: its 成文日期, else its publication date, or the last revision its head states when
 *     that is later (the version a law's text is); null when it states none
 * @param issuers its issuing organs, as read
 * @param references every reference of its title and text, in order
 */
public record LinkSignature(String id, String title, String instrument, String number, LocalDate date,
    List<String> issuers, List<Reference> references) {

  public LinkSignature {
    issuers = issuers == null ? List.of() : List.copyOf(issuers);
    references = references == null ? List.of() : List.copyOf(references);
  }

  public static LinkSignature of(PolicyDocument d) {
    String title = d.title() == null || d.titleDerived() ? null : d.title();
    return new LinkSignature(d.id(), title, d.official().issuedInstrumentTitle(), d.official().docNumberNormalized(),
        dateOf(d), d.official().issuers(), ReferenceFinder.find(d.text(), title));
  }

  /**
   * The day a document was issued, as links compare versions by it: its 成文日期, else its publication date, or the
   * last revision its head states when that is later (the version a law's text is); null when it states none.
   */
  public static LocalDate dateOf(PolicyDocument d) {
    LocalDate date = d.official().dateSigned() != null ? d.official().dateSigned() : d.date();
    LocalDate version = RevisionLines.versionDate(d.text());
    return version != null && (date == null || version.isAfter(date)) ? version : date;
  }

  /**
   * The last day it can have been issued on: its date, else the end of the year its number states; null when
   * neither is known.
   */
  public LocalDate latestDay() {
    if (date != null) {
      return date;
    }
    org.policykb.model.DocNumber n = org.policykb.model.DocNumber.parse(number);
    return n == null || n.year() == null ? null : LocalDate.of(n.year(), 12, 31);
  }

  /**
   * The key titles are compared by: folded ({@link CharFolding#fold}), marks, brackets and 、 gone, and without a
   * bracketed edition at its end (（2018年修订）, （2021年版）, 【2013修正】): one text's versions share a title; null for null.
   */
  public static String key(String title) {
    if (title == null) {
      return null;
    }
    // 、 between joint issuers is printed as a space as often (最高人民法院、最高人民检察院关于… = 最高人民法院 最高人民检察院关于…)
    String k = CharFolding.fold(EDITION.matcher(title.strip()).replaceFirst("")).replace("、", "");
    return k.isEmpty() ? null : k;
  }

  /** A bracketed edition ending a title: a year and 修订, 修正, 修改 or 版. */
  private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile(
      "[（(【〔\\[]\\s*(?:19|20)[0-9０-９]{2}\\s*年?\\s*(?:修订|修正|修改|版|年版)?\\s*(?:本|版)?[）)】〕\\]]$");
}
