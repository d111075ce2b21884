package org.policykb.model;

/**
 * One block of a document's cleaned text: {@code text.substring(start, end)}.
 *
 * @param type {@code heading} or {@code paragraph}
 */
public record Paragraph(String type, int start, int end) {
  public static final String HEADING = "heading";
  public static final String PARAGRAPH = "paragraph";

  public Paragraph {
    if (!HEADING.equals(type) && !PARAGRAPH.equals(type)) {
      throw new IllegalArgumentException("type must be heading or paragraph, was " + type);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("paragraph span must be 0 <= start <= end, was " + start + ".." + end);
    }
  }
}
