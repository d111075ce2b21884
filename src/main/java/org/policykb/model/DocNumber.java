package org.policykb.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 发文字号 (document number, GB/T 9704-2012 7.2.4): 机关代字, year in brackets, serial and 号, as
 * in 国发〔2020〕7号; or the two forms that number 令 and 公告 instead: a decree's 国务院令第707号
 * (printed 中华人民共和国国务院令 / 第707号: the heading names the series, the line under it the serial)
 * and an announcement's 国家税务总局公告2023年第3号; and the older form with the year first and 字,
 * 〔89〕高检会（研）字第12号. The one place where a number is recognised and
 * normalised: the brackets people type or print ({@code 〔〕 [] 【】 ［］ （） () ﹝﹞ 〔〕}) become 〔〕,
 * full-width digits ASCII, spaces go; so 国办发[2023]12号 and 国办发 〔２０２３〕 12 号 are one number.
 *
 * @param normalized the number in its one written form, e.g. 国办发〔2023〕12号, 国务院令第707号
 * @param agencyCode 机关代字, e.g. 国办发, 苏政办发, 科工法字, 法（经）发; for a decree or an announcement the series:
 *     国务院令, 上海市人民政府令, 国家税务总局公告
 * @param year the year in the brackets (or of an announcement); null for a decree, numbered without one
 * @param serial the 序号 (leading zeros dropped, as the standard prints none)
 */
public record DocNumber(String normalized, String agencyCode, Integer year, int serial) {
  private static final String OPEN = "〔\\[【［（(﹝";
  private static final String CLOSE = "〕\\]】］）)﹞";
  /** Agency code: Han characters (and a few Latin letters some codes carry), then the bracketed year, then the serial. */
  private static final Pattern NUMBER = Pattern.compile(
      "((?:[\\p{IsHan}A-Za-z]|（\\p{IsHan}{1,3}）|\\(\\p{IsHan}{1,3}\\)){1,16})[" + OPEN + "]((?:19|20)\\d\\d)[" + CLOSE + "]第?(\\d{1,5})号");

  /**
   * A number whose brackets a site's metadata field lost: the agency code, the year and the serial run
   * together (穗府办201715号, 粤发改气候函2017937号) — read as a whole value (a field, a line, the word right after
   * a title run into its text), found in running text only standing alone between spaces.
   */
  private static final Pattern BRACKETS_LOST = Pattern.compile("(\\p{IsHan}{2,16})((?:19|20)\\d\\d)0*(\\d{1,5})号");

