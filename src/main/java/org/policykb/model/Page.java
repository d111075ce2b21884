package org.policykb.model;

/**
 * One page of a document read from a paged file (PDF, OFD): the part of the cleaned text that was
 * printed on it, {@code text.substring(start, end)}. A page without text (blank, or a picture) has
 * {@code start == end}. Pages follow each other: one page's {@code end} is the next one's {@code start}
 * or lies in the blank line between two paragraphs.
 *
 * @param number the page's number in the file, from 1 (not the number printed on it)
 */
public record Page(int number, int start, int end) {
  public Page {
    if (number < 1) {
      throw new IllegalArgumentException("page number must be at least 1, was " + number);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("page span must be 0 <= start <= end, was " + start + ".." + end);
    }
  }
}
