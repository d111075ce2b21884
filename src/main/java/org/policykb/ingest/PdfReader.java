package org.policykb.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.policykb.model.Page;

/**
 * PDF files as policies are published, read from their text layer (Apache PDFBox): each page's
 * lines with their position and type size, in reading order, laid out into paragraphs by
 * {@link PageLayout}. A page that is a picture without a text layer (a scan) is read by OCR
 * ({@link ScannedPages}) into lines of the same kind.
 */
final class PdfReader {
  /** The most pages a PDF may have: memory stays bounded, and a file beyond it is refused with a message. */
  static final int MAX_PAGES = 5_000;

  private PdfReader() {}

  /**
   * A PDF's text laid out, where each page's text came from (spans left to be found), and what the
   * build should be told (picture pages that could not be read).
   */
  record Pages(PageLayout.Read layout, List<Page> sources, List<String> warnings) {}

  static Pages read(byte[] bytes) throws UnreadableSourceException {
    checkIsPdf(bytes);
    List<List<PageLayout.Line>> pages;
    List<Page> sources = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int count = pdf.getNumberOfPages();
      if (count > MAX_PAGES) {
        throw new UnreadableSourceException(
            "a PDF of " + count + " pages: more than the " + MAX_PAGES + " pages a file may have here; split it");
      }
      if (count == 0) {
        throw new UnreadableSourceException("a PDF without pages");
      }
      LineCollector collector = new LineCollector();
      collector.setSortByPosition(true);
      collector.writeText(pdf, Writer.nullWriter());
      pages = new ArrayList<>(collector.pages);
      List<Integer> pictures = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        sources.add(new Page(i + 1, 0, 0));
        if (pages.get(i).isEmpty() && hasImages(pdf.getPage(i))) {
          pictures.add(i);
        }
      }
      if (!pictures.isEmpty()) {
        readPictures(pdf, pictures, pages, sources, warnings);
      }
      if (pages.stream().allMatch(List::isEmpty)) {
        throw new UnreadableSourceException(pictures.isEmpty() ? "a PDF without text to index"
            : "scanned PDF, no text to index: its pages are pictures without a text layer, and OCR read no text on them");
      }
    } catch (InvalidPasswordException e) {
      throw new UnreadableSourceException("encrypted PDF: it needs a password to open, no text to index", e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableSourceException("damaged PDF: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " (" + e.getMessage().lines().findFirst().orElse("") + ")"), e);
    }
    return new Pages(PageLayout.lay(pages), sources, warnings);
  }

  /**
   * Reads the picture pages by OCR into {@code pages} and {@code sources}. Without an engine, a file of
   * pictures only is refused with how to enable OCR; a file with text pages keeps them, its picture
   * pages marked unread and named in a warning.
   */
  private static void readPictures(PDDocument pdf, List<Integer> pictures, List<List<PageLayout.Line>> pages,
      List<Page> sources, List<String> warnings) throws IOException, UnreadableSourceException {
    try {
      ScannedPages.Read read = ScannedPages.read(pdf, pictures);
      read.lines().forEach(pages::set);
      read.sources().forEach(sources::set);
    } catch (org.policykb.ingest.ocr.OcrUnavailableException e) {
      if (pictures.size() == pages.size()) {
        throw new UnreadableSourceException("scanned PDF, no text to index: its pages are pictures without a text layer, and "
            + "OCR is not available here (" + e.getMessage() + "). " + ScannedPages.HOW_TO_ENABLE, e);
      }
      for (int i : pictures) {
        sources.set(i, new Page(i + 1, 0, 0, Page.UNREAD, null, null));
      }
      warnings.add((pictures.size() == 1 ? "page " : "pages ")
          + String.join(", ", pictures.stream().map(i -> String.valueOf(i + 1)).toList())
          + " of the PDF " + (pictures.size() == 1 ? "is a picture" : "are pictures") + " without a text layer, not read: OCR is "
          + "not available here (" + e.getMessage() + "). " + ScannedPages.HOW_TO_ENABLE);
    }
  }

  /** A file of another known format named .pdf is refused with what it is (a renamed .docx, a page …). */
  private static void checkIsPdf(byte[] bytes) throws UnreadableSourceException {
    org.apache.poi.poifs.filesystem.FileMagic magic;
    try {
      magic = org.apache.poi.poifs.filesystem.FileMagic.valueOf(bytes);
    } catch (RuntimeException e) {
      return; // too short to tell: PDFBox says what is wrong
    }
    if (magic == org.apache.poi.poifs.filesystem.FileMagic.OOXML || magic == org.apache.poi.poifs.filesystem.FileMagic.OLE2
        || magic == org.apache.poi.poifs.filesystem.FileMagic.HTML) {
      throw new UnreadableSourceException("not a PDF: " + (magic == org.apache.poi.poifs.filesystem.FileMagic.OOXML
          ? "it is a zip archive (a .docx or an .ofd file?)" : WordReader.describe(magic)) + "; give it its own extension");
    }
  }

  /** Whether the page draws a picture (an image of its own, or one in a form it draws). */
  private static boolean hasImages(PDPage page) {
    return hasImages(page.getResources(), 0);
  }

  private static boolean hasImages(PDResources resources, int depth) {
    if (resources == null || depth > 3) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      try {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDImageXObject || x instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
          return true;
        }
      } catch (IOException e) {
        return true; // an object that cannot be read is no text either
      }
    }
    return false;
  }

  /** Collects each page's lines as PDFBox's stripper lays them out, with their positions. */
  private static final class LineCollector extends PDFTextStripper {
    final List<List<PageLayout.Line>> pages = new ArrayList<>();
    private List<PageLayout.Line> page;
    private float pageHeight;
    private final StringBuilder text = new StringBuilder();
    private float left = Float.MAX_VALUE;
    private float right = -Float.MAX_VALUE;
    private float baseline;
    private float size;
    /** The line's glyphs, to read a 版头 whose stacked names sorting interleaved ({@link StackedLines}). */
    private final List<StackedLines.Glyph> glyphs = new ArrayList<>();

    @Override
    protected void startPage(PDPage p) {
      page = new ArrayList<>();
      pageHeight = p.getCropBox() == null ? 0 : p.getCropBox().getHeight();
    }

    @Override
    protected void endPage(PDPage p) {
      endLine();
      pages.add(page);
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
      text.append(s);
      for (TextPosition t : positions) {
        left = Math.min(left, t.getXDirAdj());
        right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
        baseline = Math.max(baseline, t.getYDirAdj());
        size = Math.max(size, t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir());
        glyphs.add(new StackedLines.Glyph(t.getUnicode(), t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
            t.getYDirAdj(), t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir()));
      }
    }

    @Override
    protected void writeWordSeparator() {
      text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
      endLine();
    }

    private void endLine() {
      String s = text.toString().strip();
      List<PageLayout.Line> stacked = page == null ? null : StackedLines.unstack(glyphs, pages.size() + 1, pageHeight);
      if (stacked != null) {
        page.addAll(stacked);
      } else if (!s.isEmpty() && page != null) {
        page.add(new PageLayout.Line(pages.size() + 1, s, left, right, baseline, size, pageHeight));
      }
      glyphs.clear();
      text.setLength(0);
      left = Float.MAX_VALUE;
      right = -Float.MAX_VALUE;
      baseline = 0;
      size = 0;
    }
  }
}
