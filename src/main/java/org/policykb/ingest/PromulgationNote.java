package org.policykb.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * The 题注 under a law's or a rule's title, as legal databases print it: {@code （1978年5月24日通过）},
 * {@code 2000年3月20日 中华人民共和国国务院令第285号发布}, {@code （2025年12月29日…决定　2026年1月20日
 * 国家监察委员会公告第3号公布）}; hard-wrapped over lines ({@code （2023年10月27日…常务} / {@code 委员会…通过）})
 * or run on after the title's last line ({@code …的批复（2025年4月28日…通过，自…起施行）}). The 成文日期 is
 * the last date something was adopted (通过, not the 通过的 of an amendment it names; of two organs
 * adopting a joint interpretation, the later), else the date of the decree or announcement that
 * promulgated it (…令第285号发布; not a bare 国务院发布, which names no document to date); the 发布日期
 * is the date of promulgation; the number and issuer are those of the decree or announcement that
 * promulgated it. A date under a signature at the end comes before the note's ({@link OfficialText#headerDate}).
 */
final class PromulgationNote implements ElementReader {
  private static final String DATE = "(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年[^年]{1,10}?日";
  private static final Pattern STEP =
      Pattern.compile("(" + DATE + ")([^（）()]{0,120}?)(通过(?!的)|公布|发布|批准|施行|修正|修订|决定)");
  private static final Pattern A_DATE = Pattern.compile(DATE);
  private static final Pattern NOTE = Pattern.compile("[（(]?\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年.{4,4000}(通过|公布|发布|批准|施行|修正|修订|决定)\\s*[）)]?");
  /** A note's first line, its parenthesis left open: the note runs on over the next lines. */
  private static final Pattern OPENS = Pattern.compile("[（(]\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年[^）)]*");
  /** A note run on after the title's last line: the parenthesised part at the line's end. */
  private static final Pattern RUN_ON = Pattern.compile(".*?([（(]\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年[^（）()]{4,4000}[）)])");
  private static final Pattern SERIES = Pattern.compile("(?:中华人民共和国)?(\\p{IsHan}{2,40}?)(令|公告)第");
  private static final Pattern STARTS_WITH_DATE = Pattern.compile("[（(]?\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年.*");
  /** The most lines one hard-wrapped note is printed on. */
  private static final int NOTE_LINES = 5;

  /**
   * Whether {@code line} is one whole step of a note (a date, what was done, 通过 …) followed by
   * {@code next}, the note's next step or a heading: the two are lines of their own, never one paragraph.
   */
  static boolean stepBeforeStep(String line, String next) {
    return next != null && NOTE.matcher(line).matches()
        && (STARTS_WITH_DATE.matcher(next).matches() || !LineShapes.isProse(next));
  }

  /** Whether {@code line} is a note in parentheses, or its first line: it starts a paragraph of its own. */
  static boolean opensNote(String line) {
    return line.startsWith("（") && (OPENS.matcher(line).matches() || NOTE.matcher(line).matches());
  }

  /** Whether {@code line} ends in a note run on after a title's last line: the line ends there. */
  static boolean endsWithNote(String line) {
    return line.endsWith("）") && note(line, true) != null;
  }

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    LocalDate adopted = null;
    LocalDate promulgated = null;
    LocalDate decreed = null;
    int last = -1;
    for (int i = Math.max(0, t.titleAt + 1); i < t.headerEnd(); i++) {
      int end = i;
      String line = t.at(i);
      if (OPENS.matcher(line).matches()) {
        StringBuilder joined = new StringBuilder(line);
        for (int j = i + 1; j < Math.min(t.size(), i + NOTE_LINES); j++) {
          if (t.at(j).isEmpty()) {
            continue;
          }
          joined.append(t.at(j));
          if (t.at(j).matches(".*[）)]\\s*")) {
            line = joined.toString();
            end = j;
            break;
          }
        }
      }
      String note = note(line, last < 0 && i <= t.titleAt + 2);
      if (note == null) {
        if (last >= 0) {
          break; // the note's lines stand together (a database prints one step a line)
        }
        continue;
      }
      last = end;
      i = end;
      Matcher m = STEP.matcher(note);
      while (m.find()) {
        switch (m.group(3)) {
          case "通过", "修订" -> adopted = latest(m.group(1) + m.group(2)); // a text revised whole was made anew; one amended (修正) was not
          case "公布", "发布" -> {
            LocalDate d = DateParser.find(m.group(1));
            promulgated = promulgated == null ? d : promulgated;
            if (number(m.group(2), draft) && decreed == null) {
              decreed = d;
            }
          }
          default -> { }
        }
      }
    }
    if (adopted == null && promulgated == null) {
      return;
    }
    if (t.headerDate == null) {
      t.headerDate = adopted != null ? adopted : decreed; // offered after the signature's
    }
    draft.offerDatePublished(promulgated, "header");
    t.headerUpTo(last);
  }

  /** The note {@code line} is, or ends in when {@code afterTitle} (the title's last line with the note run on); else null. */
  private static String note(String line, boolean afterTitle) {
    if (NOTE.matcher(line).matches()) {
      return line;
    }
    Matcher m = afterTitle ? RUN_ON.matcher(line) : null;
    return m != null && m.matches() && NOTE.matcher(m.group(1)).matches() ? m.group(1) : null;
  }

  /** The latest of the dates in one step: organs adopting a text jointly each on their day, the last makes it. */
  private static LocalDate latest(String step) {
    LocalDate latest = null;
    Matcher m = A_DATE.matcher(step);
    while (m.find()) {
      LocalDate d = DateParser.find(m.group());
      if (d != null && (latest == null || d.isAfter(latest))) {
        latest = d;
      }
    }
    return latest;
  }

  /** The decree or announcement that promulgated it: its number and the organ whose series it is; whether the words name one. */
  private static boolean number(String words, OfficialDraft draft) {
    String s = words.replaceAll("\\s", "");
    for (int from = 0; from < s.length(); from++) {
      DocNumber n = DocNumber.parse(s.substring(from));
      if (n != null) {
        draft.offerDocNumber(s.substring(from), "header");
        Matcher series = SERIES.matcher(s.substring(from));
        if (series.lookingAt()) {
          String organ = series.group(1).replaceAll("第[一二三四五六七八九十百]+届", "");
          if (!OrganisationNames.in(organ).isEmpty()) {
            draft.offerIssuers(List.of(organ), "header");
          }
        }
        return true;
      }
    }
    return false;
  }
}
