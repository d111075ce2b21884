package org.policykb.ingest.ocr;

/**
 * One line of a page as read, placed on the page straightened (pixels of the page image, y growing
 * downwards): its text and the mean probability the engine gave its characters.
 */
public record OcrLine(String text, double left, double top, double right, double bottom, double confidence) {}
