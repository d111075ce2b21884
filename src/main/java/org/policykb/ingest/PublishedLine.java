package org.policykb.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The 发布日期 a government site's page prints for the document it carries when no metadata block
 * states it ({@link PageTable} reads a block of three labels or more): the line under the title that
 * reads {@code 发布日期：2021-07-30} or {@code 发表时间：2022-07-14 20:24}, or the 生成日期 of a 信息公开 block
 * too short to be read as one. The page's {@code PubDate} meta is not read: a page generated anew
 * carries the day it was generated there.
 */
final class PublishedLine {
  private static final Pattern LINE = Pattern.compile(
      "^\\s*(?:(?:发布|发表|公开)(?:日期|时间)|生成日期)\\s*[:：]\\s*((?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?)");
  /** The line is short; a longer element holds more than the page's metadata. */
  private static final int MAX_LINE = 60;

  private PublishedLine() {}

  /** The publication date one of a page's metadata lines kept as text states, or null. */
  static LocalDate date(java.util.List<String> lines) {
    for (String line : lines) {
      Matcher m = LINE.matcher(DateParser.toHalfWidthDigits(line));
      LocalDate d = line.length() <= MAX_LINE && m.find() ? DateParser.parse(m.group(1)) : null;
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The publication date the page states, or null. */
  static LocalDate date(Document page) {
    if (page.body() != null) {
      for (Element e : page.body().getAllElements()) {
        String text = e.text();
        if (text.length() > MAX_LINE || e.children().stream().anyMatch(c -> c.text().equals(text))) {
          continue; // only the innermost element that holds the whole line
        }
        Matcher m = LINE.matcher(DateParser.toHalfWidthDigits(text));
        if (m.find()) {
          LocalDate d = DateParser.parse(m.group(1));
          if (d != null) {
            return d;
          }
        }
      }
    }
    return null;
  }
}
