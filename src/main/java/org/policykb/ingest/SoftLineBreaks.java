package org.policykb.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word's manual line breaks (a bare LF) in a text saved from Word, whose paragraphs end in CRLF. */
final class SoftLineBreaks {
  /** The empty lines opening a text and its first paragraph, up to the first CRLF. */
  private static final Pattern FIRST_PARAGRAPH = Pattern.compile("(\\A\\uFEFF?(?:[ \\t\\u3000]*\\r\\n)*)([^\\r]+?)(?=\\r\\n)");
  private static final int SOFT_TITLE_CHARS = 100;

  private SoftLineBreaks() {}

  /**
   * A text whose lines end in CRLF (a Word document saved as text) sets its title on lines broken with
   * a bare LF, Word's manual line break (全国人民代表大会常务委员会关于批准 / 《…》 / 的决议): those lines are
   * one title. Only the first paragraph is joined, and only when it is no sentence.
   */
  static String joinTitle(String text) {
    Matcher m = FIRST_PARAGRAPH.matcher(text);
    if (!m.lookingAt() || !text.contains("\r\n")) {
      return text;
    }
    String first = m.group(2);
    String joined = first.replaceAll("[ \t\u3000]*\n[ \t\u3000]*", "");
    if (!first.contains("\n") || joined.length() > SOFT_TITLE_CHARS || joined.contains("。") || joined.contains("；")) {
      return text;
    }
    return m.group(1) + joined + text.substring(m.end(2));
  }

}
