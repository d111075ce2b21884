package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text a scraper kept of a government site's page, furniture and all — every text node on a line of
 * its own: the page's {@code <title>}, menus, a breadcrumb, the article, related links, the footer (what
 * {@code get_text("\n")} returns). Told from other text by its shape: menus of short words and the notices
 * of a page (a breadcrumb, 版权所有, ICP备案). The article is cut out of it: from its title — the part of the
 * page's {@code <title>} printed again below the breadcrumb, else the line the breadcrumb ends on — to its
 * last sentence and the signature and date under it, before the footer; inside it the page's tools go and
 * the labels of the page's metadata are joined to their values ({@code 发布日期：} / {@code 2017-05-15}), read
 * as a page's metadata ({@link PageTable}, {@link PublishedLine}) and taken out.
 */
final class PageText {
  /** Lines of a page's menus: a few Han characters (or a word), no punctuation. */
  private static final Pattern MENU_WORD = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{1,6}");
  private static final int MENU_LINES = 8;
  private static final int LOOKED_AT = 120;
  /** The label a breadcrumb starts with (当前位置：, 您当前的位置：, 您现在所在位置：). */
  private static final Pattern BREADCRUMB = Pattern.compile("^(?:您)?(?:当前|现在)?(?:所在)?的?位置\\s*[:：]?.{0,40}$");
  /** A breadcrumb's separator, or a menu's, standing alone. */
  private static final Pattern SEPARATOR = Pattern.compile("[>›»|｜/\\\\·•✖×\\-—]{1,3}");
  /** A page's footer: the lines no article goes past. */
  private static final Pattern FOOTER = Pattern.compile(
      "^(?:网站地图|联系我们|友情链接|关于我们|网站声明|隐私声明|网站帮助|主办单位|主办[:：]|承办单位|网站标识码|技术支持)");
  /** A sentence's punctuation: a line of the article's prose. */
  private static final Pattern SENTENCE = Pattern.compile("[。；！？]");
  /** The tools of a page standing alone on their lines: 大 / 中 / 小, 【打印】. */
  private static final Pattern TOOL = Pattern.compile("[【\\[]?(?:大|中|小|默认|打印|关闭|收藏|订阅|分享)[】\\]]?");
  /** A page's title and its site's name, as its {@code <title>} joins them (万载县人民政府 | 万载县…统计公报). */
  private static final Pattern TITLE_PARTS = Pattern.compile("\\s*[|｜_]\\s*|\\s*(?<!\\d)[-－—–]+(?!\\d)\\s*");
  /** The labels of a page's metadata other than {@link PageTable}'s: where it came from, how often it was read. */
  private static final Pattern PAGE_LABEL = Pattern.compile(
      "(?:信息|文章)?来源|作者|访问量|浏览量|浏览次数|点击数|点击量|阅读数|阅读量|(?:浏览)?字号|字体|(?:发布|发表|公开|更新)(?:日期|时间)");
  private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00a0\\u3000]+|[\\s\\u00a0\\u3000]+$");
  /** A line of the attachments' list: 附件：, 1.…, 2、…. */
  private static final Pattern ATTACHMENT = Pattern.compile("附件|\\d{1,2}\\s*[.、．]");
  /** A signature without a date names this many organs at most; more names are a list of links. */
  private static final int MAX_UNDATED_NAMES = 3;
  /** Signature lines, a date and an attachment list may follow the last sentence. */
  private static final int CLOSING_LINES = 10;

  /**
   * The article, and the page's metadata lines that were taken out of it: labels and values, and the day
   * (and time) the page was put up standing alone under its title ({@code 2022-11-16 10:20}).
   */
  record Cut(String article, List<String> metadata) {
    /** The day the page was put up, as a metadata line states it; null when none does. */
    java.time.LocalDate published() {
      java.time.LocalDate labelled = PublishedLine.date(metadata);
      return labelled != null ? labelled : metadata.stream().map(DateParser::dateTime).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
  }

  private PageText() {}

  /** The article of {@code text} when it is the text of a whole page; null for any other text. */
  static Cut cut(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n")) {
      String s = EDGE_SPACE.matcher(line).replaceAll(""); // a page's spaces are no-break ones too (\u00a0>\u00a0)
      if (!s.isEmpty()) {
        lines.add(s);
      }
    }
    if (!isPage(lines)) {
      return null;
    }
    int crumb = breadcrumb(lines);
    int start = start(lines, crumb);
    if (start < 0) {
      return null;
    }
    int firstSentence = firstSentence(lines, start);
    if (firstSentence < 0) {
      return null;
    }
    int footer = lines.size();
    for (int i = firstSentence + 1; i < lines.size(); i++) {
      if (isFooter(lines.get(i))) {
        footer = i;
        break;
      }
    }
    int end = end(lines, firstSentence, footer);
    List<String> article = new ArrayList<>();
    List<String> metadata = new ArrayList<>();
    // the page's metadata is printed between the breadcrumb and the prose, above the article's title or under it
    for (int i = Math.max(1, crumb + 1); i < end; i++) {
      String line = lines.get(i);
      if (i < firstSentence && isLabel(line) && i + 1 < firstSentence && !isLabel(lines.get(i + 1))) {
        line = line + lines.get(++i); // 发布日期： / 2017-05-15
      }
      if (i < firstSentence && (isMetadata(line) || i > start && DateParser.dateTime(line) != null)) {
        metadata.add(line); // a label and its value, or the day and time the page was put up, standing alone under its title
        continue;
      }
      if (i < start || SEPARATOR.matcher(line).matches() || TOOL.matcher(line).matches() || NoticeBlocks.isNotice(line)
          || i < firstSentence && inMenu(lines, i)) {
        continue;
      }
      article.add(line);
    }
    return article.isEmpty() ? null : new Cut(String.join("\n", article) + "\n", metadata);
  }

  /** Menus of short words and at least two of a page's notices (a breadcrumb, a copyright, 扫一扫 …). */
  private static boolean isPage(List<String> lines) {
    int menu = 0;
    for (int i = 0; i < Math.min(LOOKED_AT, lines.size()); i++) {
      if (MENU_WORD.matcher(lines.get(i)).matches()) {
        menu++;
      }
    }
    int notices = 0;
    for (String line : lines) {
      if (BREADCRUMB.matcher(line).matches() || NoticeBlocks.isNotice(line) || isFooter(line)) {
        notices++;
      }
    }
    return menu >= MENU_LINES && notices >= 2;
  }

  /**
   * Where the article starts: the first line below the breadcrumb (or, without one, below the page's
   * title) that prints a part of the page's title, else the line the breadcrumb ends on; -1 when neither.
   */
  private static int start(List<String> lines, int crumb) {
    List<String> parts = new ArrayList<>();
    for (String part : TITLE_PARTS.split(lines.get(0))) {
      if (part.strip().length() >= 6) {
        parts.add(squeeze(part));
      }
    }
    for (int i = Math.max(1, crumb + 1); i < lines.size(); i++) {
      if (parts.contains(squeeze(lines.get(i)))) {
        return i;
      }
    }
    if (crumb < 0) {
      return -1;
    }
    // 当前位置： / 首页 / > / 政策法规 / > / 法律 / 中华人民共和国公司法: the crumbs alternate with separators
    int i = crumb + 1;
    if (!lines.get(crumb).matches(".*[:：]")) {
      return i; // the whole breadcrumb on one line
    }
    while (i < lines.size()) {
      if (SEPARATOR.matcher(lines.get(i)).matches()) {
        i++;
      } else if (i + 1 < lines.size() && SEPARATOR.matcher(lines.get(i + 1)).matches()) {
        i += 2;
      } else {
        return i + 1; // the last crumb: the page's own place
      }
    }
    return -1;
  }

  /** The breadcrumb's first line, -1 when the page prints none. */
  private static int breadcrumb(List<String> lines) {
    for (int i = 0; i < Math.min(LOOKED_AT, lines.size()); i++) {
      if (BREADCRUMB.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** A menu under the title: this many short words in a row, none an organ's name (a 版头's stacked names are no menu). */
  private static final int MENU_RUN = 5;

  private static boolean inMenu(List<String> lines, int i) {
    if (!isMenuWord(lines.get(i))) {
      return false;
    }
    int from = i;
    while (from > 0 && isMenuWord(lines.get(from - 1))) {
      from--;
    }
    int to = i;
    while (to + 1 < lines.size() && isMenuWord(lines.get(to + 1))) {
      to++;
    }
    return to - from + 1 >= MENU_RUN;
  }

  private static boolean isMenuWord(String line) {
    return MENU_WORD.matcher(line).matches() && OrganisationNames.in(line).isEmpty();
  }

  private static int firstSentence(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (SENTENCE.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return -1;
  }

  /** After the last sentence before the footer: the signature, the date, the attachments' list under it. */
  private static int end(List<String> lines, int firstSentence, int footer) {
    int last = firstSentence;
    for (int i = firstSentence; i < footer; i++) {
      if (SENTENCE.matcher(lines.get(i)).find() && !NoticeBlocks.isNotice(lines.get(i))) {
        last = i;
      }
    }
    int end = last + 1;
    int names = 0;
    for (int i = last + 1; i < Math.min(footer, last + 1 + CLOSING_LINES); i++) {
      String line = lines.get(i);
      if (DateParser.whole(line) != null) {
        end = i + 1; // the signature and its date
        break;
      }
      if (ATTACHMENT.matcher(line).lookingAt()) {
        continue; // the attachments' list between the prose and the signature: 附件： / 1.…
      }
      if (OrganisationNames.in(line.replaceAll("^[（(]|[）)]$", "")).isEmpty()) {
        break;
      }
      if (++names <= MAX_UNDATED_NAMES) {
        end = i + 1; // a signature without a date: a few names, not a list of links to other sites
      }
    }
    while (end < footer && lines.get(end).startsWith("附件")) {
      end++;
    }
    return end;
  }

  private static boolean isFooter(String line) {
    return FOOTER.matcher(line).find() || NoticeBlocks.isNotice(line) && !SENTENCE.matcher(line).find();
  }

  /** A label of the page's metadata standing alone: 发布日期：, 信息来源：. */
  private static boolean isLabel(String line) {
    String label = line.replaceAll("[\\s\\u3000:：]+", "");
    return line.matches(".{1,14}[:：]") && (PageTable.isLabel(label) || PAGE_LABEL.matcher(label).matches());
  }

  /** A line of the page's metadata: a label and its value. */
  private static boolean isMetadata(String line) {
    int colon = line.replace('：', ':').indexOf(':');
    return colon > 0 && colon <= 14 && isLabel(line.substring(0, colon + 1));
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000\\u00a0]+", "");
  }
}
