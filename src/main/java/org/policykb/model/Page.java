package org.policykb.model;

/**
 * One page of a document read from a paged file (PDF, OFD): the part of the cleaned text that was
 * printed on it, {@code text.substring(start, end)}, and where that text came from. A page without
 * text (blank, or a picture) has {@code start == end}. Pages follow each other: one page's {@code end}
 * is the next one's {@code start} or lies in the blank line between two paragraphs.
 *
 * @param number the page's number in the file, from 1 (not the number printed on it)
 * @param textFrom {@value #TEXT_LAYER} (the file's own text; also what null means, as documents stored
 *     before pages said where their text came from were all read from it), {@value #OCR} (a picture of the
 *     page read by OCR), or {@value #UNREAD} (a picture that was not read: no OCR engine at hand)
 * @param ocrConfidence the OCR engine's mean confidence over the page's characters (0..1); null unless read by OCR
 * @param ocrEngine the name and version of the engine that read the page; null unless read by OCR
 */
public record Page(int number, int start, int end, String textFrom, Double ocrConfidence, String ocrEngine) {
  public static final String TEXT_LAYER = "text_layer";
  public static final String OCR = "ocr";
  public static final String UNREAD = "unread";

  public Page {
    if (number < 1) {
      throw new IllegalArgumentException("page number must be at least 1, was " + number);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("page span must be 0 <= start <= end, was " + start + ".." + end);
    }
    if (textFrom == null) {
      textFrom = TEXT_LAYER;
    }
    if (!textFrom.equals(TEXT_LAYER) && !textFrom.equals(OCR) && !textFrom.equals(UNREAD)) {
      throw new IllegalArgumentException("text_from must be text_layer, ocr or unread, was " + textFrom);
    }
    if (OCR.equals(textFrom) != (ocrEngine != null) || OCR.equals(textFrom) != (ocrConfidence != null)) {
      throw new IllegalArgumentException("a page read by OCR, and only such a page, names its engine and confidence, was "
          + textFrom + " with " + ocrEngine + " and " + ocrConfidence);
    }
    if (ocrConfidence != null && !(ocrConfidence >= 0 && ocrConfidence <= 1)) {
      throw new IllegalArgumentException("ocr_confidence must be 0..1, was " + ocrConfidence);
    }
  }

  /** A page of the file's own text. */
  public Page(int number, int start, int end) {
    this(number, start, end, TEXT_LAYER, null, null);
  }

  /** This page's span with {@code from}'s source of text. */
  public Page spanOf(Page from) {
    return new Page(number, start, end, from.textFrom, from.ocrConfidence, from.ocrEngine);
  }
}
