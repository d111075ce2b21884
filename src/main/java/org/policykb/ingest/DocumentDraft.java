package org.policykb.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policykb.model.Page;
import org.policykb.model.Paragraph;
import org.policykb.model.PolicyDocument;

/** A document being assembled by a reader: blocks plus whatever metadata is known so far. */
final class DocumentDraft {
  final String id;
  final String file;
  String format;
  String title;
  boolean titleDerived;
  private LocalDate date;
  private Integer year;
  private String dateFrom;
  String source;
  final List<String> authors = new ArrayList<>();
  String url;
  /** The address of the page or record the document was taken from, when it states one apart from its own. */
  String sourceUrl;
  final List<String> categories = new ArrayList<>();
  final List<String> tags = new ArrayList<>();
  List<Block> blocks = new ArrayList<>();
  /** For a paged file, the lines kept from each page, to find the pages in the cleaned text; null otherwise. */
  List<List<String>> pageLines;
  /** For a PDF, where each page's text came from (its own text layer or OCR), in page order; null otherwise. */
  List<Page> pageSources;
  /** The elements of an official document the file states as metadata; the text fills the rest. */
  final OfficialDraft official = new OfficialDraft();
  /** The organisations a title field named when it held only their names: the 版头's, the title being in the text. */
  List<String> statedHeader = List.of();
  /** The date a 来源 line states beside the outlet (来源：中国人大网　2018年3月21日), null when none. */
  LocalDate sourceLineDate;
  /** What the metadata rules changed, for the build report. */
  final List<String> warnings = new ArrayList<>();

  DocumentDraft(String id, String file) {
    this.id = id;
    this.file = file;
  }

  void addAuthor(String name) {
    if (name != null && !name.isBlank() && !authors.contains(name.strip())) {
      authors.add(name.strip());
    }
  }

  /**
   * The one rule for dates: the first place that states a date or a year decides it, in the order
   * the readers ask (the file's own metadata, then what the text states under its title, then the
   * title, then URLs). A later full date may only add the day to a year already known when the years
   * agree; a contradiction keeps what came first and says so in the build report.
   */
  void offerDate(LocalDate stated, String from) {
    if (stated == null || date != null) {
      return;
    }
    if (year != null && year != stated.getYear()) {
      warnings.add("date " + stated + " (" + from + ") contradicts year " + year + " (" + dateFrom + "): kept the year");
      return;
    }
    dateFrom = from;
    date = stated;
    year = stated.getYear();
  }

  /** A year stated without its day; see {@link #offerDate}. */
  void offerYear(Integer stated, String from) {
    if (stated == null || year != null) {
      if (stated != null && !stated.equals(year)) {
        warnings.add("year " + stated + " (" + from + ") contradicts " + (date != null ? "date " + date : "year " + year)
            + " (" + dateFrom + "): kept the first");
      }
      return;
    }
    year = stated;
    dateFrom = from;
  }

  /** The title comes from metadata; the text starts with it unless it already does. Without one, it is looked for. */
  void useStatedTitle(String stated) {
    if (stated == null || stated.isBlank()) {
      TitleFinder.find(this, false);
      return;
    }
    if (!OrganisationNames.in(stated).isEmpty()) {
      // a title field holding only organisations' names took the 版头 for the title when the text prints one
      TitleFinder.find(this, false);
      if (!titleDerived && PolicyTitles.docType(title) != null) {
        statedHeader = OrganisationNames.in(stated);
        return;
      }
      titleDerived = false;
    }
    title = StatedTitle.repair(TextNormalizer.heading(stated), blocks);
    RunOnHeader.splitFirst(blocks, title);
    boolean alreadyFirst = !blocks.isEmpty() && TextNormalizer.heading(blocks.get(0).text()).equals(title);
    if (!alreadyFirst) {
      blocks.add(0, Block.heading(title));
    }
  }

  /** Normalizes each block and lays the text out: blocks separated by one blank line. */
  PolicyDocument build() {
    StringBuilder text = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Block b : blocks) {
      String s = TextNormalizer.block(b);
      if (s.isEmpty()) {
        continue;
      }
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(s);
      paragraphs.add(new Paragraph(b.type(), start, text.length()));
    }
    String body = text.toString();
    String cleanTitle = MetadataRules.value("title", title, warnings);
    // a title made from the first sentence is none the document states: its readers look for the title it prints
    OfficialElementsFinder.find(titleDerived ? null : cleanTitle, paragraphs.stream().map(p -> body.substring(p.start(), p.end())).toList(),
        statedHeader, official);
    if (official.isOfficial() && "record".equals(dateFrom) && date != null) {
      official.offerDatePublished(date, "record"); // a record's date is when its site published the document
    }
    if ((official.isOfficial() || official.dateSigned() != null) && sourceLineDate != null) {
      official.offerDatePublished(sourceLineDate, "header"); // 来源：中国人大网　2018年3月21日 over a law: when the site published it
    }
    // a document that states no date of its own is dated by its 成文日期 (a PDF, a database export)
    offerDate(official.dateSigned(), "signature");
    return new PolicyDocument(
        id, cleanTitle, titleDerived, date, year, dateFrom,
        MetadataRules.value("source", source, warnings), MetadataRules.values("author", authors, warnings),
        MetadataRules.url(url, warnings), MetadataRules.values("categories", categories, warnings),
        MetadataRules.values("tags", tags, warnings), body, paragraphs, file, format, ParkFinder.find(body),
        CitationFinder.find(body), official.build(), pages(body));
  }

  private List<Page> pages(String body) {
    if (pageLines == null) {
      return List.of();
    }
    List<Page> spans = PageSpans.locate(body, pageLines);
    if (pageSources == null) {
      return spans;
    }
    List<Page> out = new ArrayList<>(spans.size());
    for (Page p : spans) {
      out.add(p.spanOf(pageSources.get(p.number() - 1)));
    }
    return out;
  }
}
