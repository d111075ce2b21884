package org.policykb.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a law's or a rule's adoption and revision lines, printed under its title or in its 题注
 * (1991年4月9日第七届全国人民代表大会第四次会议通过 / …《关于修改〈…〉的决定》第五次修正): the latest of them is the
 * day of the version the text is. A line broken before its last words (…第十三届全国人民代表大会第二次 / 会议通过）) counts
 * by the meeting it names. Read only from the head of the text, before its first article or chapter.
 */
public final class RevisionLines {
  /** How far into the text the head may run. */
  static final int HEAD = 3_000;
  private static final Pattern LINE = Pattern.compile(
      DateParser.CHINESE_DATE + "[^\\n。]{0,160}?(?:通过|修正|修订|公布|发布|代表大会|委员会)");
  private static final Pattern BODY = Pattern.compile("(?m)^\\s*(?:第[一1]条|第[一1]章|第[一1]编|第一部分|一、)");

  private RevisionLines() {}

  /** The latest date of an adoption or revision line in the head of {@code text}; null when it has none. */
  public static LocalDate versionDate(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD));
    Matcher body = BODY.matcher(head);
    if (body.find()) {
      head = head.substring(0, body.start());
    }
    LocalDate latest = null;
    Matcher m = LINE.matcher(head);
    while (m.find()) {
      LocalDate d = DateParser.parse(m.group());
      if (d != null && (latest == null || d.isAfter(latest))) {
        latest = d;
      }
    }
    return latest;
  }
}
