package org.policykb.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text that opens with the 公告 or the 令 publishing it — {@code 《最高人民法院关于…的批复》已于…通过，现予公布},
 * {@code …制定了《人民币银行结算账户管理办法》，经…通过，现予公布} — and then prints what it published, its title on one line or two (the organ's name above 关于…): the
 * title is the published document's, not the 公告's heading.
 */
final class PublishedTitle {
  private static final Pattern PUBLISHES = Pattern.compile("《([^《》]{6,120})》[^。《》]{0,80}?(?:现予公布|现予发布|予以公布|予以发布)");
  /** The announcement is among the first blocks. */
  private static final int ANNOUNCEMENT_BLOCKS = 4;
  /** The published title follows the announcement's signature. */
  private static final int TITLE_BLOCKS = 12;

  private PublishedTitle() {}

  /** The published document's title when the text prints it after the announcement; else null. */
  static String in(List<Block> blocks) {
    for (int i = 0; i < Math.min(ANNOUNCEMENT_BLOCKS, blocks.size()); i++) {
      Matcher m = PUBLISHES.matcher(TextNormalizer.paragraph(blocks.get(i).text()));
      if (!m.find()) {
        continue;
      }
      String title = m.group(1);
      for (int j = i + 1; j < Math.min(i + TITLE_BLOCKS, blocks.size()); j++) {
        String line = TextNormalizer.heading(blocks.get(j).text());
        String next = j + 1 < blocks.size() ? TextNormalizer.heading(blocks.get(j + 1).text()) : "";
        if (line.equals(title) || (line + next).equals(title)) {
          return title;
        }
      }
      return null;
    }
    return null;
  }
}
