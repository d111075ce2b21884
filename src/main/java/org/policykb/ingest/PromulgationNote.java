package org.policykb.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * The 题注 under a law's or a rule's title, as legal databases print it: {@code （1978年5月24日通过）},
 * {@code 2000年3月20日 中华人民共和国国务院令第285号发布}, {@code （2025年12月29日…决定　2026年1月20日
 * 国家监察委员会公告第3号公布）}. The 成文日期 is the last date something was adopted (通过, not the
 * 通过的 of an amendment it names), else the date it was promulgated (公布, 发布); the 发布日期 is the
 * date of promulgation; the number and issuer are those of the decree or announcement that promulgated it.
 */
final class PromulgationNote implements ElementReader {
  private static final Pattern STEP = Pattern.compile(
      "((?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年[^年]{1,10}?日)([^（）()]{0,120}?)(通过(?!的)|公布|发布|批准|施行|修正|修订|决定)");
  private static final Pattern NOTE = Pattern.compile("[（(]?\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年.{4,400}(通过|公布|发布|批准|施行|修正|修订|决定)\\s*[）)]?");
  private static final Pattern SERIES = Pattern.compile("(?:中华人民共和国)?(\\p{IsHan}{2,40}?)(令|公告)第");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    for (int i = Math.max(0, t.titleAt + 1); i < t.headerEnd(); i++) {
      String line = t.at(i);
      if (!NOTE.matcher(line).matches()) {
        continue;
      }
      LocalDate adopted = null;
      LocalDate promulgated = null;
      Matcher m = STEP.matcher(line);
      while (m.find()) {
        LocalDate d = DateParser.find(m.group(1));
        switch (m.group(3)) {
          case "通过", "修订" -> adopted = d; // a text revised whole was made anew; one amended (修正) was not
          case "公布", "发布" -> {
            promulgated = promulgated == null ? d : promulgated;
            number(m.group(2), draft);
          }
          default -> { }
        }
      }
      if (adopted == null && promulgated == null) {
        continue;
      }
      draft.offerDateSigned(adopted != null ? adopted : promulgated, "header");
      draft.offerDatePublished(promulgated, "header");
      t.headerUpTo(i);
      return;
    }
  }

  /** The decree or announcement that promulgated it: its number and the organ whose series it is. */
  private static void number(String words, OfficialDraft draft) {
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
        return;
      }
    }
  }
}