  /**
   * The older form with the year first, two digits or four: 〔89〕高检会（研）字第12号, 〔1980〕沪高法民字第441号.
   */
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "[" + OPEN + "]((?:19|20)?\\d\\d)[" + CLOSE + "]((?:\\p{IsHan}|（\\p{IsHan}{1,3}）|\\(\\p{IsHan}{1,3}\\)){1,16}?字)第?(\\d{1,5})号");

  /**
   * A decree's number (or an announcement's numbered without a year): the series (…令, …公告, the
   * state's name before a decree's dropped) and its serial.
   */
  private static final Pattern DECREE =
      Pattern.compile("(?:中华人民共和国(?=\\p{IsHan}{1,24}令))?(\\p{IsHan}{1,30}(?:令|公告|通告))第(\\d{1,5}|[一二三四五六七八九十百千〇零]{1,8})号");
  /** An announcement's number: the series (…公告, …通告; a joint one's names are many), the year and the serial. */
  private static final Pattern YEARLY = Pattern.compile("(\\p{IsHan}{2,60}?(?:公告|通告))[" + OPEN + "]?((?:19|20)\\d\\d)[" + CLOSE + "]?年?第(\\d{1,5})号");
  /**
   * The part of a decree's or an announcement's number printed under its heading: 第707号, 2023年第3号,
   * 〔2003〕第5号.
   */
  private static final Pattern SERIAL_ONLY = Pattern.compile("[" + OPEN + "]?(?:((?:19|20)\\d\\d)年)?第(\\d{1,5})号[" + CLOSE + "]?"
      + "|[" + OPEN + "]((?:19|20)\\d\\d)[" + CLOSE + "]第?(\\d{1,5})号");

  /** The number {@code printed} states when it is one whole number (spaces anywhere); otherwise null. */
  public static DocNumber parse(String printed) {
    if (printed == null) {
      return null;
    }
    String s = squeeze(printed);
    Matcher m = NUMBER.matcher(s);
    if (m.matches()) {
      return of(m);
    }
    Matcher f = YEAR_FIRST.matcher(s);
    if (f.matches()) {
      int year = Integer.parseInt(f.group(1));
      year = year >= 100 ? year : year + (year >= 50 ? 1900 : 2000);
      int serial = Integer.parseInt(f.group(3));
      return new DocNumber("〔" + f.group(1) + "〕" + f.group(2) + "第" + serial + "号", f.group(2), year, serial);
    }
    Matcher d = DECREE.matcher(s);
    if (d.matches()) {
      int serial = serial(d.group(2));
      return serial <= 0 ? null : new DocNumber(d.group(1) + "第" + serial + "号", d.group(1), null, serial);
    }
    Matcher y = YEARLY.matcher(s);
    if (y.matches()) {
      int year = Integer.parseInt(y.group(2));
      int serial = Integer.parseInt(y.group(3));
      return new DocNumber(y.group(1) + year + "年第" + serial + "号", y.group(1), year, serial);
    }
    Matcher lost = BRACKETS_LOST.matcher(s);
    if (lost.matches() && Integer.parseInt(lost.group(3)) > 0) {
      return of(lost);
    }
    return null;
  }

  /**
   * The number a decree or an announcement prints under its heading ({@code series}: 中华人民共和国国务院令,
   * 国家税务总局公告): {@code 第707号}, {@code （第19号）}, {@code 2023年第3号}, read with the series it
   * continues; null when {@code printed} is no such line or the series numbers nothing.
   */
  public static DocNumber underHeading(String series, String printed) {
    Matcher m = printed == null ? null : SERIAL_ONLY.matcher(squeeze(printed));
    if (m == null || !m.matches() || series == null) {
      return null;
    }
    if (m.group(3) != null) {
      return parse(series + "〔" + m.group(3) + "〕第" + m.group(4) + "号");
    }
    return parse(series + (m.group(1) == null ? "" : m.group(1) + "年") + "第" + m.group(2) + "号");
  }

  /** The first number {@code text} holds anywhere (spaces inside it allowed); null when none. */
  public static Found find(String text) {
    if (text == null) {
      return null;
    }
    String squeezed = squeeze(text);
    Matcher m = NUMBER.matcher(squeezed);
    if (m.find()) {
      return new Found(of(m), m.group());
    }
    // a number whose brackets were lost, only where it stands alone between spaces or lines (a header run together)
    Matcher lost = STANDING_ALONE.matcher(text);
    while (lost.find()) {
      DocNumber n = parse(lost.group(1));
      if (n != null) {
        return new Found(n, lost.group(1));
      }
    }
    return null;
  }

  /** A word standing alone between spaces or line ends that may be a number whose brackets were lost. */
  private static final Pattern STANDING_ALONE = Pattern.compile("(?<![^\\s])(\\p{IsHan}{2,16}(?:19|20)\\d{3,9}号)(?![^\\s])");

  /** A number found in a text, and how it was written there (spaces and width folded). */
  public record Found(DocNumber number, String written) {}

  private static DocNumber of(Matcher m) {
    String code = m.group(1);
    int year = Integer.parseInt(m.group(2));
    int serial = Integer.parseInt(m.group(3));
    if (code.endsWith("公告") || code.endsWith("通告")) {
      return new DocNumber(code + year + "年第" + serial + "号", code, year, serial); // 公告〔2023〕第3号 is 公告2023年第3号
    }
    return new DocNumber(code + "〔" + year + "〕" + serial + "号", code, year, serial);
  }

  /** A number as printed, without the spaces a PDF's layout or a typist puts in it (国发〔2019〕4 号). */
  public static String withoutSpaces(String printed) {
    return printed.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  /** A serial in digits, or in Han numerals as a 主席令 prints it (第十六号, 第一百零二号); 0 when it is none. */
  private static int serial(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    int total = 0;
    int digit = -1;
    for (char c : s.toCharArray()) {
      int d = "〇一二三四五六七八九".indexOf(c == '零' ? '〇' : c);
      int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (d == 0) {
        continue; // 一百零二: the 零 holds a place
      }
      if (d > 0) {
        if (digit >= 0) {
          return 0; // 一六 is no number a decree is given
        }
        digit = d;
      } else if (unit > 0) {
        total += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      }
    }
    return total + Math.max(digit, 0);
  }

  /** Full-width digits and letters to ASCII, every kind of space removed. */
  private static String squeeze(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return;
      }
      if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
        c = c - 0xFEE0;
      }
      out.appendCodePoint(c);
    });
    return out.toString();
  }
}
