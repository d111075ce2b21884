package org.policykb.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Notices that sources append to the end of a record and that are not the document's text, dropped
 * by what they are rather than by their exact wording: licence and public-domain notices (every
 * variant of Wikisource's, in simplified or traditional characters, with their footnotes and the
 * {@code Public domain} / {@code false} lines of the template), copyright and disclaimer statements
 * (as {@link NoticeBlocks} knows them on web pages), and an app's "本文来自…请下载…APP" line. Only trailing blocks are
 * looked at, from the end back to the first block that is text.
 */
final class TrailingNotices {
  /** Blocks looked at from the end; a notice with its footnotes is never longer. */
  private static final int MAX_BLOCKS = 24;
  /** Characters looked at from the end: Wikisource's longest notice with its footnotes is under 1,000. */
  private static final int MAX_CHARS = 3000;
  /** Blocks read together when deciding whether one opens a notice. */
  private static final int LOOK_AHEAD = 6;
  /** Template remnants: {@code Public domain}, {@code false}, a lone footnote mark or bracket. */
  private static final Pattern REMNANT =
      Pattern.compile("(?i)^(public domain|pd-[\\w-]+|false|true|↑|\\^|\\[|\\]|\\[\\d+\\]|cpc \\d+)$");
  /** Words that only a licence notice uses. */
  private static final Pattern LICENCE =
      Pattern.compile("(?i)公有领域|公有領域|public domain|版权失效|版權失效|维基文库|維基文庫|wikisource|creative commons|GFDL|CC[- ]BY");
  /**
   * A statement about the work itself: 本作品…, 这部作品…, 本文… (never 本文件…, which opens a
   * policy's own closing article), opening a sentence about its rights.
   */
  private static final Pattern ABOUT_THE_WORK = Pattern.compile(
      "^[↑\\s]*(?:(?:本|此|该|該|这|這)部?(?:作品|文章|稿件|条目|條目)|(?:本|此)文(?![件本化字])|作品)");
  /** Rights words of notices; 许可 and 授权 alone are not among them, policies use them for their own matters. */
  private static final Pattern RIGHTS =
      Pattern.compile("版权|版權|著作权|著作權|(?:不得|禁止|严禁|嚴禁|未经|未經).{0,8}(?:转载|轉載|复制|複製)");
  /** （本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP） */
  private static final Pattern APP_PROMO = Pattern.compile("^[（(]?\\s*本文来自.{0,40}(?:下载|下載).{0,20}(?:APP|App|app|客户端)");

  private TrailingNotices() {}

  /**
   * Removes the notices at the end of {@code blocks}, in place: from the first block of the last
   * {@value #MAX_BLOCKS} that opens a notice (everything after it — footnotes, template notes — belongs
   * to it) when that tail is short, then any remnants left at the very end.
   */
  static void strip(List<Block> blocks) {
    int size = blocks.size();
    int chars = 0;
    int from = size;
    for (int i = size - 1; i >= Math.max(0, size - MAX_BLOCKS); i--) {
      String s = TextNormalizer.heading(blocks.get(i).text());
      chars += s.length();
      if (chars > MAX_CHARS) {
        break;
      }
      if (isNotice(s, blocks, i)) {
        from = i;
      }
    }
    blocks.subList(from, size).clear();
    while (!blocks.isEmpty()) {
      String s = TextNormalizer.heading(blocks.get(blocks.size() - 1).text());
      if (!s.isEmpty() && !REMNANT.matcher(s).matches()) {
        return;
      }
      blocks.remove(blocks.size() - 1);
    }
  }

  /**
   * A block that opens a notice: a statement about the work and its rights or licence, a copyright or
   * disclaimer statement, a template's note, an app's promotion. A paragraph that merely mentions
   * the public domain is not one: the block must open like a notice. {@code ahead} is the block with
   * the few that follow it, since hyperlinked words of a notice often stand on lines of their own.
   */
  static boolean isNotice(String s, List<Block> blocks, int at) {
    return (ABOUT_THE_WORK.matcher(s).find() && isAboutRights(ahead(blocks, at)))
        || NoticeBlocks.isRightsStatement(s)
        || s.startsWith("本模板")
        || APP_PROMO.matcher(s).find();
  }

  private static boolean isAboutRights(String s) {
    return RIGHTS.matcher(s).find() || LICENCE.matcher(s).find();
  }

  private static String ahead(List<Block> blocks, int from) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < Math.min(blocks.size(), from + LOOK_AHEAD); i++) {
      s.append(blocks.get(i).text());
    }
    return s.toString();
  }
}
