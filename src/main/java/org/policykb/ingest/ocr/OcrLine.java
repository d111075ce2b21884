package org.policykb.ingest.ocr;

/**
 * One line of a page as read, placed on the page straightened (pixels of the page image, y growing
 * downwards): its text and the mean probability the engine gave its characters.
 *
 * @param inked the width of its boxes without the gaps between them (letter-spaced names, a table's cells):
 *     over the characters they hold it is the line's type size, which a box's height tells only roughly
 */
public record OcrLine(String text, double left, double top, double right, double bottom, double confidence, double inked) {}
