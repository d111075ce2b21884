package org.policykb.ingest;

import org.policykb.model.Paragraph;

/** A paragraph or heading during cleaning, before offsets are assigned. */
record Block(String type, String text) {
  static Block heading(String text) {
    return new Block(Paragraph.HEADING, text);
  }

  static Block paragraph(String text) {
    return new Block(Paragraph.PARAGRAPH, text);
  }

  boolean isHeading() {
    return Paragraph.HEADING.equals(type);
  }
}
