package org.policykb.ingest;

import java.util.List;
import org.policykb.model.DocNumber;

/**
 * The title as the text prints it: where it stands (joined when set on two lines), the 文种 it ends
 * with (…的通知, …的指导意见) and, for a 通知 that 印发/转发 an instrument, that instrument.
 */
final class TitleLine implements ElementReader {
  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    t.titleAt = t.title == null ? -1 : indexOf(t.p, t.title, OfficialText.HEADER_PARAGRAPHS);
    if (t.title != null) {
      listedAt(t); // the title printed on a line with its number, as a list of documents prints it, above any copy
    }
    if (t.title != null && PolicyTitles.docType(t.title) == null && t.titleAt >= 0 && t.titleAt + 1 < t.size()) {
      String joined = PolicyTitles.onTwoLines(t.title, t.at(t.titleAt + 1));
      t.fullTitle = joined != null ? joined : t.title;
    }
    String[] numbered = ParenthesisedNumber.split(t.fullTitle);
    String bare = numbered != null ? numbered[0] : t.fullTitle;
    draft.offerDocType(PolicyTitles.docType(bare), "title");
    String[] issued = PolicyTitles.issuedInstrument(bare);
    if (issued != null && PolicyTitles.docType(bare) != null) {
      draft.offerIssuedInstrument(issued[0], issued[1]);
    }
    t.bodyFrom = Math.max(0, t.titleAt + 1);
  }

  /** The line that prints the title with a number ({@link TitleFinder#listed}): where the title is, and its full form when numbered. */
  private static void listedAt(OfficialText t) {
    int within = t.titleAt < 0 ? OfficialText.HEADER_PARAGRAPHS : t.titleAt;
    for (int i = 0; i < Math.min(within, t.size()); i++) {
      String listed = TitleFinder.listed(TextNormalizer.heading(t.at(i)));
      if (listed != null && DocNumber.withoutSpaces(listed).equals(DocNumber.withoutSpaces(t.title))) {
        t.titleAt = i;
        t.fullTitle = TitleFinder.decreeListed(t.at(i)) == null ? t.at(i) : t.title;
        return;
      }
    }
  }

  private static int indexOf(List<String> p, String title, int within) {
    for (int i = 0; i < Math.min(within, p.size()); i++) {
      if (p.get(i).equals(title) || i + 1 < p.size() && (p.get(i) + p.get(i + 1)).equals(title)) {
        return i;
      }
    }
    return -1;
  }
}
