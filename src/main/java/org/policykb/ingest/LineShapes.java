package org.policykb.ingest;

import java.util.regex.Pattern;

/** Facts about one line of text that the cleaners decide by. */
final class LineShapes {
  /** Punctuation that ends a sentence, or a label (：) that ends a line. */
  private static final String TERMINAL = "。！？!?；;…：:";
  /** Closing marks that may follow the terminal punctuation. */
  private static final String CLOSERS = "”’」』)）》〉]】\"'";
  private static final String CLAUSE = "，,。、；;";
  /** A section number such as 一、 （二） 3. 第四、 — its 、 is not clause punctuation. */
  static final Pattern ENUMERATOR =
      Pattern.compile("^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．]|第[一二三四五六七八九十\\d]+[、,，])");
  private static final Pattern URL_LINE = Pattern.compile("^<?(https?://|//)[^\\s<>]+>?$");
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\(([^)\\s]*)\\)");
  private static final Pattern NAV_LINE =
      Pattern.compile("^(\\s*(?:-\\s+)?\\[[^\\]\\n]*\\]\\([^)\\s]*\\)(?:\\s|&emsp;|&ensp;|&nbsp;)*[|｜/·•>»]*(?:\\s|&emsp;|&ensp;|&nbsp;)*)+$");

  private LineShapes() {}

  static boolean endsTerminal(String line) {
    int i = line.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    if (TERMINAL.indexOf(line.charAt(i)) >= 0) {
      return true;
    }
    // A line wholly in brackets, such as an author note, is complete.
    char first = line.charAt(0);
    char last = line.charAt(line.length() - 1);
    return (first == '(' || first == '（') && (last == ')' || last == '）');
  }

  /** Running prose rather than a heading or caption: it has clause punctuation or is long. */
  static boolean isProse(String line) {
    return hasClausePunctuation(ENUMERATOR.matcher(line).replaceFirst("")) || width(line) > 60;
  }

  /** Whether the text holds a comma, an enumeration comma, a full stop or a semicolon. */
  static boolean hasClausePunctuation(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (CLAUSE.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Display width: a Chinese character counts 1, a Latin letter, digit or space ½; the quotes, dashes,
   * ellipsis and middle dot Chinese text sets full-width (“ ” ‘ ’ — … ·) count 1.
   */
  static double width(String line) {
    double w = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      w += c >= 0x2E80 || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·' ? 1 : 0.5;
    }
    return w;
  }

  static boolean isUrl(String line) {
    return (line.startsWith("<") || line.startsWith("http") || line.startsWith("//")) && URL_LINE.matcher(line).matches();
  }

  static String url(String line) {
    String u = line.replaceAll("^<|>$", "");
    return u.startsWith("//") ? "http:" + u : u;
  }

  /**
   * A legal database's header line over an exported document (北大法宝: {@code 【法宝引证码】 CLI.12.5115678}):
   * the database's own citation code, not the document's.
   */
  static boolean isDatabaseCode(String line) {
    return DATABASE_CODE.matcher(line).matches();
  }

  /** The address a labelled link line gives ({@code 原文链接：https://…}), or null when the line is anything else. */
  static String labelledUrl(String line) {
    java.util.regex.Matcher m = LABELLED_URL.matcher(line);
    return m.matches() ? m.group(1) : null;
  }

  private static final Pattern DATABASE_CODE = Pattern.compile("【法宝引证码】\\s*[A-Z]{2,5}[.\\w]*");
  private static final Pattern LABELLED_URL = Pattern.compile("(?:原文链接|原文地址|原文网址|来源链接)\\s*[:：]\\s*(https?://\\S+)");

  /** A line made only of Markdown links, such as {@code [返回首页](//…)｜[返回…](…)}. */
  static boolean isNavigation(String line) {
    return line.indexOf('[') >= 0 && line.indexOf("](") >= 0 && NAV_LINE.matcher(line).matches();
  }

  static boolean isPageNumber(String line) {
    return line.length() <= 3 && !line.isEmpty() && line.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Drops a page number glued to the end of a sentence ({@code 人才。9}). */
  static String withoutTrailingPageNumber(String line) {
    int digits = trailingPageNumberLength(line);
    return digits == 0 ? line : line.substring(0, line.length() - digits);
  }

  static boolean endsWithTrailingPageNumber(String line) {
    return trailingPageNumberLength(line) > 0;
  }

  /** 1–3 digits right after 。！？!?”」 at the end of the line, else 0. */
  private static int trailingPageNumberLength(String line) {
    int i = line.length();
    while (i > 0 && line.length() - i < 4 && line.charAt(i - 1) >= '0' && line.charAt(i - 1) <= '9') {
      i--;
    }
    int digits = line.length() - i;
    return digits >= 1 && digits <= 3 && i > 0 && "。！？!?”」".indexOf(line.charAt(i - 1)) >= 0 ? digits : 0;
  }

  /** Markdown inline markup reduced to its text: links keep their label, emphasis marks go. */
  static String stripInlineMarkdown(String line) {
    if (line.indexOf('[') < 0 && line.indexOf('*') < 0 && line.indexOf('_') < 0) {
      return line;
    }
    String s = MD_LINK.matcher(line).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    return s.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("__(.+?)__", "$1");
  }
}
