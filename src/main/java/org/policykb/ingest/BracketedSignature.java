package org.policykb.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signature in parentheses closing the body with no date under it, as sites print the author of a
 * 统计公报 or a 通报 ({@code （江东县统计局）}): read when no signature above a date named the issuers.
 */
final class BracketedSignature implements ElementReader {
  private static final Pattern BRACKETED = Pattern.compile("[（(]([^（）()]{2,120})[）)]");
  /** The signature is among the last paragraphs: notices and page furniture may follow it. */
  private static final int CLOSING_PARAGRAPHS = 3;

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    if (!draft.isOfficial()) {
      return;
    }
    for (int i = t.size() - 1; i > t.bodyFrom && i >= t.size() - CLOSING_PARAGRAPHS; i--) {
      Matcher m = BRACKETED.matcher(t.at(i));
      if (m.matches() && t.at(i - 1).contains("。")) {
        draft.offerIssuers(OrganisationNames.in(m.group(1)), "signature");
        return;
      }
    }
  }
}
