package org.policykb.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word files as policies are published: DOCX (Apache POI's XWPF) and DOC — and WPS files saved in
 * that format — (HWPF). The body's paragraphs in order, a paragraph in a heading style as a heading,
 * each table row as a paragraph of its cells' text (separated by ｜), footnotes after the text; headers and footers
 * (page numbers, {@code PAGE} fields) are page furniture and never read. A file that is not what its
 * extension says, encrypted or damaged is an error of its own; POI's zip limits refuse zip bombs.
 */
final class WordReader {
  /** Between a table row's cells: a mark that survives the spacing rules, which drop spaces between Han characters. */
  static final String CELL_SEPARATOR = "｜";

  private WordReader() {}

  /** The blocks of a Word file whose extension is {@code ext} (docx, doc or wps). */
  static List<Block> read(byte[] bytes, String ext) throws UnreadableSourceException {
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      throw new UnreadableSourceException("cannot read the file: " + e.getMessage(), e);
    }
    try {
      if (ext.equals("docx")) {
        if (magic != FileMagic.OOXML) {
          throw new UnreadableSourceException(magic == FileMagic.OLE2
              ? "an encrypted or Word 97–2003 file named .docx: save it as .docx again (or rename it .doc)"
              : "not a Word (.docx) file: " + describe(magic));
        }
        return docx(bytes);
      }
      if (magic != FileMagic.OLE2) {
        throw new UnreadableSourceException(magic == FileMagic.OOXML
            ? "a ." + ext + " file that is an Office Open XML (.docx) file: rename it .docx"
            : ext.equals("wps")
            ? "not a WPS file in the Word 97–2003 format (" + describe(magic) + "): save it from WPS as .docx"
            : "not a Word 97–2003 (.doc) file: " + describe(magic));
      }
      try {
        return doc(bytes);
      } catch (IOException | RuntimeException e) {
        if (ext.equals("wps") && !(e instanceof EncryptedDocumentException)) {
          throw new UnreadableSourceException("a WPS file in WPS Office's own format, not Word 97–2003: save it from WPS as .docx", e);
        }
        throw e;
      }
    } catch (EncryptedDocumentException e) {
      throw new UnreadableSourceException("encrypted (password-protected) Word file: no text to index", e);
    } catch (IOException | RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
        throw new UnreadableSourceException("refused: its compressed parts would expand far beyond their size (a zip bomb)", e);
      }
      throw new UnreadableSourceException("damaged Word file: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " (" + firstLine(e.getMessage()) + ")"), e);
    }
  }

  private static List<Block> docx(byte[] bytes) throws IOException {
    List<Block> out = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          add(out, p.getText(), isHeading(p.getStyleID(), doc));
        } else if (element instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
              String text = cell.getText().strip();
              if (!text.isEmpty()) {
                cells.add(text);
              }
            }
            add(out, String.join(CELL_SEPARATOR, cells), false);
          }
        }
      }
      for (XWPFFootnote note : doc.getFootnotes()) {
        for (XWPFParagraph p : note.getParagraphs()) {
          add(out, p.getText(), false);
        }
      }
    }
    return out;
  }

  private static List<Block> doc(byte[] bytes) throws IOException {
    List<Block> out = new ArrayList<>();
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
        WordExtractor extractor = new WordExtractor(doc)) {
      for (String p : extractor.getParagraphText()) {
        add(out, WordExtractor.stripFields(p), false);
      }
      for (String note : extractor.getFootnoteText()) {
        add(out, WordExtractor.stripFields(note), false);
      }
    }
    return out;
  }

  /** A paragraph's text; a manual line break inside it (a title set on two lines) joins its lines. */
  private static void add(List<Block> out, String text, boolean heading) {
    String s = text.replace("\r", "\n").replace('\u000B', '\n').replace('\u0007', ' ').replace('\u000C', '\n');
    s = s.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + joint(a, b) + b).orElse("");
    if (!s.isBlank()) {
      out.add(heading ? Block.heading(s) : Block.paragraph(s));
    }
  }

  /** Nothing between two Chinese lines of one paragraph, a space between Latin words. */
  private static String joint(String a, String b) {
    char last = a.charAt(a.length() - 1);
    char first = b.charAt(0);
    return last < 0x2E80 && first < 0x2E80 ? " " : "";
  }

  /** A paragraph in a heading style (Heading 1…, 标题 1…), by its id or its name. */
  private static boolean isHeading(String styleId, XWPFDocument doc) {
    if (styleId == null) {
      return false;
    }
    String name = doc.getStyles() == null || doc.getStyles().getStyle(styleId) == null ? styleId
        : doc.getStyles().getStyle(styleId).getName();
    String s = (styleId + " " + name).toLowerCase(Locale.ROOT);
    return s.contains("heading") || s.contains("标题") || s.equals("title title");
  }

  /** What a file's first bytes say it is, for a message. */
  static String describe(FileMagic magic) {
    return switch (magic) {
      case PDF -> "it is a PDF";
      case HTML -> "it is an HTML page";
      case OOXML -> "it is an Office Open XML (.docx) file";
      case OLE2 -> "it is an OLE2 (Word 97–2003) file";
      case UNKNOWN -> "its bytes are no Word format";
      default -> "it is " + magic;
    };
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
