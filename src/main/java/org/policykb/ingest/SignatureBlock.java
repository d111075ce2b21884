package org.policykb.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 署名 and 成文日期 that close the document: the first date standing alone after the body's start,
 * and the organisations named in the lines right above it (one a line, or several on one).
 */
final class SignatureBlock implements ElementReader {
  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    for (int i = Math.max(t.bodyFrom, t.recipientsAt + 1) + 1; i < t.size(); i++) {
      LocalDate d = DateParser.whole(t.at(i));
      if (d != null) {
        t.dateAt = i;
        draft.offerDateSigned(d, "signature");
        break;
      }
    }
    if (t.dateAt > 0) {
      draft.offerIssuers(above(t, t.dateAt), "signature");
    }
  }

  /**
   * Whether the text closes as an official document does whatever its head shows: a date standing alone
   * among its last paragraphs with organisations' names right above it (a body-only text kept without
   * its title and number still signs).
   */
  static boolean closesWithSignature(OfficialText t) {
    for (int i = t.size() - 1; i >= Math.max(1, t.size() - CLOSING_PARAGRAPHS); i--) {
      if (DateParser.whole(t.at(i)) != null) {
        List<String> names = above(t, i);
        // a body of sentences comes before it: a byline and a date under a headline are no signature
        return !names.isEmpty() && t.p.subList(0, i - names.size()).stream().anyMatch(p -> p.contains("。"));
      }
    }
    return false;
  }

  private static final int CLOSING_PARAGRAPHS = 4;

  /**
   * The names signed right above the date: one a line or several on one, a long name wrapped over two
   * lines ({@code 国务院应对新型冠状病毒肺炎} / {@code 疫情联防联控机制综合组}); the organ that lends its seal
   * ({@code （国家卫生健康委代章）}) signs nothing.
   */
  private static List<String> above(OfficialText t, int dateAt) {
    List<String> names = new ArrayList<>();
    int from = dateAt - 1;
    if (from >= 0 && SEAL_LENT.matcher(t.at(from)).matches()) {
      from--;
    }
    int top = from;
    for (int i = from; i >= 0 && dateAt - i <= 5; i--) {
      List<String> here = OrganisationNames.in(t.at(i));
      if (here.isEmpty()) {
        // the first line of a name wrapped over two, beginning as a name does: the two make one name
        String joined = t.at(i) + t.at(top);
        if (i + 1 == top && !names.isEmpty() && OrganisationNames.in(t.at(top)).size() == 1
            && OrganisationNames.ORGANISATION.matcher(joined).matches() && OrganisationNames.beginsAName(t.at(i))) {
          names.set(0, joined);
        }
        break;
      }
      names.addAll(0, here);
      top = i;
    }
    return names;
  }

  private static final java.util.regex.Pattern SEAL_LENT = java.util.regex.Pattern.compile("[（(]\\p{IsHan}{2,30}代章[）)]");
}
