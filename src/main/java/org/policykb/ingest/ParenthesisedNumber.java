package org.policykb.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * A 发文字号 in parentheses, as legal databases and sites print it under a title or after it:
 * {@code （X政办秘〔2021〕82号）} on a line of its own, or {@code 关于…的通知（发改能源规〔2019〕916号）}.
 */
final class ParenthesisedNumber implements ElementReader {
  private static final Pattern IN_PARENTHESES = Pattern.compile("[（(]\\s*([^（()）]{4,40}?)\\s*[）)]");
  private static final Pattern AT_END = Pattern.compile("^(.{4,}?)\\s*[（(]\\s*([^（()）]{4,40}?)\\s*[）)]\\s*$");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    String[] split = split(t.fullTitle);
    if (split != null) {
      draft.offerDocNumber(split[1], "title");
    }
    for (int i = Math.max(0, t.titleAt + 1); i < Math.min(t.titleAt + 3, t.headerEnd()); i++) {
      Matcher m = IN_PARENTHESES.matcher(t.at(i));
      if (m.matches() && DocNumber.parse(m.group(1)) != null) {
        draft.offerDocNumber(m.group(1), "header");
        t.headerUpTo(i);
        return;
      }
      String[] titled = split(t.at(i));
      if (titled != null && titled[0].equals(t.fullTitle)) {
        draft.offerDocNumber(titled[1], "title"); // the title printed again with its number
        t.headerUpTo(i);
        return;
      }
    }
  }

  /** A title that ends in its number in parentheses: the title without it and the number; null for any other. */
  static String[] split(String title) {
    Matcher m = title == null ? null : AT_END.matcher(title);
    if (m == null || !m.matches() || DocNumber.parse(m.group(2)) == null) {
      return null;
    }
    return new String[] {m.group(1).strip(), m.group(2).strip()};
  }
}
