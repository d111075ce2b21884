package org.policykb.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a 令 is signed, as a record keeps a 令 run into what it promulgates, its heading lost:
 * {@code 《…规定》已于…审议通过，现予公布，自…起施行。 部长 李干杰 2019年6月12日 …规定 第一章 …}, or signed by the
 * officials of several organs ({@code 生态环境部部长 黄润秋 市场监管总局局长 罗文}). It dates the document
 * (the 成文日期 of the regulation it promulgates) when no signature closing the text did, as a law's note does.
 */
final class DecreeSignature implements ElementReader {
  /** The sentence a 令 promulgates with (…审议通过，现予公布，自…起施行). */
  private static final Pattern PROMULGATES = Pattern.compile("现予(?:公布|发布)");
  /** The officials who sign, at the end of what precedes the date: an office's title and a name, one or more. */
  private static final Pattern OFFICIALS = Pattern.compile(
      "(?:\\p{IsHan}{0,20}?(?:部长|局长|署长|行长|主任|总理|省长|市长|县长|区长|州长|院长|检察长|主席|厅长)\\s*\\p{IsHan}{2,4}\\s*)+");
  /** The promulgation and its last sentences (the rule it repeals) before the officials sign. */
  private static final int PROMULGATION_TO_SIGNATURE = 160;
  /** A 令 signs near its head, before what it promulgates. */
  private static final int HEAD_PARAGRAPHS = 8;

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    if (t.headerDate != null) {
      return;
    }
    for (int i = Math.max(0, t.titleAt + 1); i < Math.min(t.size(), t.titleAt + 1 + HEAD_PARAGRAPHS); i++) {
      LocalDate d = signed(t.at(i));
      if (d != null) {
        t.headerDate = d;
        return;
      }
    }
  }

  /** The date the officials sign in {@code paragraph} a short way after its promulgation; null when none. */
  static LocalDate signed(String paragraph) {
    Matcher m = RunOnSignature.DATE.matcher(paragraph);
    while (m.find()) {
      String before = paragraph.substring(0, m.start());
      int sentence = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'));
      Matcher p = PROMULGATES.matcher(before);
      int promulgated = -1;
      while (p.find()) {
        promulgated = p.end();
      }
      if (sentence >= 0 && promulgated >= 0 && before.length() - promulgated <= PROMULGATION_TO_SIGNATURE
          && OFFICIALS.matcher(before.substring(sentence + 1).strip()).matches()) {
        return DateParser.find(paragraph.substring(m.start()));
      }
    }
    return null;
  }
}
