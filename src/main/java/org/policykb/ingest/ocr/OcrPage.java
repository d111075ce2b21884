package org.policykb.ingest.ocr;

import java.util.List;

/**
 * A page image as read: its lines from top to bottom, the image's size in pixels, and the engine's
 * mean confidence over all characters of the page (0 for a page without text).
 */
public record OcrPage(List<OcrLine> lines, int width, int height, double confidence) {
  public OcrPage {
    lines = List.copyOf(lines);
  }
}
