package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.model.Page;
import org.policykb.model.PolicyDocument;
import org.policykb.tools.ocr.CharacterAccuracy;
import org.policykb.tools.ocr.Scans;

/**
 * Scanned PDFs read by OCR: scans made here from text PDFs (the official document the PDF tests write,
 * and a real one of {@code ../shared/policydocs/formats} when it is there), read as a build reads them,
 * against the text the same PDF's own text layer gives (1 − CER, whitespace ignored); a PDF of text pages
 * and one scanned page; and a build without the OCR models.
 */
class ScannedPdfTest {
  @TempDir Path dir;

  private static final Path REAL = PolicyDocsTest.POLICYDOCS.resolve("formats").resolve("bucm_1.pdf");

  @Test
  void aScanOfTheOfficialDocumentAt300DpiIsReadByOcrAndItsPagesSaySo() throws IOException {
    byte[] text = PdfReaderTest.officialLayout(new ArrayList<>()).bytes();
    PolicyDocument born = read("通知.pdf", text);
    PolicyDocument scan = read("通知.pdf", Scans.scan(text, Scans.Condition.CLEAN_300, List.of(0, 1)));
    PolicyDocument firstTwo = read("通知.pdf", textPages(text, List.of(0, 1)));
    assertTrue(accuracy(firstTwo.text(), scan.text()) >= 0.98, scan.text());
    assertEquals(2, scan.pages().size());
    for (Page p : scan.pages()) {
      assertEquals(Page.OCR, p.textFrom());
      assertTrue(p.ocrConfidence() > 0.9 && p.ocrConfidence() <= 1, p.toString());
      assertTrue(p.ocrEngine().startsWith("PP-OCRv4"), p.ocrEngine());
    }
    assertEquals(born.title(), scan.title());
    assertTrue(scan.text().indexOf("各区人民政府") < scan.pages().get(0).end(), "the first page's text is on page 1");
    assertTrue(scan.pages().get(1).start() <= scan.text().indexOf("总体要求"), "the second page's text is on page 2");
  }

  @Test
  void aTextPdfWithOneScannedPageKeepsItsPagesInOrder() throws IOException {
    byte[] text = PdfReaderTest.officialLayout(new ArrayList<>()).bytes();
    PolicyDocument born = read("通知.pdf", text);
    byte[] mixed = Scans.withScannedPage(text, 1, Scans.Condition.DEGRADED_150);
    PolicyDocument d = read("通知.pdf", mixed);
    assertEquals(List.of(Page.TEXT_LAYER, Page.OCR, Page.TEXT_LAYER), d.pages().stream().map(Page::textFrom).toList());
    assertEquals(null, d.pages().get(0).ocrConfidence());
    assertNotNull(d.pages().get(1).ocrConfidence());
    assertTrue(accuracy(born.text(), d.text()) >= 0.95, d.text());
    assertTrue(accuracy(span(born, 1), span(d, 1)) >= 0.95, span(d, 1));
    assertEquals(span(born, 0), span(d, 0));
    assertEquals(strip(span(born, 2)), strip(span(d, 2)));
    assertEquals(2, d.pageAt(d.text().indexOf("总体要求")));
  }

