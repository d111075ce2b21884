package org.policykb.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The title of a text that has no metadata: its first {@code #} heading, else the title a list of documents
 * prints with its number ({@link #listed}), else the title of what a
 * 公告 opening the text publishes ({@link PublishedTitle}), else an official
 * document's title near the top (关于…的通知: set on one line or on two, printed once or twice), else
 * a title-like line near the top (skipping labels such as 编者按 and numbered section headings), else
 * — marked as derived — the first sentence of the text, shortened at a clause boundary.
 */
final class TitleFinder {
  static final int MAX_DERIVED = 40;
  /** The longest official title looked for (关于印发《…》的通知 can be long). */
  private static final int MAX_OFFICIAL = 120;
  private static final Pattern LABEL = Pattern.compile("^(编者按|编者的话|编者注|导读|导语|核心提示|摘要|内容提要|按语)[:：]?$");

  private TitleFinder() {}

  static void find(DocumentDraft draft, boolean firstIsMarkdownTitle) {
    if (draft.blocks.isEmpty()) {
      return;
    }
    if (firstIsMarkdownTitle) {
      draft.title = TextNormalizer.heading(draft.blocks.get(0).text());
      return;
    }
    for (int i = 0; i < Math.min(4, draft.blocks.size()); i++) {
      String listed = listed(TextNormalizer.heading(draft.blocks.get(i).text()));
      if (listed != null) {
        draft.title = listed;
        return;
      }
    }
    String published = PublishedTitle.in(draft.blocks);
    if (published != null) {
      draft.title = published;
      return;
    }
    if (officialTitle(draft) || underBanner(draft)) {
      return;
    }
    int looked = 0;
    for (Block b : draft.blocks) {
      String s = TextNormalizer.heading(b.text());
      if (LABEL.matcher(s).matches()) {
        continue;
      }
      if (b.isHeading() && !LineShapes.ENUMERATOR.matcher(s).find()) {
        if (!standsAsTitle(s)) {
          break;
        }
        draft.title = s;
        return;
      }
      if (LEAD_IN.matcher(s).find()) {
        break; // a 主送 line addresses the text: its title stands above it
      }
      if (++looked >= 3) {
        break;
      }
    }
    derive(draft);
  }

  /**
   * A title ending in 的 and a 文种 within the first four blocks, or one set on two lines that
   * together make one (a page that puts each line of the title in a paragraph of its own): it
   * becomes one heading, and a copy of it right below (a database export prints it twice) goes.
   */
  private static boolean officialTitle(DocumentDraft draft) {
    List<Block> blocks = draft.blocks;
    RunOnHeader.splitFirst(blocks, null);
    for (int i = 0; i < Math.min(4, blocks.size()); i++) {
      String line = TextNormalizer.heading(blocks.get(i).text());
      boolean numbered = org.policykb.model.DocNumber.parse(line) != null && PolicyTitles.docType(line) != null; // 公告〔2023〕第7号
      if (!numbered && (line.length() > MAX_OFFICIAL || !titlePart(line) || line.endsWith("文件"))) {
        continue; // the 版头 and the number above a title are no part of it
      }
      String title = PolicyTitles.docType(line) != null ? line : null;
      int lines = 1;
      if (title == null && i + 1 < blocks.size()) {
        String next = TextNormalizer.heading(blocks.get(i + 1).text());
        title = PolicyTitles.onTwoLines(line, next);
        lines = 2;
        if (title == null && i + 2 < blocks.size()) {
          // 全国人民代表大会常务委员会关于批准 / 《国务院关于…的暂行办法》 / 的决议
          title = PolicyTitles.onTwoLines(line + next, TextNormalizer.heading(blocks.get(i + 2).text()));
          title = title != null && next.length() <= 60 && titlePart(next) ? title : null;
          lines = 3;
        }
      }
      if (title == null) {
        continue;
      }
      for (int k = 0; k < lines; k++) {
        blocks.remove(i);
      }
      blocks.add(i, Block.heading(title));
      if (i + 1 < blocks.size() && TextNormalizer.heading(blocks.get(i + 1).text()).equals(title)) {
        blocks.remove(i + 1);
      }
      draft.title = title;
      return true;
    }
    return false;
  }

  /**
   * The line under a 版头 (…文件) and its 发文字号, whatever it ends with: the title of a 规章 or a 方案 names no 文种
   * (苏州市人民政府文件 / 苏府规字〔2015〕2号 / 苏州市高新区管理办法).
   */
  private static boolean underBanner(DocumentDraft draft) {
    List<Block> blocks = draft.blocks;
    if (blocks.size() < 4) {
      return false;
    }
    String banner = TextNormalizer.heading(blocks.get(0).text());
    String number = TextNormalizer.heading(blocks.get(1).text());
    String title = TextNormalizer.heading(blocks.get(2).text());
    if (!banner.endsWith("文件") || banner.length() > 40 || org.policykb.model.DocNumber.parse(number) == null
        || title.length() > MAX_OFFICIAL || !titlePart(title) || !standsAsTitle(title)) {
      return false;
    }
    blocks.set(2, Block.heading(title));
    draft.title = title;
    return true;
  }

  /** A 令's heading and number, then in parentheses the title of what it promulgates. */
  private static final Pattern DECREE_LISTED = Pattern.compile("(\\S.{1,60}?令\\s*[〔\\[［(（]?(?:19|20)\\d\\d[〕\\]］)）]?\\s*第\\s*\\d{1,5}\\s*号)\\s*[（(](.{4," + MAX_OFFICIAL + "})[）)]");

  /**
   * The title a list of documents (a legal database, a site's index) prints on a line with a number: the
   * title with the document's number in parentheses after it, {@code 关于…的意见（银发〔2024〕2号）}, or a
   * 令's heading and number with the title of what it promulgates in parentheses, {@code
   * 中国人民银行令〔2024〕第1号（…的决定）}; null for any other line. The line stays as printed.
   */
  static String listed(String line) {
    String[] numbered = ParenthesisedNumber.split(line);
    if (numbered != null && PolicyTitles.docType(numbered[0]) != null) {
      return numbered[0];
    }
    String[] decree = decreeListed(line);
    return decree == null ? null : decree[1];
  }

  /** A 令 listed as {@code 中国人民银行令〔2024〕第1号（…的决定）}: its heading and number, and the title; null for any other line. */
  static String[] decreeListed(String line) {
    java.util.regex.Matcher d = DECREE_LISTED.matcher(line);
    if (!d.matches() || org.policykb.model.DocNumber.find(d.group(1)) == null || !titlePart(d.group(2))
        || PolicyTitles.docType(d.group(2)) == null && !PolicyTitles.isPolicy(d.group(2))) {
      return null;
    }
    return new String[] {d.group(1).strip(), d.group(2).strip()};
  }

  /**
   * Whether a short line standing alone may be a title: not a line leading into what follows (a 主送
   * line, 经研究决定：), not a number standing alone (第232号 under a 令's lost heading), not a date or a
   * span of dates (2020年2月19日至22日, a 督查's schedule).
   */
  private static boolean standsAsTitle(String line) {
    return !LEAD_IN.matcher(line).find() && !SERIAL_ALONE.matcher(line).matches() && !DATE_FIRST.matcher(line).lookingAt();
  }

  private static final Pattern LEAD_IN = Pattern.compile("[：:]\\s*$");
  private static final Pattern SERIAL_ALONE = Pattern.compile("[（(]?(?:(?:19|20)\\d\\d年)?第\\s*[0-9０-９]{1,5}\\s*号[）)]?");
  private static final Pattern DATE_FIRST = Pattern.compile("(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日");

  /** Whether a line may be part of a title: no sentence, no 发文字号, no date standing alone. */
  private static boolean titlePart(String line) {
    return !line.contains("。") && org.policykb.model.DocNumber.find(line) == null && DateParser.whole(line) == null;
  }

  /** The first sentence of the first paragraph, cut at a clause boundary when long. */
  static void derive(DocumentDraft draft) {
    for (Block b : draft.blocks) {
      String s = TextNormalizer.paragraph(b.text());
      if (s.isEmpty() || LABEL.matcher(s).matches()) {
        continue;
      }
      String sentence = s.split("(?<=[。！？!?；;])", 2)[0].replaceAll("[。；;]$", "");
      if (sentence.length() > MAX_DERIVED) {
        int cut = -1;
        for (int i = MAX_DERIVED; i >= 10; i--) {
          if ("，,、：:".indexOf(sentence.charAt(i)) >= 0) {
            cut = i;
            break;
          }
        }
        int hard = Character.isHighSurrogate(sentence.charAt(MAX_DERIVED - 1)) ? MAX_DERIVED - 1 : MAX_DERIVED;
        sentence = (cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, hard)) + "…";
      }
      draft.title = sentence;
      draft.titleDerived = true;
      return;
    }
  }
}
