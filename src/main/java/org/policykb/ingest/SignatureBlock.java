package org.policykb.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

  /** The note under a signature whose organ has no seal of its own: （国家卫生健康委代章）. */
  private static final Pattern SEAL_NOTE = Pattern.compile("[（(][\\p{IsHan}、]{2,40}代章[）)]");
  /** A line holding only part of a long name, wrapped onto the next line: Han characters, nothing else. */
  private static final Pattern NAME_PART = Pattern.compile("[\\p{IsHan}（）()·]{2,20}");

  /** {@code joined} when it is one name, beginning as names do (a place's, a central organ's); null otherwise. */
  private static String wholeName(String joined) {
    return OrganisationNames.ORGANISATION.matcher(joined).matches() && OrganisationNames.beginsAName(joined) ? joined : null;
  }

  /** A joint document signs with up to a score of organs, one a line (十部门, 十七部门 …). */
  private static final int MAX_SIGNATURE_LINES = 24;

  /** A name this long that begins as no name does goes on from the line above; a short one (外汇局) is a short form. */
  private static final int LONG_NAME = 8;

  private static List<String> above(OfficialText t, int dateAt) {
    List<String> names = new ArrayList<>();
    int from = dateAt - 1;
    if (from >= 0 && SEAL_NOTE.matcher(t.at(from)).matches()) {
      from--; // the seal note stands between the name and the date
    }
    int single = -1; // the line right below, when it held one name by itself
    for (int i = from; i >= 0 && dateAt - i <= MAX_SIGNATURE_LINES; i--) {
      List<String> here = OrganisationNames.in(t.at(i));
      String continued = here.size() == 1 && single == i + 1 && names.get(0).length() >= LONG_NAME
          && !OrganisationNames.beginsAName(names.get(0)) ? wholeName(t.at(i) + names.get(0)) : null;
      if (continued != null) {
        // 国务院 / 应对新型冠状病毒肺炎疫情联防联控机制综合组: the lower line begins as no name does, it goes on from the upper
        names.set(0, continued);
        single = -1;
        continue;
      }
      if (!here.isEmpty()) {
        names.addAll(0, here);
        single = here.size() == 1 ? i : -1;
        continue;
      }
      // a long name set on two lines: 国务院应对新型冠状病毒肺炎 / 疫情联防联控机制综合组 (neither a name alone)
      // or 国务院应对新型冠状病毒肺炎疫情 / 联防联控机制综合组办公室 (the lower part a name alone)
      if (!NAME_PART.matcher(t.at(i)).matches()) {
        break;
      }
      String below = single == i + 1 ? wholeName(t.at(i) + t.at(i + 1)) : null;
      if (below != null) {
        names.set(0, below);
        single = -1;
        continue;
      }
      String pair = names.isEmpty() && i > 0 && NAME_PART.matcher(t.at(i - 1)).matches() ? wholeName(t.at(i - 1) + t.at(i)) : null;
      if (pair == null) {
        break;
      }
      names.add(0, pair);
      single = -1;
      i--;
    }
    return names;
  }
}
