package org.policykb.model;

import java.util.List;
import java.util.Locale;

/**
 * How a document was published, read from its file's extension: {@code html}, {@code record} (a JSON
 * record), {@code txt} (text, Markdown, front matter), {@code docx}, {@code doc}, {@code pdf}, {@code ofd};
 * and which of a work's files is read best, so its text is the one shown: born-digital text before OCR.
 */
public final class PublishedFormat {
  /** From the best read to the worst: born-digital text first, then Word, PDF, OFD. */
  public static final List<String> ORDER = List.of("html", "record", "txt", "docx", "doc", "pdf", "ofd");

  private PublishedFormat() {}

  /** The format a file's name says. */
  public static String of(String file) {
    String name = file == null ? "" : file.toLowerCase(Locale.ROOT);
    return switch (name.substring(name.lastIndexOf('.') + 1)) {
      case "html", "htm" -> "html";
      case "json", "jsonl", "ndjson" -> "record";
      case "docx" -> "docx";
      case "doc", "wps" -> "doc";
      case "pdf" -> "pdf";
      case "ofd" -> "ofd";
      default -> "txt";
    };
  }

  /** The format's place in {@link #ORDER}: lower is read better. */
  public static int rank(String format) {
    int at = ORDER.indexOf(format);
    return at < 0 ? ORDER.size() : at;
  }

  /**
   * How well a file was read: its format's {@link #rank(String)}, after every format read from text when
   * some of it was read by OCR from pictures of pages (a scanned PDF's text may hold misread characters).
   */
  public static int rank(String format, boolean ocr) {
    return rank(format) + (ocr ? ORDER.size() + 1 : 0);
  }
}
