package org.policykb.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 发文字号 (document number, GB/T 9704-2012 7.2.4): 机关代字, year in brackets, serial and 号, as
 * in 国发〔2020〕7号. The one place where a number is recognised and normalised: the brackets people
 * type or print ({@code 〔〕 [] 【】 ［］ （） () ﹝﹞ 〔〕}) become 〔〕, full-width digits ASCII, spaces
 * go; so 国办发[2023]12号 and 国办发 〔２０２３〕 12 号 are one number.
 *
 * @param normalized the number in its one written form, e.g. 国办发〔2023〕12号
 * @param agencyCode 机关代字, e.g. 国办发, 苏政办发, 科工法字
 * @param year the year in the brackets
 * @param serial the 序号 (leading zeros dropped, as the standard prints none)
 */
public record DocNumber(String normalized, String agencyCode, int year, int serial) {
  private static final String OPEN = "〔\\[【［（(﹝";
  private static final String CLOSE = "〕\\]】］）)﹞";
  /** Agency code: Han characters (and a few Latin letters some codes carry), then the bracketed year, then the serial. */
  private static final Pattern NUMBER = Pattern.compile(
      "([\\p{IsHan}A-Za-z]{1,16})[" + OPEN + "]((?:19|20)\\d\\d)[" + CLOSE + "]第?(\\d{1,5})号");

  /** The number {@code printed} states when it is one whole number (spaces anywhere); otherwise null. */
  public static DocNumber parse(String printed) {
    if (printed == null) {
      return null;
    }
    Matcher m = NUMBER.matcher(squeeze(printed));
    return m.matches() ? of(m) : null;
  }

  /** The first number {@code text} holds anywhere (spaces inside it allowed); null when none. */
  public static Found find(String text) {
    if (text == null) {
      return null;
    }
    String squeezed = squeeze(text);
    Matcher m = NUMBER.matcher(squeezed);
    return m.find() ? new Found(of(m), m.group()) : null;
  }

  /** A number found in a text, and how it was written there (spaces and width folded). */
  public record Found(DocNumber number, String written) {}

  private static DocNumber of(Matcher m) {
    String code = m.group(1);
    int year = Integer.parseInt(m.group(2));
    int serial = Integer.parseInt(m.group(3));
    return new DocNumber(code + "〔" + year + "〕" + serial + "号", code, year, serial);
  }

  /** A number as printed, without the spaces a PDF's layout or a typist puts in it (国发〔2019〕4 号). */
  public static String withoutSpaces(String printed) {
    return printed.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
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
