package org.policykb.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * The 版记 after the 成文日期: 抄送：… and the 印发机关 with the 印发日期 (…办公厅 2023年3月1日印发); and a 发文字号
 * standing alone after it, where a Word document's 版头, set in frames, comes out last when it is saved as text.
 */
final class ClosingLines implements ElementReader {
  private static final Pattern CC = Pattern.compile("抄\\s*送\\s*[：:]\\s*(.+?)[。.]?");
  private static final Pattern PRINTED = Pattern.compile(
      "(.{2,60}?)\\s*((?:\\d|\\s){4,}年.{1,12}日|[〇○零一二三四五六七八九]{4}年.{1,6}日)\\s*印\\s*发");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    boolean afterPrinted = false;
    for (int i = Math.max(0, t.dateAt); i < t.size(); i++) {
      if (afterPrinted && DocNumber.parse(t.at(i)) != null) {
        draft.offerDocNumber(t.at(i), "closing"); // the 版头's number, which a Word export set after the 版记
      }
      Matcher cc = CC.matcher(t.at(i));
      if (cc.matches()) {
        draft.offerCc(cc.group(1), "closing");
      }
      Matcher printed = PRINTED.matcher(t.at(i));
      if (printed.matches()) {
        draft.offerPrinted(printed.group(1).strip(), DateParser.whole(printed.group(2)), "closing");
        afterPrinted = true;
      }
    }
  }
}
