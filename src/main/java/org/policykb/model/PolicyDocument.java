package org.policykb.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A cleaned policy article with its metadata. Unknown metadata is null, never guessed.
 *
 * @param id stable id: the corpus file name without its extension
 * @param title the title as found, or derived from the first sentence when {@code titleDerived}
 * @param date publication date when stated or safely derivable
 * @param year publication year when stated (also when only the year is known)
 * @param dateFrom where the date (or the year, when only that is known) was read: one of
 *     {@link #DATE_SOURCES}; null when the document states neither
 * @param source publication or outlet, e.g. 新华日报
 * @param authors author names in order of appearance
 * @param text cleaned text; paragraphs are separated by a blank line
 * @param paragraphs the blocks of {@code text}, in order
 * @param file the corpus file this document was read from, relative to the corpus folder
 * @param format which reader produced it (front-matter, markdown, pdf-text, plain, html, json)
 * @param parks the high-tech zones and parks the text mentions, normalised, in order of first mention
 * @param cites the policies the text cites by title (《…》 naming a policy instrument), normalised
 * @param official the elements of an official document it states (发文字号, 发文机关, 文种, 成文日期 …);
 *     {@link OfficialElements#NONE} when it states none
 * @param pages for a document read from a paged file (PDF, OFD), where each page's text lies in
 *     {@code text}, in page order; empty for other files
 */
public record PolicyDocument(
    String id,
    String title,
    boolean titleDerived,
    LocalDate date,
    Integer year,
    String dateFrom,
    String source,
    List<String> authors,
    String url,
    List<String> categories,
    List<String> tags,
    String text,
    List<Paragraph> paragraphs,
    String file,
    String format,
    List<String> parks,
    List<String> cites,
    OfficialElements official,
    List<Page> pages) {

  /**
   * Where a date can come from: the file's front matter, a JSON record's fields, the page's HTML
   * metadata or header, a dateline under the title, the title, the path of the document's own or
   * its source's URL, a 来源 line naming an issue, the 成文日期 of an official document that states no
   * other date, or a curator's {@code .meta.yaml}.
   */
  public static final List<String> DATE_SOURCES =
      List.of("front_matter", "record", "html_meta", "dateline", "title", "url", "source_line", "signature", "meta_override");

  public PolicyDocument {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, was '" + id + "'");
    }
    if (text == null) {
      throw new IllegalArgumentException("text must not be null for document " + id);
    }
    authors = authors == null ? List.of() : List.copyOf(authors);
    categories = categories == null ? List.of() : List.copyOf(categories);
    tags = tags == null ? List.of() : List.copyOf(tags);
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    parks = parks == null ? List.of() : List.copyOf(parks);
    cites = cites == null ? List.of() : List.copyOf(cites);
    official = official == null ? OfficialElements.NONE : official;
    pages = pages == null ? List.of() : List.copyOf(pages);
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      if (p.end() > text.length() || (i > 0 && (p.start() < pages.get(i - 1).end() || p.number() <= pages.get(i - 1).number()))) {
        throw new IllegalArgumentException("page " + p + " is out of order or past the text of " + id);
      }
    }
    for (Paragraph p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException(
            "paragraph end " + p.end() + " is past the text length " + text.length() + " of " + id);
      }
    }
    if (date != null && year != null && date.getYear() != year) {
      throw new IllegalArgumentException("year " + year + " contradicts date " + date + " of " + id);
    }
    if (date != null && year == null) {
      year = date.getYear();
    }
    if ((date == null && year == null) != (dateFrom == null)) {
      throw new IllegalArgumentException("date_from '" + dateFrom + "' without a date or year, or the reverse, in " + id);
    }
    if (dateFrom != null && !DATE_SOURCES.contains(dateFrom)) {
      throw new IllegalArgumentException("unknown date_from '" + dateFrom + "' in " + id);
    }
  }

  /** The text's length in Unicode characters (code points): a document's size wherever it is counted. */
  public int textChars() {
    return text.codePointCount(0, text.length());
  }

  /** The authors as one line, joined by 、 as Chinese bylines are; null when none is known. */
  public String authorLine() {
    return authors.isEmpty() ? null : String.join("、", authors);
  }

  /**
   * The number of the page on which the text at {@code offset} was printed: the last page that starts
   * at or before it; null for a document without pages.
   */
  public Integer pageAt(int offset) {
    Page p = pageOf(offset);
    return p == null ? null : p.number();
  }

  /**
   * The page on which the text at {@code offset} was printed ({@link #pageAt}); null for a document without
   * pages.
   */
  public Page pageOf(int offset) {
    Page found = null;
    for (Page p : pages) {
      if (p.start() > offset) {
        break;
      }
      if (p.start() < p.end()) {
        found = p;
      }
    }
    return found == null && !pages.isEmpty() ? pages.get(0) : found;
  }

  /** Whether some of its text was read by OCR from pictures of its pages (a scan). */
  public boolean readByOcr() {
    return pages.stream().anyMatch(p -> Page.OCR.equals(p.textFrom()));
  }

  /** The text of one paragraph. */
  public String paragraphText(Paragraph p) {
    return text.substring(p.start(), p.end());
  }
}
