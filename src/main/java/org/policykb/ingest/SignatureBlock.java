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

  /**
   * Whether the text closes with a date standing alone among its last paragraphs, after a body of
   * sentences: the 成文日期 of a text kept without its signature's names.
   */
  static boolean closesWithDate(OfficialText t) {
    for (int i = t.size() - 1; i >= Math.max(1, t.size() - CLOSING_PARAGRAPHS); i--) {
      if (DateParser.whole(t.at(i)) != null) {
        return t.p.subList(0, i).stream().anyMatch(p -> p.contains("。"));
      }
    }
    return false;
  }

  private static final int CLOSING_PARAGRAPHS = 4;

  private static List<String> above(OfficialText t, int dateAt) {
    List<String> names = new ArrayList<>();
    for (int i = dateAt - 1; i >= 0 && dateAt - i <= 4; i--) {
      List<String> here = OrganisationNames.in(t.at(i));
      if (here.isEmpty()) {
        break;
      }
      names.addAll(0, here);
    }
    return names;
  }
}
