package org.policykb.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date a text states, as written (no time-zone shifting): {@code 2022-03-09},
 * {@code 2022-03-09 15:27:08 +0800}, {@code 2022/3/9}, {@code 2022.03.09}, {@code 2022年3月9日}.
 */
final class DateParser {
  private static final Pattern NUMERIC =
      Pattern.compile("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
  private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})-?(\\d{2})-?(\\d{2})/");
  private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})\\s*年?\\s*$");

  private DateParser() {}

  /** The date at the start of {@code value}, or null when it states none. */
  static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String folded = toHalfWidthDigits(value);
    Matcher m = NUMERIC.matcher(folded);
    if (!m.find()) {
      m = CHINESE.matcher(folded);
      if (!m.find()) {
        return null;
      }
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException impossible) {
      return null;
    }
  }

  /** The date a URL path states as a segment such as {@code /20120724/} or {@code /2012-07-24/}, else null. */
  static LocalDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return d.getYear() >= 1990 && !d.isAfter(LocalDate.now(java.time.ZoneOffset.UTC)) ? d : null;
    } catch (DateTimeException impossible) {
      return null;
    }
  }

  /** A year stated on its own ({@code 2025} or {@code 2025年}), or null. */
  static Integer parseYear(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = YEAR.matcher(toHalfWidthDigits(value));
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  static String toHalfWidthDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
    }
    return out.toString();
  }
}
