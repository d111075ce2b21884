package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signature closing the body with no date under it: the issuers' names on lines of their own after
 * the last sentence (特此公告。 / 江东省财政厅 / 江东市公安局), as a notice whose date was left out is kept, or
 * in parentheses, as sites print the author of a 统计公报 ({@code （江东县统计局）}). Read when no
 * signature above a date named the issuers.
 */
final class UndatedSignature implements ElementReader {
  private static final Pattern BRACKETED = Pattern.compile("[（(]([^（）()]{2,120})[）)]");
  /** The signature is among the last paragraphs: notices and page furniture may follow it. */
  private static final int CLOSING_PARAGRAPHS = 3;
  /** A joint signature stands on a few lines; more are a list of units (an attachment's 名单). */
  private static final int SIGNATURE_LINES = 4;

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    if (!draft.isOfficial() || t.dateAt >= 0) {
      return;
    }
    draft.offerIssuers(onLines(t), "signature");
    for (int i = t.size() - 1; i > t.bodyFrom && i >= t.size() - CLOSING_PARAGRAPHS; i--) {
      Matcher m = BRACKETED.matcher(t.at(i));
      if (m.matches() && t.at(i - 1).contains("。")) {
        draft.offerIssuers(OrganisationNames.in(m.group(1)), "signature");
        return;
      }
    }
  }

  /** The names on the last lines of the text, when a sentence ends right above them; none otherwise. */
  private static List<String> onLines(OfficialText t) {
    List<String> names = new ArrayList<>();
    int i = t.size() - 1;
    for (; i > t.bodyFrom && t.size() - i <= SIGNATURE_LINES; i--) {
      List<String> here = OrganisationNames.in(t.at(i));
      if (here.isEmpty()) {
        break;
      }
      names.addAll(0, here);
    }
    return !names.isEmpty() && i > t.bodyFrom && t.at(i).endsWith("。") ? names : List.of();
  }
}
