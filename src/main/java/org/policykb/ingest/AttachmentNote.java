package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first 附件说明 after the body's start — under the body or under an instrument the document
 * issues: {@code 附件：1．标题} with the further numbered titles on their own lines, or
 * {@code 附件：标题}, or {@code 附件：} with the title on the next line.
 */
final class AttachmentNote implements ElementReader {
  private static final Pattern LEAD = Pattern.compile("附\\s*件\\s*[：:]\\s*(.*)");
  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})\\s*[．.、]\\s*(.+)");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    draft.offerAttachments(titles(t.p, t.bodyFrom + 1), "body");
  }

  private static List<String> titles(List<String> p, int from) {
    for (int i = from; i < p.size(); i++) {
      Matcher lead = LEAD.matcher(p.get(i));
      if (!lead.matches()) {
        continue;
      }
      List<String> titles = new ArrayList<>();
      String first = lead.group(1).strip();
      if (first.isEmpty()) {
        if (i + 1 < p.size() && !p.get(i + 1).contains("。")) {
          titles.add(p.get(i + 1));
        }
        return titles;
      }
      Matcher numbered = NUMBERED.matcher(first);
      titles.add(numbered.matches() ? numbered.group(2).strip() : first);
      for (int j = i + 1; j < p.size() && numbered.matches(); j++) {
        Matcher next = NUMBERED.matcher(p.get(j));
        if (!next.matches()) {
          break;
        }
        titles.add(next.group(2).strip());
      }
      return titles;
    }
    return List.of();
  }
}
