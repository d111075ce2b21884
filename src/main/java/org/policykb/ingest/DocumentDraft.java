package org.policykb.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policykb.model.Paragraph;
import org.policykb.model.PolicyDocument;

/** A document being assembled by a reader: blocks plus whatever metadata is known so far. */
final class DocumentDraft {
  final String id;
  final String file;
  String format;
  String title;
  boolean titleDerived;
  LocalDate date;
  Integer year;
  String source;
  final List<String> authors = new ArrayList<>();
  String url;
  final List<String> categories = new ArrayList<>();
  final List<String> tags = new ArrayList<>();
  List<Block> blocks = new ArrayList<>();
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
    return new PolicyDocument(
        id, MetadataRules.value("title", title, warnings), titleDerived, date, year,
        MetadataRules.value("source", source, warnings), MetadataRules.values("author", authors, warnings),
        MetadataRules.url(url, warnings), MetadataRules.values("categories", categories, warnings),
        MetadataRules.values("tags", tags, warnings), body, paragraphs, file, format, ParkFinder.find(body),
        CitationFinder.find(body));
  }
}
