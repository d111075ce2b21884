package org.policykb.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * A 令 as it is printed and as legal databases export it: the heading naming the series
 * ({@code 中华人民共和国国务院令}, {@code 上海市人民政府令}), the number on the next line ({@code 第707号},
 * {@code （第19号）}) or beside it. The issuer is the organ of the heading — never the 市长 or 总理 who
 * signs — and the 文种 is 命令.
 */
final class DecreeHeading implements ElementReader {
  private static final Pattern HEADING = Pattern.compile("(?:中华人民共和国)?(\\p{IsHan}{2,30}?)令\\s*(.*)");

  /** A decree's number standing alone, as it is printed under the heading. */
  private static final Pattern SERIAL = Pattern.compile("[（(]?第\\s*\\d{1,5}\\s*号[）)]?");
  /** The sentence that promulgates what the decree issues (…已经…通过，现予公布，自…起施行). */
  private static final Pattern PROMULGATES = Pattern.compile("现予(公布|发布|施行)");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    if (!heading(t, draft)) {
      headingLost(t, draft);
    }
  }

  /**
   * A 令 kept without its heading's line (a site's body-only text export): its first line the number
   * standing alone, the promulgation right under it. The 文种 is 命令; the number, without its series,
   * and the issuer, which only the lost heading named, stay unread.
   */
  private static void headingLost(OfficialText t, OfficialDraft draft) {
    int first = Math.max(0, t.titleAt + 1);
    if (first + 1 < t.size() && SERIAL.matcher(t.at(first)).matches() && PROMULGATES.matcher(t.at(first + 1)).find()) {
      draft.offerDocType("命令", "header");
      t.headerUpTo(first);
    }
  }

  private static boolean heading(OfficialText t, OfficialDraft draft) {
    for (int i = 0; i < t.headerEnd(); i++) {
      Matcher m = HEADING.matcher(t.at(i).replaceAll("[\\s\\u3000]+", " ").strip());
      if (!m.matches() || OrganisationNames.in(m.group(1)).size() != 1) {
        continue;
      }
      String series = t.at(i).replaceAll("[\\s\\u3000]+", "").replaceFirst("令.*$", "令");
      String rest = m.group(2).strip();
      int at = i;
      if (rest.isEmpty() && i + 1 < t.size()) {
        rest = t.at(i + 1);
        at = i + 1;
      }
      DocNumber whole = DocNumber.underHeading(series, rest);
      if (whole == null) {
        continue;
      }
      String printed = rest.strip().replaceAll("^[（(]|[）)]$", "");
      draft.offerDocNumber(printed, whole, "header");
      draft.offerIssuers(List.of(m.group(1)), "header");
      draft.offerDocType("命令", "header");
      t.headerUpTo(at);
      return true;
    }
    return false;
  }
}