  @Test
  void aRealPdfScannedAt300DpiAndDegradedAt150DpiIsReadToTheGoals() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(REAL), "../shared/policydocs is not here");
    byte[] text = textPages(Files.readAllBytes(REAL), List.of(0));
    String truth = read("real.pdf", text).text();
    assertTrue(accuracy(truth, read("real.pdf", Scans.scan(text, Scans.Condition.CLEAN_300, null)).text()) >= 0.98);
    assertTrue(accuracy(truth, read("real.pdf", Scans.scan(text, Scans.Condition.DEGRADED_150, null)).text()) >= 0.95);
  }

  /**
   * A scan's paragraphs are the text layer's: as many, each read to the same text within the engine's
   * errors (four characters in five at least, so that each is the same paragraph; a paragraph broken at a line read a size smaller, or two lines of a signature and its date run
   * together, fail), on the official layout and on the first page of a real PDF, clean and degraded.
   */
  @Test
  void aScansParagraphsAreTheTextLayersParagraphs() throws IOException {
    List<byte[]> pdfs = new ArrayList<>(List.of(PdfReaderTest.officialLayout(new ArrayList<>()).bytes()));
    if (Files.isRegularFile(REAL)) {
      pdfs.add(textPages(Files.readAllBytes(REAL), List.of(0)));
    }
    for (byte[] text : pdfs) {
      List<String> born = paragraphs(read("born.pdf", text));
      for (Scans.Condition c : List.of(Scans.Condition.CLEAN_300, Scans.Condition.DEGRADED_150)) {
        List<String> scanned = paragraphs(read("scan.pdf", Scans.scan(text, c, null)));
        assertEquals(born.size(), scanned.size(), c.name() + ":\n" + String.join("\n", scanned));
        for (int i = 0; i < born.size(); i++) { // the same paragraph: a short one may hold two misread brackets (〔〕 as 【】)
          assertTrue(accuracy(born.get(i), scanned.get(i)) >= 0.8, c.name() + ": " + born.get(i) + " read as " + scanned.get(i));
        }
      }
    }
  }

  /**
   * A title's bracketed second line stays in the title when read from a scan, as from the text layer: its ink
   * spans an em less than its characters (the first page of a real PDF of the development set, whose title
   * its expect.tsv gives).
   */
  @Test
  void aTitlesBracketedSecondLineStaysInTheTitleOfTheScan() throws IOException {
    byte[] text = textPages(Files.readAllBytes(Path.of("src/test/resources/policydev/extra/laosheng_2.pdf")), List.of(0));
    String title = "新型冠状病毒肺炎诊疗方案（试行第九版）"; // extra/expect.tsv
    assertEquals(title, read("born.pdf", text).title());
    assertEquals(title, read("scan.pdf", Scans.scan(text, Scans.Condition.CLEAN_300, null)).title());
  }

  private static List<String> paragraphs(PolicyDocument d) {
    return d.paragraphs().stream().map(d::paragraphText).toList();
  }

  @Test
  void withoutTheModelsAScanSaysItCouldNotBeReadAndHowToEnableOcrAndAMixedPdfKeepsItsText() throws IOException {
    byte[] text = PdfReaderTest.officialLayout(new ArrayList<>()).bytes();
    String before = System.getProperty("policykb.ocr.models");
    System.setProperty("policykb.ocr.models", dir.resolve("no-models-here").toString());
    try {
      Path scan = dir.resolve("扫描件.pdf");
      Files.write(scan, Scans.scan(text, Scans.Condition.DEGRADED_150, List.of(0)));
      IngestResult r = new CorpusReader().read(dir, scan);
      assertEquals(IngestResult.Status.FAILED, r.status());
      assertTrue(r.reason().startsWith("scanned PDF, no text to index: its pages are pictures without a text layer, "
          + "and OCR is not available here (no OCR models in "), r.reason());
      assertTrue(r.reason().contains("-Dpolicykb.ocr.models=") && r.reason().contains("run index again"), r.reason());

      Path mixed = dir.resolve("混合.pdf");
      Files.write(mixed, Scans.withScannedPage(text, 1, Scans.Condition.DEGRADED_150));
      IngestResult m = new CorpusReader().read(dir, mixed);
      assertEquals(IngestResult.Status.OK, m.status(), m.reason());
      assertEquals(List.of(Page.TEXT_LAYER, Page.UNREAD, Page.TEXT_LAYER), m.document().pages().stream().map(Page::textFrom).toList());
      assertTrue(m.warnings().stream().anyMatch(w -> w.startsWith("page 2 of the PDF is a picture without a text layer, not read")),
          m.warnings().toString());
    } finally {
      if (before == null) {
        System.clearProperty("policykb.ocr.models");
      } else {
        System.setProperty("policykb.ocr.models", before);
      }
    }
  }

  private PolicyDocument read(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    IngestResult r = new CorpusReader().read(dir, file);
    assertEquals(IngestResult.Status.OK, r.status(), r.reason());
    return r.document();
  }

  private static double accuracy(String truth, String read) {
    return CharacterAccuracy.of(truth, read);
  }

  private static String span(PolicyDocument d, int page) {
    Page p = d.pages().get(page);
    return d.text().substring(p.start(), p.end());
  }

  private static String strip(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** The pages {@code keep} of a text PDF, as a PDF of their own. */
  private static byte[] textPages(byte[] pdf, List<Integer> keep) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int i = doc.getNumberOfPages() - 1; i >= 0; i--) {
        if (!keep.contains(i)) {
          doc.removePage(i);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
