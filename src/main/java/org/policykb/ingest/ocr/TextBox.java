package org.policykb.ingest.ocr;

/**
 * A line of text found on a page image, as a rectangle turned by the page's skew: its centre, its
 * width along the line and its height across it (pixels of the image), and the angle of its long side.
 */
record TextBox(double cx, double cy, double width, double height, double angle, double score) {}
