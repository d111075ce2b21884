package org.policykb.search;

import java.time.LocalDate;
import org.policykb.model.PolicyDocument;
import org.policykb.model.PublishedFormat;

/**
 * One file (or record) of a work, as a hit or a document lists its work's members.
 *
 * @param format how it was published ({@link PublishedFormat}): html, record, txt, docx, doc, pdf, ofd, or catalogue (a
 *     search service's entry without the text)
 * @param shown whether it is the member whose text a search shows for the work
 */
public record WorkMember(String id, String format, String source, LocalDate date, boolean shown) {
  public static WorkMember of(PolicyDocument d, boolean shown) {
    return new WorkMember(d.id(), PublishedFormat.of(d.file(), d.format()), d.source(), d.date(), shown);
  }

  /** The order members are listed in: the shown member first, then by format from the best read, then id. */
  public static final java.util.Comparator<WorkMember> ORDER = java.util.Comparator.comparing((WorkMember m) -> !m.shown())
      .thenComparingInt(m -> PublishedFormat.rank(m.format()))
      .thenComparing(WorkMember::id);
}
