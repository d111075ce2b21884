package org.policykb.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the blocks of a web page's article that are notices about the page rather than its text:
 * page tools (打印 关闭, 字号 大 中 小), view counters, 上一篇/下一篇 links, copyright and disclaimer
 * notices, the labels of related-article lists and of readers' messages, and — before the first or after the last sentence
 * of the article only, where they cannot be part of it — contact footers and menus of short words.
 * Each is recognised by its shape, so that the same notice in other words is dropped too.
 */
final class NoticeBlocks {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\u00a0|｜/·•、:：【】\\[\\]()（）<>《》»\\-—]+");
  private static final Pattern TOOLS = Pattern.compile(
      "(?:打印(?:本页|本文|此文)?|关闭(?:窗口|本页)?|(?:加入|添加)?收藏(?:夹|本页|本文)?|设为首页|分享(?:到)?|字号|字体|调整|"
          + "[大中小]{2,}|默认|(?:我要)?纠错|返回(?:顶部|首页|列表)?|顶部|转发|复制链接|扫一扫|\\+1|关于我们|联系我们|网站地图|"
          + "微信|微博|QQ空间|举报|放大|缩小)+");
  /** Sites' own furniture, in the words they print it (扫一扫在手机打开当前页, 用来校验该浏览器是否支持HTML5). */
  private static final Pattern FURNITURE = Pattern.compile(
      "扫一扫在手机(?:上)?(?:打开|查看|浏览)(?:当前|本)?页(?:面)?|用来校验该浏览器是否支持HTML5|目录项的基本信息|仅打印内容|"
          + "^(?:当前位置|您(?:现在)?的位置|您所在的位置)[:：]");
  /** A run of page tools glued to the end of a text's last sentence ({@code …特此公告。 字号：大中小打印仅打印内容}). */
  private static final Pattern TRAILING_TOOLS = Pattern.compile(
      "(?<=[。！？”）)])\\s*(?:字号\\s*[:：]?\\s*[大中小]{2,3}|【?打印】?|【?关闭】?|仅打印内容|扫一扫在手机打开当前页|分享到|收藏)(?:\\s*(?:字号\\s*[:：]?\\s*[大中小]{2,3}|【?打印】?|【?关闭】?|仅打印内容|扫一扫在手机打开当前页|分享到|收藏|[:：]))*\\s*$");
  /**
   * The font-size tool (字号：大中小) and the tools after it, ending a text whatever stands before them: no
   * sentence says 字号：大中小 ({@code …办公厅2020年5月14日印发字号：大中小打印仅打印内容}).
   */
  private static final Pattern TRAILING_FONT_TOOLS = Pattern.compile(
      "\\s*字号\\s*[:：]\\s*[大中小]\\s*[大中小]\\s*[大中小]?(?:\\s*(?:【?打印】?|【?关闭】?|仅打印内容|扫一扫在手机打开当前页|分享到|收藏))*\\s*$");
  private static final Pattern PAGER = Pattern.compile("(?:[【\\[]\\d+[】\\]]\\s*){2,}");
  private static final Pattern VIEW_COUNT = Pattern.compile("(?:浏览|阅读|点击|访问)(?:次数|量|数|人次)\\s*[:：]");
  private static final Pattern PREV_NEXT = Pattern.compile("^[【\\[]?[上下]一(?:篇|条|页|则)(?:[】\\]]|\\s*[:：]|$)");
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)版权所有|版权归|copyright|©|ICP[备证]|公网安备|未经.{0,20}(?:许可|授权|同意).{0,10}(?:不得|禁止|严禁)(?:转载|复制|使用|摘编)");
  private static final Pattern DISCLAIMER = Pattern.compile(
      "^[【\\[](?:免责|特别|郑重|重要|版权)?声明[】\\]]|^(?:免责|特别|郑重|重要|版权)?声明\\s*[:：]"
          + "|^(?:本文|本站|本网|本平台).{0,40}(?:仅供参考|不构成.{0,8}建议|风险自担|自行承担|无关|不代表)");
  /** The label of a list of other pages: 相关新闻, 热话题, 为你推荐, 猜你喜欢 … */
  private static final Pattern RELATED_LABEL = Pattern.compile(
      "^\\p{IsHan}{0,4}(?:阅读|推荐|话题|排行|喜欢)$"
          + "|^(?:相关|热门?|热点|推荐|延伸|更多|精彩|网友|最新|图片|政策)\\p{IsHan}{0,3}(?:新闻|文章|聚焦|专题|资讯|视频|图片|评论|解读|链接)$");
  /** The label of readers' messages and the replies to them: 网友留言, 我要留言, 留言选登, 评论区 … */
  private static final Pattern MESSAGES_LABEL = Pattern.compile(
      "^(?:网友|读者|市民|群众|公众|用户|我要|最新|热门|全部)?(?:留言|评论|跟帖)(?:板|区|墙|选登|回复|列表)?$");
  private static final Pattern CONTACT_LABEL =
      Pattern.compile("(?i)(?:地址|邮编|邮政编码|电话|传真|邮箱|e-?mail)\\s*[:：]");
  private static final int MAX_LABEL = 20;
  /** A notice is short; a longer block is article text that happens to use a notice's words. */
  private static final int MAX_NOTICE = 200;
  /** A menu is this many short blocks in a row. */
  private static final int MENU_RUN = 5;
  private static final double MENU_WORD_WIDTH = 6;

  private NoticeBlocks() {}

  /**
   * A text of any shape without the page notices at its edges (a record's body keeps a site's furniture
   * at its start or end: 扫一扫在手机打开当前页, 字号：大中小 打印) and without page tools glued to its end.
   */
  static void dropAtEdges(List<Block> blocks) {
    for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - EDGE; i--) {
      if (isNotice(blocks.get(i).text().strip())) {
        blocks.remove(i);
      }
    }
    for (int i = Math.min(EDGE, blocks.size()) - 1; i >= 0; i--) {
      if (isNotice(blocks.get(i).text().strip())) {
        blocks.remove(i);
      }
    }
    if (!blocks.isEmpty()) {
      Block last = blocks.get(blocks.size() - 1);
      String cut = TRAILING_FONT_TOOLS.matcher(TRAILING_TOOLS.matcher(last.text()).replaceFirst("")).replaceFirst("");
      if (!cut.equals(last.text())) {
        blocks.set(blocks.size() - 1, new Block(last.type(), cut));
      }
    }
  }

  private static final int EDGE = 3;

  /** {@code blocks} without the notices. */
  static List<Block> drop(List<Block> blocks) {
    int firstSentence = 0;
    while (firstSentence < blocks.size() && !hasSentence(blocks.get(firstSentence))) {
      firstSentence++;
    }
    int lastSentence = blocks.size() - 1;
    while (lastSentence > firstSentence && !hasSentence(blocks.get(lastSentence))) {
      lastSentence--;
    }
    boolean[] menu = shortWordMenus(blocks);
    List<Block> kept = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      String s = blocks.get(i).text().strip();
      boolean edge = i < firstSentence || i > lastSentence;
      if (isNotice(s) || (edge && (menu[i] || isContactFooter(s)))) {
        continue;
      }
      kept.add(blocks.get(i));
    }
    return kept;
  }

  static boolean isNotice(String s) {
    if (s.length() > MAX_NOTICE) {
      return false;
    }
    String words = SEPARATORS.matcher(s).replaceAll("");
    return (!words.isEmpty() && TOOLS.matcher(words).matches())
        || FURNITURE.matcher(s).find() && s.length() <= 60
        || PAGER.matcher(s).matches()
        || VIEW_COUNT.matcher(s).find()
        || PREV_NEXT.matcher(s).find()
        || COPYRIGHT.matcher(s).find()
        || DISCLAIMER.matcher(s).find()
        || isSectionLabel(words);
  }

  /**
   * Whether {@code s} labels a section of other pages or of readers' messages (相关阅读, 为你推荐,
   * 网友留言): what follows such a label is not the article.
   */
  static boolean isSectionLabel(String s) {
    if (s.length() > MAX_LABEL) {
      return false;
    }
    String words = SEPARATORS.matcher(s).replaceAll("");
    return RELATED_LABEL.matcher(words).matches() || MESSAGES_LABEL.matcher(words).matches();
  }

  /** A copyright or disclaimer statement (版权所有, 免责声明：…, 未经授权不得转载), wherever a text ends with one. */
  static boolean isRightsStatement(String s) {
    return s.length() <= MAX_NOTICE && mayBeRightsStatement(s) && (COPYRIGHT.matcher(s).find() || DISCLAIMER.matcher(s).find());
  }

  /** Words one of which every copyright or disclaimer pattern holds: a cheap first look before the patterns. */
  private static final List<String> RIGHTS_WORDS = List.of(
      "版权", "©", "声明", "备", "未经", "本文", "本站", "本网", "本平台", "opyright", "OPYRIGHT", "ICP", "icp");

  private static boolean mayBeRightsStatement(String s) {
    for (String w : RIGHTS_WORDS) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContactFooter(String s) {
    return s.length() <= MAX_NOTICE && CONTACT_LABEL.matcher(s).results().count() >= 2;
  }

  private static boolean hasSentence(Block b) {
    return !b.isHeading() && LineShapes.isProse(b.text().strip());
  }

  /** Which blocks belong to a run of at least {@link #MENU_RUN} short blocks without punctuation. */
  private static boolean[] shortWordMenus(List<Block> blocks) {
    boolean[] menu = new boolean[blocks.size()];
    int start = 0;
    for (int i = 0; i <= blocks.size(); i++) {
      if (i < blocks.size() && isMenuWord(blocks.get(i).text().strip())) {
        continue;
      }
      if (i - start >= MENU_RUN) {
        Arrays.fill(menu, start, i, true);
      }
      start = i + 1;
    }
    return menu;
  }

  private static boolean isMenuWord(String s) {
    return LineShapes.width(s) <= MENU_WORD_WIDTH && s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ');
  }
}
