package org.policykb.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines of a page with a seal: those found on its grey copy (the seal nearly paper) replace the pieces
 * the seal left to the detector, are added where nothing was found, and leave the page's own lines alone
 * elsewhere. Boxes as the detector gives them: centre, width, height (pixels).
 */
class SealedLinesTest {
  private static TextBox box(double cx, double cy, double width) {
    return new TextBox(cx, cy, width, 40, 0, 0.9);
  }

  @Test
  void aLineFoundWholeReplacesItsPiecesAndANewOneIsAdded() {
    TextBox title = box(1000, 300, 1200);
    TextBox datePart = box(1685, 2489, 370); // 2013年8月
    TextBox dayPart = box(2010, 2496, 128); // 日
    TextBox wholeDate = box(1768, 2489, 535); // 2013年8月21日
    TextBox hidden = box(1700, 2400, 300); // a line the seal hid entirely
    TextBox sameTitle = box(1001, 301, 1190); // found again, no wider: the page's stays
    assertEquals(List.of(title, wholeDate, hidden), OcrEngine.merged(List.of(title, datePart, dayPart), List.of(sameTitle, wholeDate, hidden)));
  }

  @Test
  void twoLinesFoundAsOneNarrowerThanTheyAreStayTwo() {
    TextBox left = box(500, 1000, 600);
    TextBox right = box(1300, 1000, 600);
    TextBox joined = box(900, 1000, 900); // narrower than both together: not the same ink
    assertEquals(List.of(left, right), OcrEngine.merged(List.of(left, right), List.of(joined)));
  }
}
