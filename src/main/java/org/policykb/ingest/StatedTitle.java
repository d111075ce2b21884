package org.policykb.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A title that metadata states (a record's field, a page's title), as lists and sites cut or extend it:
 * cut short with an ellipsis ({@code 关于印发《…》的通知（发改能源规〔2019...}) when the text prints it
 * whole, or carrying the document's number in parentheses ({@code …的通知（发改能源规〔2019〕916号）}),
 * which belongs in the text under the title, not in the title; or, as a wiki names a page, told from its
 * namesakes by a year ({@code 中华人民共和国公司法 (1993年)}).
 */
final class StatedTitle {
  private static final int FIRST_BLOCKS = 4;
  private static final int MAX_CUT = 80;
  /** A wiki's page name told from its namesakes by a year after a space, 中华人民共和国公司法 (1993年): no part of the title. */
  private static final Pattern WIKI_YEAR = Pattern.compile("(?<=\\S)[ \\u00A0]+\\((?:1[89]|20)\\d\\d年\\)$");

  private StatedTitle() {}

  /** The title {@code stated} stands for, given the text's first {@code blocks} (a number moved out of it is added to them). */
  static String repair(String stated, List<Block> blocks) {
    String title = WIKI_YEAR.matcher(stated).replaceFirst("");
    if (title.endsWith("...") || title.endsWith("…")) {
      String prefix = title.replaceFirst("(\\.\\.\\.|…+)$", "");
      title = blocks.stream().limit(FIRST_BLOCKS).map(b -> TextNormalizer.heading(b.text()))
          .filter(b -> b.startsWith(prefix) && b.length() > prefix.length() && b.length() <= prefix.length() + MAX_CUT)
          .findFirst().orElse(title);
    }
    String[] numbered = ParenthesisedNumber.split(title);
    if (numbered != null && PolicyTitles.docType(numbered[0]) != null) {
      boolean printed = blocks.stream().limit(FIRST_BLOCKS).anyMatch(b -> b.text().contains(numbered[1]));
      if (!printed) {
        blocks.add(0, Block.paragraph("（" + numbered[1] + "）"));
      }
      return numbered[0];
    }
    return title;
  }
}
