package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 署名 and 成文日期 of a text whose closing lines were run into its last sentences, as sites'
 * search services and scrapers keep them: {@code …电话12119。广安市人民政府2023年12月27日 相关附件：…},
 * {@code 特此公告。 附件：1《…》 生态环境部 国家统计局 2024年4月12日 解读：…}. The last date in the closing
 * paragraphs that organisations' names stand right before (the first in its paragraph) — after the last sentence's end — and that
 * no sentence goes on from (自…起施行 is no signature, …办公厅2021年3月12日印发 the 版记), or that the title of
 * what a 通知 issues follows.
 */
final class RunOnSignature implements ElementReader {
  /** A date in either numerals, spaces allowed, inside a run of text (one group: the date). */
  static final Pattern DATE = Pattern.compile(
      "((?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)");
  /** What may follow a signature's date on the same line: the end, or page furniture and attachments. */
  private static final Pattern AFTER = Pattern.compile(
      "\\s*(?!印发)($|[（(]|附件|相关|解读|抄送|扫一扫|【|责任编辑|来源|分享|打印|关闭|\\S{0,6}[：:]|\\p{IsHan}{2,30}\\d{4}年\\d{1,2}月\\d{1,2}日印发)");
  private static final Pattern SEAL_NOTE = Pattern.compile("[（(][\\p{IsHan}、]{2,40}代章[）)]");
  private static final Pattern TOKENS = Pattern.compile("[\\s\\u3000、，,]+");
  private static final int CLOSING_PARAGRAPHS = 6;
  /** A date right after the body's last sentence, its signature left in the 版头 (…认真贯彻执行。 2021年10月19日附件：…). */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！]\\s*$");
  /** The formula that ends a notice's body, when its full stop was lost (特此公告广州市发展和改革委员会). */
  private static final Pattern CLOSING_FORMULA = Pattern.compile("^.*特此(公告|通知|通告|函告|函复|批复|报告|说明)[。.]?");

  @Override
  public void read(OfficialText t, OfficialDraft draft) {
    if (t.dateAt >= 0) {
      return;
    }
    for (int i = t.size() - 1; i >= Math.max(t.bodyFrom, t.size() - CLOSING_PARAGRAPHS); i--) {
      String p = t.at(i);
      Matcher m = DATE.matcher(p);
      int found = -1;
      List<String> names = List.of();
      while (m.find()) {
        List<String> before = namesBefore(p.substring(0, m.start()), known(t, draft));
        boolean afterSentence = SENTENCE_END.matcher(p.substring(0, m.start())).find();
        if ((!before.isEmpty() || afterSentence) && (AFTER.matcher(p.substring(m.end())).lookingAt() || opensIssued(p.substring(m.end()), draft))
            || !before.isEmpty() && closesIssuingNotice(p.substring(0, m.start()), draft)) {
          found = m.start();
          names = before;
          break; // the first: a notice or a second document may follow the signature
        }
      }
      if (found >= 0) {
        draft.offerDateSigned(DateParser.find(p.substring(found)), "signature");
        if (!names.isEmpty()) {
          draft.offerIssuers(names, "signature");
        }
        t.dateAt = i;
        return;
      }
    }
  }

  /**
   * Whether {@code after} opens with the title of the instrument the 通知 issues: the notice's signature and
   * date stand before what it issues ({@code …现予印发实施。广州市生态环境局2023年1月31日广州市碳普惠自愿减排实施办法第一条…}).
   */
  private static boolean opensIssued(String after, OfficialDraft draft) {
    String issued = draft.issuedInstrumentTitle();
    return issued != null && squeeze(after).startsWith(squeeze(issued));
  }

  /** The sentence a 通知 issues its instrument with (现将《…》印发给你们，请认真贯彻执行). */
  private static final Pattern ISSUES = Pattern.compile("印发给你们|现予印发|予以印发|现印发");
  /** The issuing sentence and the lines of contact after it, before the signature. */
  private static final int ISSUING_TO_SIGNATURE = 160;

  /**
   * Whether {@code before} ends with the body of a 通知 that issues an instrument: its issuing sentence
   * a short way before — the notice's signature and date stand between it and what it issues, whatever
   * follows them (the instrument's title as printed, or its first words).
   */
  private static boolean closesIssuingNotice(String before, OfficialDraft draft) {
    if (draft.issuedInstrumentTitle() == null) {
      return false;
    }
    Matcher m = ISSUES.matcher(before);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last >= 0 && before.length() - last <= ISSUING_TO_SIGNATURE;
  }

  private static String squeeze(String s) {
    return TOKENS.matcher(s).replaceAll("");
  }

  /** The names the document gives its issuers elsewhere: in its 版头 and its title (广东省发展改革委关于…). */
  private static List<String> known(OfficialText t, OfficialDraft draft) {
    List<String> names = new ArrayList<>(t.markIssuers);
    if (t.fullTitle != null) {
      Matcher m = TitleIssuer.TITLE_ISSUER.matcher(t.fullTitle);
      if (m.lookingAt()) {
        names.addAll(OrganisationNames.in(m.group(1)));
      }
    }
    return names;
  }

  /**
   * The organisations named right before a date, after the last sentence's end: none when anything else
   * stands there. Names the cleaned text ran into what precedes them (…企业名单广东省发展改革委) are found
   * when the document names them elsewhere ({@code known}).
   */
  private static List<String> namesBefore(String text, List<String> known) {
    int cut = Math.max(Math.max(text.lastIndexOf('。'), text.lastIndexOf('；')), Math.max(text.lastIndexOf('！'), text.lastIndexOf('》')));
    // the note under a name whose organ has no seal of its own goes: …中央精神文明建设办公室（中共中央宣传部代章）教育部…
    String tail = SEAL_NOTE.matcher(CLOSING_FORMULA.matcher(text.substring(cut + 1)).replaceFirst("")).replaceAll(" ").strip();
    List<String> named = new ArrayList<>();
    for (boolean more = true; more; ) {
      more = false;
      for (String k : known) {
        if (k.length() >= 2 && tail.endsWith(k)) {
          named.add(0, k);
          tail = tail.substring(0, tail.length() - k.length()).strip();
          more = true;
        }
      }
    }
    if (!named.isEmpty()) {
      return named;
    }
    String[] tokens = TOKENS.split(tail);
    List<String> names = new ArrayList<>();
    for (int k = tokens.length - 1; k >= 0; k--) {
      if (tokens[k].isEmpty()) {
        continue;
      }
      List<String> here = OrganisationNames.in(tokens[k]);
      if (here.isEmpty() || tokens[k].matches(".*[（(].*") && !OrganisationNames.beginsAName(tokens[k])) {
        names.addAll(0, OrganisationNames.atEnd(tokens[k])); // the names may be run into what stands before them
        break;
      }
      if (!OrganisationNames.beginsAName(here.get(0)) && !OrganisationNames.atEnd(here.get(0)).isEmpty()) {
        // the first name was run into a word before it (…办理说明环境保护部): the name at its end
        List<String> found = new ArrayList<>(OrganisationNames.atEnd(here.get(0)));
        found.addAll(here.subList(1, here.size()));
        names.addAll(0, found);
        break;
      }
      names.addAll(0, here);
    }
    return names;
  }
}
