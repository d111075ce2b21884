package org.policykb.search;

import java.time.LocalDate;
import org.policykb.model.PolicyDocument;
import org.policykb.model.PublishedFormat;

/**
 * One file (or record) of a work, as a hit or a document lists its work's members.
 *
 * @param format how it was published ({@link PublishedFormat}): html, record, txt, docx, doc, pdf, ofd, or catalogue (a
 *     search service's entry without the text)
 * @param ocr whether some of its text was read by OCR from pictures of its pages (a scan)
 * @param shown whether it is the member whose text a search shows for the work
 */
public record WorkMember(String id, String format, boolean ocr, String source, LocalDate date, boolean shown) {
  public static WorkMember of(PolicyDocument d, boolean shown) {
    return new WorkMember(d.id(), PublishedFormat.of(d.file(), d.format()), d.readByOcr(), d.source(), d.date(), shown);
  }

  /** The order members are listed in: the shown member first, then from the best read (format, OCR last), then id. */
  public static final java.util.Comparator<WorkMember> ORDER = java.util.Comparator.comparing((WorkMember m) -> !m.shown())
      .thenComparingInt(m -> PublishedFormat.rank(m.format(), m.ocr()))
      .thenComparing(WorkMember::id);
}
