package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * The head of a text whose paragraphs a site's search service ran together: the title, the 发文字号
 * and the 主送机关 in one string before the body ({@code 重庆市人民政府关于…的意见渝府发〔2019〕17号各区县
 * （自治县）人民政府，市政府有关部门：产业园区…}). Split into the paragraphs they were printed as, only
 * where the title ends in a 文种 and a number or a 主送 line follows it at once.
 */
final class RunOnHeader {
  private static final int MAX_TITLE = 120;
  private static final Pattern NUMBER_AT_START = Pattern.compile(
      "\\s*([\\p{IsHan}A-Za-z]{1,16}\\s*[〔\\[【［（(﹝]\\s*(?:19|20)\\d\\d\\s*[〕\\]】］）)﹞]\\s*第?\\s*\\d{1,5}\\s*号)");
  /**
   * A number whose brackets a site lost, right after the title (…的通知粤发改气候函2017937号广州市发展改革委：): the
   * agency code, the year and the serial run together.
   */
  private static final Pattern LOST_BRACKETS_AT_START = Pattern.compile("\\s*(\\p{IsHan}{2,16}?(?:19|20)\\d{3,9}号)");
  /** The number in parentheses, as a legal database prints it after the title (…的通知（银发〔2021〕237号）各省…：). */
  private static final Pattern PARENTHESISED_AT_START = Pattern.compile(
      "\\s*([（(]\\s*([\\p{IsHan}A-Za-z]{1,16}\\s*[〔\\[【［﹝]\\s*(?:19|20)\\d\\d\\s*[〕\\]】］﹞]\\s*第?\\s*\\d{1,5}\\s*号)\\s*[）)])");
  private static final Pattern RECIPIENTS_AT_START = Pattern.compile("\\s*([^。：:；]{2,200}[：:])");

  private RunOnHeader() {}

  /** Replaces the first of {@code blocks} by the paragraphs it was printed as, when it is such a head (see {@link #split}). */
  static void splitFirst(List<Block> blocks, String title) {
    List<String> runOn = blocks.isEmpty() ? null : split(TextNormalizer.paragraph(blocks.get(0).text()), title);
    if (runOn != null) {
      blocks.remove(0);
      for (int k = runOn.size() - 1; k >= 0; k--) {
        blocks.add(0, Block.paragraph(runOn.get(k)));
      }
    }
  }

  /**
   * The paragraphs {@code text} was printed as when it starts with an official title run into what
   * follows it ({@code title} when known, else found by its 文种); null when it does not.
   */
  static List<String> split(String text, String title) {
    int end = title != null ? (text.startsWith(title) ? title.length() : -1) : titleEnd(text);
    if (end <= 0 || end >= text.length()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    out.add(text.substring(0, end));
    String rest = text.substring(end);
    Matcher n = numberAtStart(rest);
    if (n != null) {
      out.add(n.group(1).strip());
      rest = rest.substring(n.end());
      if (n.pattern() == PARENTHESISED_AT_START && !RECIPIENTS_AT_START.matcher(rest).lookingAt()) {
        return null; // a title and its number in parentheses are one line as printed, unless the 主送 line was run into them
      }
    } else if (!RECIPIENTS_AT_START.matcher(rest).lookingAt()) {
      return null; // a title followed by anything else (its number in parentheses) is one run as printed
    }
    Matcher r = RECIPIENTS_AT_START.matcher(rest);
    if (r.lookingAt()) {
      out.add(r.group(1).strip());
      rest = rest.substring(r.end());
    }
    if (!rest.isBlank()) {
      out.add(rest.strip());
    }
    return out.size() > 1 ? out : null;
  }

  /** Where an official title at the start of {@code text} ends: the shortest prefix ending in 的 and a 文种 that a number or 主送 line follows. */
  private static int titleEnd(String text) {
    for (int k = 6; k <= Math.min(MAX_TITLE, text.length() - 1); k++) {
      String prefix = text.substring(0, k);
      if (prefix.contains("。") || PolicyTitles.docType(prefix) == null) {
        continue;
      }
      String rest = text.substring(k);
      if (numberAtStart(rest) != null || RECIPIENTS_AT_START.matcher(rest).lookingAt()) {
        return k;
      }
    }
    return -1;
  }

  /** The 发文字号 {@code rest} starts with, its brackets printed or lost ({@link DocNumber#parse}); null when none. */
  private static Matcher numberAtStart(String rest) {
    for (Pattern p : List.of(NUMBER_AT_START, LOST_BRACKETS_AT_START, PARENTHESISED_AT_START)) {
      Matcher n = p.matcher(rest);
      if (n.lookingAt() && DocNumber.parse(n.group(n.groupCount() == 1 ? 1 : 2)) != null) {
        return n;
      }
    }
    return null;
  }
}
