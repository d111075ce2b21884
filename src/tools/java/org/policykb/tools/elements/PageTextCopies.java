package org.policykb.tools.elements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.policykb.model.DocNumber;

/**
 * The text a scraper keeps of a saved page, as many repositories keep policy pages: every text node of the
 * page — its {@code <title>}, menus, the article, the footer — stripped, on a line of its own, scripts and
 * styles left out (what BeautifulSoup's {@code get_text("\n", strip=True)} returns). The page's furniture
 * stays in it; what only the page's markup said (a {@code <meta>} date) does not, so a value the text no
 * longer shows is expected to be unread.
 */
public final class PageTextCopies {
  private static final List<String> PAGES = List.of("html", "htm", "shtml");
  private final Path work;

  public PageTextCopies() throws IOException {
    this.work = Files.createTempDirectory("policykb-pagetext");
  }

  /** Whether {@code file} is a saved page. */
  public static boolean pages(Path file) {
    return CopyFolders.hasExtension(file, PAGES);
  }

  /** The page's text kept as a UTF-8 {@code .txt} named like it, in a folder of its own. */
  public Path copy(Path page) {
    try {
      Path out = CopyFolders.folder(work, page).resolve(CopyFolders.stem(page) + ".txt");
      Files.writeString(out, text(page), StandardCharsets.UTF_8);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every text node of the page, stripped, one a line; the charset as the page declares it. */
  static String text(Path page) throws IOException {
    Document doc;
    try (InputStream in = Files.newInputStream(page)) {
      doc = Jsoup.parse(in, null, "");
    }
    doc.select("script, style, noscript, template").remove();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        String s = t.getWholeText().strip();
        if (!s.isEmpty() && !s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
          out.append(s).append('\n');
        }
      }
    }, doc);
    return out.toString();
  }

  /** {@code expected} with the values {@code text} no longer shows (only the page's markup stated them) left unstated. */
  public static ExpectedDocument visible(ExpectedDocument expected, String text) {
    String squeezed = squeeze(text);
    Map<String, String> values = new LinkedHashMap<>(expected.values());
    for (String field : List.of("title", "doc_number", "issuer", "date_signed", "date_published")) {
      String want = expected.get(field);
      if (!want.isEmpty() && !shows(field, want, field.startsWith("date") ? text : squeezed)) {
        values.put(field, "");
        if (field.equals("title")) {
          values.put("doc_type", ""); // read from the title
        }
      }
    }
    return new ExpectedDocument(expected.file(), expected.publisher(), values);
  }

  private static boolean shows(String field, String want, String squeezed) {
    return switch (field) {
      case "issuer" -> List.of(want.split("、")).stream().allMatch(name -> squeezed.contains(squeeze(name)));
      case "date_signed", "date_published" -> dateShown(LocalDate.parse(want), squeezed);
      default -> squeezed.contains(squeeze(want));
    };
  }

  /** Whether {@code text} prints the date: 2022-07-14, 2022年7月14日 (spaces inside allowed), 二〇二二年七月十四日. */
  private static boolean dateShown(LocalDate d, String text) {
    Pattern digits = Pattern.compile("(?<!\\d)" + d.getYear() + "\\s*[-年/.]\\s*0?" + d.getMonthValue() + "\\s*[-月/.]\\s*0?"
        + d.getDayOfMonth() + "(?!\\d)");
    String han = DocNumber.withoutSpaces(text);
    return digits.matcher(text).find() || han.contains(hanDate(d)) || han.contains(hanDate(d).replace('〇', '○'));
  }

  /** 2024年1月5日 in Han numerals as a signature prints it: 二〇二四年一月五日. */
  static String hanDate(LocalDate d) {
    StringBuilder year = new StringBuilder();
    for (char c : Integer.toString(d.getYear()).toCharArray()) {
      year.append("〇一二三四五六七八九".charAt(c - '0'));
    }
    return year + "年" + hanNumber(d.getMonthValue()) + "月" + hanNumber(d.getDayOfMonth()) + "日";
  }

  private static String hanNumber(int n) {
    String digits = "〇一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    return (n >= 20 ? String.valueOf(digits.charAt(n / 10)) : "") + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
  }

  private static String brackets(String s) {
    return s.replaceAll("[\\[【［（(﹝]", "〔").replaceAll("[\\]】］）)﹞]", "〕");
  }

  private static String squeeze(String s) {
    return brackets(DocNumber.withoutSpaces(s));
  }
}
