package org.policykb.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * The 版头 of GB/T 9704-2012 above the title: the 发文机关标志 ending in 文件 (a joint document's names
 * stacked above it, 文件 beside the last) and the 发文字号 on a line of its own.
 */
final class HeaderBlock implements ElementReader {
  private static final Pattern MARK = Pattern.compile("(.{2,60}?)\\s*文件");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    for (int i = 0; i < t.headerEnd(); i++) {
      String line = t.at(i);
      if (DocNumber.parse(line) != null) {
        draft.offerDocNumber(line, "header");
        t.headerUpTo(i);
      } else if (t.markIssuers.isEmpty() && (t.titleAt < 0 || i < t.titleAt)) {
        Matcher m = MARK.matcher(line);
        if (m.matches()) {
          List<String> issuers = OfficialText.copy(OrganisationNames.in(m.group(1)));
          for (int j = i - 1; j >= 0 && !issuers.isEmpty() && !OrganisationNames.in(t.at(j)).isEmpty(); j--) {
            issuers.addAll(0, OrganisationNames.in(t.at(j)));
          }
          t.markIssuers = issuers;
        }
      }
    }
  }
}
