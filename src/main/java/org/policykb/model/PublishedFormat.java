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

  /**
   * The format of a document as read: a catalogue record (a search service's entry holding only a
   * summary or a title, {@code json+catalogue}) is {@code catalogue}, after every format that holds the
   * text itself, so a work shows a file of its whole text before it.
   */
  public static String of(String file, String readAs) {
    return readAs != null && readAs.startsWith("json+catalogue") ? CATALOGUE : of(file);
  }

  /** A catalogue record's format: its entry holds a summary or a title, not the text. */
  public static final String CATALOGUE = "catalogue";

  /** The format's place in {@link #ORDER}: lower is read better; any other format comes after them. */
  public static int rank(String format) {
    int at = ORDER.indexOf(format);
    return at < 0 ? ORDER.size() : at;
  }

  /**
   * How well a file was read: its format's {@link #rank(String)}; after every format read from text when
   * some of it was read by OCR from pictures of pages (a scanned PDF's text may hold misread characters);
   * a catalogue record, which holds no more than a summary, after all of them.
   */
  public static int rank(String format, boolean ocr) {
    int later = ORDER.size() + 1;
    return CATALOGUE.equals(format) ? 2 * later : rank(format) + (ocr ? later : 0);
  }
}
