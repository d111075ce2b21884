package org.policykb.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * The date and the 发文字号 printed side by side on one line under the title, as legal databases export
 * older judicial documents: {@code 1994年4月22日　法发〔1994〕9号}, {@code 1989年9月7日 〔89〕高检会（研）字第12号}
 * (or the number first). The number is the document's; the date is its 成文日期 unless a signature dates it.
 */
final class DatedNumberLine implements ElementReader {
  private static final String DATE = "(?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日";
  private static final Pattern DATE_FIRST = Pattern.compile("(" + DATE + ")[\\s\\u3000]+(\\S.{3,40})");
  private static final Pattern NUMBER_FIRST = Pattern.compile("(\\S.{3,40}?)[\\s\\u3000]+(" + DATE + ")");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    for (int i = Math.max(0, t.titleAt + 1); i < t.headerEnd(); i++) {
      String line = t.at(i);
      Matcher d = DATE_FIRST.matcher(line);
      Matcher n = NUMBER_FIRST.matcher(line);
      String number = d.matches() ? d.group(2).strip() : n.matches() ? n.group(1).strip() : null;
      String date = d.matches() ? d.group(1) : n.matches() ? n.group(2) : null;
      if (number == null || DocNumber.parse(number) == null) {
        continue;
      }
      draft.offerDocNumber(number, "header");
      LocalDate signed = DateParser.find(date);
      if (t.headerDate == null) {
        t.headerDate = signed;
      }
      t.headerUpTo(i);
      return;
    }
  }
}
