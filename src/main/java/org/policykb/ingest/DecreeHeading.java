package org.policykb.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * A 令 as it is printed and as legal databases export it: the heading naming the series
 * ({@code 中华人民共和国国务院令}, {@code 上海市人民政府令}), the number on the next line ({@code 第707号},
 * {@code （第19号）}) or beside it. The issuer is the organ of the heading — never the 市长 or 总理 who
 * signs — and the 文种 is 命令. A 公告 numbered in its own series under a 版头 naming its organs
 * ({@code 生态环境部工业和信息化部商务部海关总署 公告 / 2020年 第28号}) is read the same way, its 文种 公告.
 */
final class DecreeHeading implements ElementReader {
  /**
   * The heading: one organ's name, or a joint decree's names, then 令 — or 公告, a joint announcement's
   * 版头 (生态环境部工业和信息化部商务部海关总署 公告) — and the number beside it or the text run on after it.
   */
  private static final Pattern HEADING = Pattern.compile("(?:中华人民共和国)?(\\p{IsHan}{2,30}?(?:[ 、]\\p{IsHan}{2,30}?){0,5}) ?(令|公告)\\s*(.*)");
  /** The number printed under (or beside) a heading, before whatever a record ran on after it: 第707号, （第19号）, 2020年 第28号, 〔2003〕第5号. */
  private static final Pattern NUMBER_FIRST = Pattern.compile(
      "^(?:公告\\s*)?([（(]?(?:(?:19|20)\\d\\d\\s*年\\s*)?第\\s*\\d{1,5}\\s*号[）)]?|[〔\\[［【]\\s*(?:19|20)\\d\\d\\s*[〕\\]］】]\\s*第?\\s*\\d{1,5}\\s*号)");

  /** A decree's number standing alone, as it is printed under the heading. */
  private static final Pattern SERIAL = Pattern.compile("[（(]?第\\s*\\d{1,5}\\s*号[）)]?");
  /** The sentence that promulgates what the decree issues (…已经…通过，现予公布，自…起施行). */
  private static final Pattern PROMULGATES = Pattern.compile("现予(公布|发布|施行)");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    if (!heading(t, draft)) {
      headingLost(t, draft);
    }
  }

  /**
   * A 令 kept without its heading's line (a site's body-only text export): its first line the number
   * standing alone, the promulgation right under it. The 文种 is 命令; the number, without its series,
   * and the issuer, which only the lost heading named, stay unread.
   */
  private static void headingLost(OfficialText t, OfficialDraft draft) {
    int first = Math.max(0, t.titleAt + 1);
    if (first + 1 < t.size() && SERIAL.matcher(t.at(first)).matches() && PROMULGATES.matcher(t.at(first + 1)).find()) {
      draft.offerDocType("命令", "header");
      t.headerUpTo(first);
    }
  }

  /** The lines a 令 prints between its number and its date: the promulgation, the one who signs, a line of names. */
  private static final int TO_DATE = 6;

  /**
   * The 令's date: the date standing alone under the promulgation and the signing official, before what
   * the 令 promulgates is printed (a text that prints the regulation after it); null when none.
   */
  private static java.time.LocalDate dateUnder(OfficialText t, int number) {
    boolean promulgated = false;
    for (int i = number + 1; i < Math.min(t.size(), number + 1 + TO_DATE); i++) {
      promulgated |= PROMULGATES.matcher(t.at(i)).find();
      java.time.LocalDate date = DateParser.whole(t.at(i));
      if (date != null) {
        return promulgated ? date : null;
      }
    }
    return null;
  }

  private static boolean heading(OfficialText t, OfficialDraft draft) {
    for (int i = 0; i < t.headerEnd(); i++) {
      String[] listed = TitleFinder.decreeListed(t.at(i)); // 中国人民银行令〔2024〕第1号（…的决定）
      String line = listed == null ? t.at(i) : listed[0];
      Matcher m = HEADING.matcher(line.replaceAll("[\\s\\u3000]+", " ").strip());
      List<String> names = m.matches() ? OrganisationNames.in(m.group(1)) : List.of();
      if (names.isEmpty() || names.size() > 1 && !m.group(1).matches(".*[ 、].*") && !names.stream().allMatch(OrganisationNames::beginsAName)) {
        continue; // one name, or a joint decree's names set apart or each a whole one: not a sentence that ends in 令
      }
      boolean decree = m.group(2).equals("令");
      String squeezed = line.replaceAll("[\\s\\u3000]+", "");
      String series = squeezed.substring(0, squeezed.indexOf(m.group(2)) + m.group(2).length());
      String rest = m.group(3).strip();
      int at = i;
      if (rest.isEmpty() && i + 1 < t.size()) {
        rest = t.at(i + 1);
        at = i + 1;
      }
      Matcher number = NUMBER_FIRST.matcher(rest.strip());
      DocNumber whole = number.lookingAt() ? DocNumber.underHeading(series, number.group(1)) : null;
      if (whole == null) {
        continue;
      }
      String printed = number.group(1).strip().replaceAll("^[（(]|[）)]$", "");
      draft.offerDocNumber(printed, whole, "header");
      if (decree) {
        draft.offerIssuers(names, "header");
        draft.decree();
        draft.offerDateSigned(dateUnder(t, at), "header");
      } else {
        t.markIssuers = OfficialText.copy(names); // a 公告's 版头: its signature names the issuers first
        draft.offerDocType("公告", "header");
      }
      if (number.end() == rest.strip().length()) {
        t.headerUpTo(at); // unless a record ran the text on after the number
      }
      return true;
    }
    return false;
  }
}
