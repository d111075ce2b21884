package org.policykb.ingest;

import java.util.regex.Pattern;

/**
 * A date alone in parentheses on the line under an official document's title, as legal databases
 * and collections print the day a 公告 or a speech was made: {@code （1988年3月14日）}. It is the 成文日期
 * when no signature, note or number line dated the document first.
 */
final class DateUnderTitle implements ElementReader {
  private static final Pattern DATE_ALONE =
      Pattern.compile("[（(]\\s*(?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*[）)]");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    if (t.titleAt < 0) {
      return;
    }
    for (int i = t.titleAt + 1; i < Math.min(t.titleAt + 3, t.size()); i++) {
      if (DATE_ALONE.matcher(t.at(i)).matches()) {
        draft.offerDateSigned(DateParser.find(t.at(i)), "header");
        return;
      }
    }
  }
}
