package org.policykb.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 版记 after the 成文日期: 抄送：… and the 印发机关 with the 印发日期 (…办公厅 2023年3月1日印发). */
final class ClosingLines implements ElementReader {
  private static final Pattern CC = Pattern.compile("抄\\s*送\\s*[：:]\\s*(.+?)[。.]?");
  private static final Pattern PRINTED = Pattern.compile(
      "(.{2,60}?)\\s*((?:\\d|\\s){4,}年.{1,12}日|[〇○零一二三四五六七八九]{4}年.{1,6}日)\\s*印\\s*发");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    for (int i = Math.max(0, t.dateAt); i < t.size(); i++) {
      Matcher cc = CC.matcher(t.at(i));
      if (cc.matches()) {
        draft.offerCc(cc.group(1), "closing");
      }
      Matcher printed = PRINTED.matcher(t.at(i));
      if (printed.matches()) {
        draft.offerPrinted(printed.group(1).strip(), DateParser.whole(printed.group(2)), "closing");
      }
    }
  }
}
