package org.policykb.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * Reads the elements of an official document from its cleaned text, where GB/T 9704-2012 puts them:
 * the 版头 at the top (发文机关标志 ending in 文件, the 发文字号 on a line of its own), the 主送机关 line
 * ending in a colon after the title, the 附件说明 after the body, the 署名 above the 成文日期 that closes
 * the document (before any instrument it issues or attachment it carries), and the 版记 lines
 * (抄送：…, …印发). The 文种 and an issued instrument come from the title; the issuers, when no
 * signature or 版头 names them, from a title of the form 国务院关于…. Nothing is read from a text that
 * shows none of the marks of an official document (a number, a 版头, or a title ending in a 文种):
 * a news article's dateline is no 成文日期.
 */
final class OfficialElementsFinder {
  /** The 版头 and the number are among the first paragraphs. */
  private static final int HEADER_PARAGRAPHS = 8;
  private static final int MAX_NAME_CHARS = 40;
  private static final Pattern ORGANISATION = Pattern.compile(
      "[\\p{IsHan}（）()·]{2," + MAX_NAME_CHARS + "}(国务院|办公厅|办公室|人民政府|政府|委员会|委|部|局|厅|署|院|会|会议|中心|银行|办|处|党委|党组|小组|总队|集团|公司)");
  private static final Pattern MARK = Pattern.compile("(.{2,60}?)\\s*文件");
  private static final Pattern TITLE_ISSUER = Pattern.compile("(.{2,60}?)(?:关于|印发|转发|批转)");
  private static final Pattern RECIPIENTS = Pattern.compile("([^。：:]{2,200})[：:]");
  /** A line that ends in a colon but says something (现提出如下意见：, 特公告如下：) addresses no one. */
  private static final Pattern NOT_RECIPIENTS = Pattern.compile("^(现|为|根据|按照|依据|依照|经|特|兹)|如下|附件");
  private static final Pattern CC = Pattern.compile("抄\\s*送\\s*[：:]\\s*(.+?)[。.]?");
  private static final Pattern PRINTED = Pattern.compile("(.{2,60}?)\\s*((?:\\d|\\s){4,}年.{1,12}日|[〇○零一二三四五六七八九]{4}年.{1,6}日)\\s*印\\s*发");
  private static final Pattern ATTACHMENT_LEAD = Pattern.compile("附\\s*件\\s*[：:]\\s*(.*)");
  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})\\s*[．.、]\\s*(.+)");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\\u3000、]+");

  private OfficialElementsFinder() {}

  /** Offers {@code draft} what the text states; what the draft already holds stays. */
  static void find(String title, List<String> paragraphs, OfficialDraft draft) {
    List<String> p = paragraphs.stream().map(String::strip).toList();
    int titleAt = title == null ? -1 : indexOf(p, title, HEADER_PARAGRAPHS);
    String fullTitle = title;
    if (title != null && PolicyTitles.docType(title) == null && titleAt >= 0 && titleAt + 1 < p.size()) {
      String joined = PolicyTitles.onTwoLines(title, p.get(titleAt + 1));
      fullTitle = joined != null ? joined : title;
    }
    draft.offerDocType(PolicyTitles.docType(fullTitle), "title");
    String[] issued = PolicyTitles.issuedInstrument(fullTitle);
    if (issued != null && PolicyTitles.docType(fullTitle) != null) {
      draft.offerIssuedInstrument(issued[0], issued[1]);
    }
    List<String> markIssuers = List.of();
    int bodyFrom = Math.max(0, titleAt + 1);
    for (int i = 0; i < Math.min(HEADER_PARAGRAPHS, p.size()); i++) {
      String line = p.get(i);
      if (DocNumber.parse(line) != null) {
        draft.offerDocNumber(line, "header");
        bodyFrom = Math.max(bodyFrom, i + 1);
      } else if (markIssuers.isEmpty() && (titleAt < 0 || i < titleAt)) {
        Matcher m = MARK.matcher(line);
        if (m.matches()) {
          // a joint document stacks its issuers' names, 文件 beside the last
          markIssuers = new ArrayList<>(names(m.group(1)));
          for (int j = i - 1; j >= 0 && !markIssuers.isEmpty() && !names(p.get(j)).isEmpty(); j--) {
            markIssuers.addAll(0, names(p.get(j)));
          }
        }
      }
    }
    if (!draft.hasDocNumber() && !draft.hasDocType() && markIssuers.isEmpty()) {
      return;
    }
    int recipientsAt = -1;
    for (int i = bodyFrom; i < Math.min(bodyFrom + 3, p.size()); i++) {
      Matcher m = RECIPIENTS.matcher(p.get(i));
      if (m.matches() && !NOT_RECIPIENTS.matcher(m.group(1)).find()) {
        draft.offerRecipients(m.group(1), "body");
        recipientsAt = i;
        break;
      }
    }
    int dateAt = -1;
    for (int i = Math.max(bodyFrom, recipientsAt + 1) + 1; i < p.size(); i++) {
      LocalDate d = DateParser.whole(p.get(i));
      if (d != null) {
        dateAt = i;
        draft.offerDateSigned(d, "signature");
        break;
      }
    }
    if (dateAt > 0) {
      draft.offerIssuers(signature(p, dateAt), "signature");
    }
    draft.offerAttachments(attachments(p, bodyFrom + 1), "body");
    draft.offerIssuers(markIssuers, "header");
    if (fullTitle != null && draft.hasDocType()) {
      Matcher m = TITLE_ISSUER.matcher(fullTitle);
      if (m.lookingAt()) {
        List<String> named = names(m.group(1));
        if (!named.isEmpty()) {
          draft.offerIssuers(named, "title");
        }
      }
    }
    for (int i = Math.max(0, dateAt); i < p.size(); i++) {
      Matcher cc = CC.matcher(p.get(i));
      if (cc.matches()) {
        draft.offerCc(cc.group(1), "closing");
      }
      Matcher printed = PRINTED.matcher(p.get(i));
      if (printed.matches()) {
        draft.offerPrinted(printed.group(1).strip(), DateParser.whole(printed.group(2)), "closing");
      }
    }
  }

  /** The organisations named in the paragraphs right above the 成文日期: one per line, or several on one line. */
  private static List<String> signature(List<String> p, int dateAt) {
    List<String> names = new ArrayList<>();
    for (int i = dateAt - 1; i >= 0 && dateAt - i <= 4; i--) {
      List<String> here = names(p.get(i));
      if (here.isEmpty()) {
        break;
      }
      names.addAll(0, here);
    }
    return names;
  }

  /** The organisation names a line consists of (separated by spaces or 、), or none when it is anything else. */
  private static List<String> names(String line) {
    List<String> out = new ArrayList<>();
    for (String part : NAME_SEPARATORS.split(line.strip())) {
      if (part.isEmpty()) {
        continue;
      }
      if (!ORGANISATION.matcher(part).matches()) {
        return List.of();
      }
      out.add(part);
    }
    return out;
  }

  /**
   * The first 附件说明 after the body's start — under the body or under an instrument the document
   * issues: {@code 附件：1．标题} with the further numbered titles on their own lines, or
   * {@code 附件：标题}, or {@code 附件：} with the title on the next line.
   */
  private static List<String> attachments(List<String> p, int from) {
    int dateAt = p.size();
    for (int i = from; i < p.size(); i++) {
      Matcher lead = ATTACHMENT_LEAD.matcher(p.get(i));
      if (!lead.matches()) {
        continue;
      }
      List<String> titles = new ArrayList<>();
      String first = lead.group(1).strip();
      if (first.isEmpty()) {
        if (i + 1 < dateAt && !p.get(i + 1).contains("。")) {
          titles.add(p.get(i + 1));
        }
        return titles;
      }
      Matcher numbered = NUMBERED.matcher(first);
      titles.add(numbered.matches() ? numbered.group(2).strip() : first);
      for (int j = i + 1; j < dateAt && numbered.matches(); j++) {
        Matcher next = NUMBERED.matcher(p.get(j));
        if (!next.matches()) {
          break;
        }
        titles.add(next.group(2).strip());
      }
      return titles;
    }
    return List.of();
  }

  private static int indexOf(List<String> p, String title, int within) {
    for (int i = 0; i < Math.min(within, p.size()); i++) {
      if (p.get(i).equals(title) || i + 1 < p.size() && (p.get(i) + p.get(i + 1)).equals(title)) {
        return i;
      }
    }
    return -1;
  }
}
