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

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
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
      return;
    }
  }
}
