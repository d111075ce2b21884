package org.policykb.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date a text states, as written (no time-zone shifting): {@code 2022-03-09},
 * {@code 2022-03-09 15:27:08 +0800}, {@code 2022/3/9}, {@code 2022.03.09}, {@code 2022年3月9日},
 * {@code １９５６年９月１５日}, {@code 一九五六年九月十五日}. Only whole dates are dates; a year on its
 * own is read by {@link #parseYear}. Every reader asks here, so a date means the same everywhere.
 */
final class DateParser {
  private static final Pattern NUMERIC =
      Pattern.compile("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
  private static final Pattern NUMERIC_ANYWHERE =
      Pattern.compile("(?<![\\d])((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
  /** 2022年3月9日; the 号 of spoken dates too. */
  static final String CHINESE_DATE = "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]";
  private static final Pattern CHINESE = Pattern.compile(CHINESE_DATE);
  private static final Pattern WHOLE_CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");
  private static final Pattern HAN_NUMERAL_DATE =
      Pattern.compile("((?=[^年]{0,3}[一二三四五六七八九])[〇○零一二三四五六七八九0０OＯ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
  /**
   * Dates in URL paths as news sites write them: {@code /20120724/}, {@code /2012-07-24/},
   * {@code /2012/07/24/}, {@code /2012-07/24/}, {@code /2012/0724/}, {@code /t20120724_123.html}.
   */
  private static final List<Pattern> URL_DATES = List.of(
      Pattern.compile("/((?:19|20)\\d{2})-?(\\d{2})-?(\\d{2})(?:/|_|\\.s?html?$)"),
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{2})/(\\d{2})/"),
      Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})(\\d{2})/"),
      Pattern.compile("/t((?:19|20)\\d{2})(\\d{2})(\\d{2})_\\d+"));
  private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})\\s*年?\\s*$");
  private static final String HAN_DIGITS = "〇一二三四五六七八九";

  private DateParser() {}

  /** The date at the start of {@code value}, or null when it states none. */
  static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String folded = withArabicDates(value);
    Matcher m = NUMERIC.matcher(folded);
    if (!m.find()) {
      m = CHINESE.matcher(folded);
      if (!m.find()) {
        return null;
      }
    }
    return date(m);
  }

  /**
   * The date {@code value} consists of — 2019年1月24日, 二〇二三年三月十五日, spaces anywhere (a PDF's
   * layout spaces digits apart) — or null when it holds anything else: a 成文日期 on its own line.
   */
  static LocalDate whole(String value) {
    if (value == null || value.length() > 40) {
      return null;
    }
    Matcher m = WHOLE_CHINESE.matcher(withArabicDates(SPACES.matcher(value).replaceAll("")));
    return m.matches() ? date(m) : null;
  }

  /** What may follow a date in a field that holds a date and time: 18:57:10, T00:00:00Z, 15:27 +0800. */
  private static final Pattern TIME_OF_DAY =
      Pattern.compile("(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?\\s*");

  /**
   * The date a field's value consists of, alone or with its time of day (2021-08-16, 2021/8/16 18:57:10,
   * 2019-03-29T00:00:00), else null: a value that only starts with a date is none.
   */
  static LocalDate dateTime(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = NUMERIC.matcher(value.strip());
    return m.find() && TIME_OF_DAY.matcher(value.strip().substring(m.end())).matches() ? date(m) : null;
  }

  /** The first whole date anywhere in {@code value} (2026-06-08, 2026年6月8日, 一九五六年九月十五日), else null. */
  static LocalDate find(String value) {
    if (value == null) {
      return null;
    }
    String folded = withArabicDates(value);
    Matcher chinese = CHINESE.matcher(folded);
    if (chinese.find()) {
      return date(chinese);
    }
    Matcher numeric = NUMERIC_ANYWHERE.matcher(folded);
    return numeric.find() ? date(numeric) : null;
  }

  /** The date a URL's path states, else null; never a date before 1990 or after today. */
  static LocalDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    int query = url.indexOf('?');
    String path = query < 0 ? url : url.substring(0, query);
    for (Pattern p : URL_DATES) {
      Matcher m = p.matcher(path);
      if (m.find()) {
        LocalDate d = date(m);
        if (d != null && d.getYear() >= 1990 && !d.isAfter(LocalDate.now(ZoneOffset.UTC))) {
          return d;
        }
      }
    }
    return null;
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
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, (char) ('0' + (c - '０')));
      }
    }
    return out == null ? s : out.toString();
  }

  /** Full-width digits folded and dates written in Han numerals (一九五六年九月十五日) rewritten in digits. */
  static String withArabicDates(String s) {
    String folded = toHalfWidthDigits(s);
    if (folded.indexOf('年') < 0) {
      return folded;
    }
    return HAN_NUMERAL_DATE.matcher(folded).replaceAll(m ->
        hanDigits(m.group(1)) + "年" + hanNumber(m.group(2)) + "月" + hanNumber(m.group(3)) + "日");
  }

  /** 一九五六 → 1956: one Han digit per digit (〇, ○ and 零 are 0, and the 0 or O a typist put for 〇 in 二00九). */
  private static String hanDigits(String s) {
    StringBuilder out = new StringBuilder(4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append("○零0０OＯ".indexOf(c) >= 0 ? 0 : HAN_DIGITS.indexOf(c));
    }
    return out.toString();
  }

  /** 九 → 9, 十 → 10, 十五 → 15, 二十 → 20, 三十一 → 31. */
  private static int hanNumber(String s) {
    int ten = s.indexOf('十');
    if (ten < 0) {
      return HAN_DIGITS.indexOf(s.charAt(0));
    }
    int tens = ten == 0 ? 1 : HAN_DIGITS.indexOf(s.charAt(0));
    int ones = ten == s.length() - 1 ? 0 : HAN_DIGITS.indexOf(s.charAt(ten + 1));
    return tens * 10 + ones;
  }

  private static LocalDate date(Matcher m) {
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException | NumberFormatException impossible) {
      return null;
    }
  }
}
