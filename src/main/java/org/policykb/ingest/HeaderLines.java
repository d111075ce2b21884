package org.policykb.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document states in the lines right under its title, before its first paragraph of prose:
 * a dateline — {@code （2017年10月18日）}, {@code （2023年3月13日第十四届全国人民代表大会第一次会议通过）},
 * {@code ——2024年3月5日在第十四届全国人民代表大会第二次会议上}, {@code （一九五六年九月十五日）} — and a
 * byline — {@code 习　近　平} (one name typeset with spaces), or {@code 张三、李四} next to a dateline.
 * A date inside a sentence (同意报告提出的2025年经济社会发展的总体要求) is never a dateline: a dateline
 * is a whole line, and the lines looked at end where the prose starts.
 */
final class HeaderLines {
  /** Lines under the title looked at; reports put subtitles, the occasion, the date and the speaker there. */
  private static final int LOOK = 8;
  private static final String DATE = DateParser.CHINESE_DATE;
  /** A date in brackets with, at most, what happened on it. */
  private static final Pattern BRACKETED = Pattern.compile("^[（(]\\s*" + DATE + "([^（()）。！？]{0,60})[)）]$");
  /** A bare date line: the date alone, or followed by the occasion (在…上) or the act (…通过). */
  private static final Pattern BARE = Pattern.compile(
      "^(?:—{1,2}|－{1,2}|-{2})?\\s*" + DATE
          + "\\s*(?:在[^。！？]{0,50}上(?:的[^。！？]{0,10})?|[^。！？]{0,50}(?:通过|公布|发布|讲话|报告|发言))?$");
  private static final Pattern ISO_LINE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
  /** One name with a space between its characters: 习 近 平, 李 鹏. */
  private static final Pattern SPACED_NAME = Pattern.compile("^\\p{IsHan}(?: \\p{IsHan}){1,3}$");
  /** Several names, 2–4 characters each, separated by 、，. */
  private static final Pattern NAMES = Pattern.compile("^\\p{IsHan}{2,4}(?:[、，,]\\s*\\p{IsHan}{2,4}){0,5}$");
  /** An office held by the speaker, on the line before the name or before it on the same line: 国务院总理 李强. */
  private static final String OFFICE = "(?:\\p{IsHan}{0,12}(?:总理|主席|总书记|书记|委员长|部长|省长|市长|院长|主任|秘书长))";
  private static final Pattern OFFICE_LINE = Pattern.compile("^" + OFFICE + "$");
  private static final Pattern OFFICE_AND_NAME = Pattern.compile("^" + OFFICE + " ?(\\p{IsHan}(?: ?\\p{IsHan}){1,3})$");
  /** Words that open speeches and reports, never names. */
  private static final Pattern NOT_NAMES = Pattern.compile("^(同志们|各位代表|代表们|朋友们|女士们|先生们|编者按|摘要)");

  private HeaderLines() {}

  /** Offers the dateline's date and adds the byline's names to {@code draft}. */
  static void read(DocumentDraft draft) {
    List<Block> blocks = draft.blocks;
    int first = startAfterTitle(draft);
    int end = Math.min(blocks.size(), first + LOOK);
    int dateline = -1;
    for (int i = first; i < end; i++) {
      String line = TextNormalizer.heading(blocks.get(i).text());
      boolean isDateline = isDateline(line);
      if ((LineShapes.endsTerminal(line) || LineShapes.width(line) > 60) && !isDateline) {
        end = i;
        break;
      }
      if (dateline < 0 && isDateline) {
        draft.offerDate(DateParser.find(line), "dateline");
        dateline = i;
      }
    }
    boolean afterOffice = false;
    for (int i = first; i < end; i++) {
      String line = TextNormalizer.heading(blocks.get(i).text());
      Matcher office;
      if (SPACED_NAME.matcher(line).matches()) {
        draft.addAuthor(line.replace(" ", ""));
      } else if ((office = OFFICE_AND_NAME.matcher(line)).matches() && dateline >= 0) {
        draft.addAuthor(office.group(1).replace(" ", ""));
      } else if ((afterOffice || (dateline >= 0 && Math.abs(i - dateline) == 1)) && NAMES.matcher(line).matches()
          && !NOT_NAMES.matcher(line).find() && !OFFICE_LINE.matcher(line).matches()) {
        MetadataValues.list(line, MetadataValues.NAME_SEPARATORS).forEach(draft::addAuthor);
      }
      afterOffice = dateline >= 0 && OFFICE_LINE.matcher(line).matches();
    }
  }

  static boolean isDateline(String line) {
    String s = DateParser.withArabicDates(line);
    if (s.length() > 80) {
      return false;
    }
    Matcher m = BRACKETED.matcher(s);
    return m.matches() || BARE.matcher(s).matches() || ISO_LINE.matcher(s).matches();
  }

  /** The block after the title when the text opens with it, else the first block. */
  private static int startAfterTitle(DocumentDraft draft) {
    if (draft.title == null || draft.blocks.isEmpty()) {
      return 0;
    }
    String first = TextNormalizer.heading(draft.blocks.get(0).text());
    return first.equals(TextNormalizer.heading(draft.title)) ? 1 : 0;
  }
}
