package org.policykb.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The boxes read on a page made into printed lines: each box placed on the straightened page, boxes
 * side by side on one line (a signature and its date, a label and its text) joined left to right
 * with a space where a gap separates them, lines ordered top to bottom.
 */
final class PageLines {
  private PageLines() {}

  /** A box as read, on the straightened page. */
  record Read(TextBox box, String text, double confidence, int characters) {
    double u() {
      return box.cx() * Math.cos(box.angle()) + box.cy() * Math.sin(box.angle());
    }

    double v() {
      return -box.cx() * Math.sin(box.angle()) + box.cy() * Math.cos(box.angle());
    }
  }

  static List<OcrLine> join(List<Read> reads) {
    List<Read> sorted = new ArrayList<>(reads.stream().filter(r -> !r.text().isBlank()).toList());
    sorted.sort(Comparator.comparingDouble(Read::v));
    List<List<Read>> lines = new ArrayList<>();
    for (Read r : sorted) {
      List<Read> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && sameLine(last, r)) {
        last.add(r);
      } else {
        lines.add(new ArrayList<>(List.of(r)));
      }
    }
    List<OcrLine> out = new ArrayList<>();
    for (List<Read> line : lines) {
      line.sort(Comparator.comparingDouble(Read::u));
      out.add(line(line));
    }
    return out;
  }

  /** A box is on a line when its middle lies within half a line's height of the line's middle. */
  private static boolean sameLine(List<Read> line, Read r) {
    double v = line.stream().mapToDouble(Read::v).average().orElse(0);
    double h = line.stream().mapToDouble(x -> x.box().height()).average().orElse(0);
    return Math.abs(r.v() - v) < 0.5 * Math.min(h, r.box().height());
  }

  private static OcrLine line(List<Read> boxes) {
    StringBuilder text = new StringBuilder();
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    double sum = 0;
    int characters = 0;
    double inked = 0;
    for (Read r : boxes) {
      double u = r.u();
      double v = r.v();
      double half = r.box().width() / 2;
      if (!text.isEmpty() && u - half - right > r.box().height() * 0.6) {
        text.append(' ');
      }
      text.append(r.text());
      left = Math.min(left, u - half);
      right = Math.max(right, u + half);
      top = Math.min(top, v - r.box().height() / 2);
      bottom = Math.max(bottom, v + r.box().height() / 2);
      inked += r.box().width();
      sum += r.confidence() * r.characters();
      characters += r.characters();
    }
    return new OcrLine(text.toString(), left, top, right, bottom, characters == 0 ? 0 : sum / characters, inked);
  }
}
