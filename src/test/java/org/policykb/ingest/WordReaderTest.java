package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.model.OfficialElements;
import org.policykb.model.PolicyDocument;

/**
 * Word files of our own in the official layout (written with POI here), and the ways a Word file
 * can be bad: each is one clear per-file error and the other files are read.
 */
class WordReaderTest {
  @TempDir Path corpus;

  /** A notice as an office would set it: red mark, number, a title broken by a line break, 版记, page numbers. */
  private static byte[] notice() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      centred(doc, "江东省科学技术厅文件").setColor("FF0000");
      centred(doc, "江科发〔2024〕12号");
      XWPFRun title = centred(doc, "江东省科学技术厅关于印发《江东省高新区与高校");
      title.addBreak();
      title.setText("协同创新行动方案》的通知");
      para(doc, "各设区市科技局，省各有关单位：");
      para(doc, "现将《江东省高新区与高校协同创新行动方案》印发给你们，请结合实际认真贯彻落实。");
      para(doc, "附件：江东省双高协同重点任务清单");
      para(doc, "江东省科学技术厅");
      para(doc, "2024年3月15日");
      XWPFParagraph heading = doc.createParagraph();
      heading.setStyle("Heading1");
      heading.createRun().setText("一、总体要求");
      para(doc, "推进高新区与高校“双高协同”，到2026年建成一批协同创新平台。");
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("任务");
      table.getRow(0).getCell(1).setText("牵头单位");
      table.getRow(1).getCell(0).setText("共建概念验证中心");
      table.getRow(1).getCell(1).setText("省科技厅");
      para(doc, "抄送：科学技术部。");
      para(doc, "江东省科学技术厅办公室　　2024年3月18日印发");
      XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
      footer.createParagraph().createRun().setText("－ 1 －");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static XWPFRun centred(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun r = p.createRun();
    r.setText(text);
    return r;
  }

  private static void para(XWPFDocument doc, String text) {
    doc.createParagraph().createRun().setText(text);
  }

  private List<IngestResult> readAll() throws IOException {
    CorpusReader reader = new CorpusReader();
    return reader.list(corpus).files().stream().flatMap(f -> reader.readAll(corpus, f).stream()).toList();
  }

  @Test
  void aDocxInTheOfficialLayoutIsItsTextAndItsElementsWithoutPageFurniture() throws IOException {
    Files.write(corpus.resolve("通知.docx"), notice());
    List<IngestResult> results = readAll();
    assertEquals(1, results.size());
    PolicyDocument d = results.get(0).document();
    assertEquals("通知.docx", d.id(), "a Word file's id keeps its extension");
    assertEquals("docx", d.format());
    assertEquals("""
        江东省科学技术厅文件

        江科发〔2024〕12号

        江东省科学技术厅关于印发《江东省高新区与高校协同创新行动方案》的通知

        各设区市科技局，省各有关单位：

        现将《江东省高新区与高校协同创新行动方案》印发给你们，请结合实际认真贯彻落实。

        附件：江东省双高协同重点任务清单

        江东省科学技术厅

        2024年3月15日

        一、总体要求

        推进高新区与高校“双高协同”，到2026年建成一批协同创新平台。

        任务｜牵头单位

        共建概念验证中心｜省科技厅

        抄送：科学技术部。

        江东省科学技术厅办公室2024年3月18日印发""", d.text());
    assertEquals("江东省科学技术厅关于印发《江东省高新区与高校协同创新行动方案》的通知", d.title());
    assertTrue(d.paragraphs().stream().anyMatch(p -> p.type().equals("heading") && d.paragraphText(p).equals("一、总体要求")));
    OfficialElements o = d.official();
    assertEquals("江科发〔2024〕12号", o.docNumber());
    assertEquals(List.of("江东省科学技术厅"), o.issuers());
    assertEquals("signature", o.issuersFrom());
    assertEquals("通知", o.docType());
    assertEquals(LocalDate.of(2024, 3, 15), o.dateSigned());
    assertEquals(List.of("江东省双高协同重点任务清单"), o.attachments());
    assertEquals("科学技术部", o.cc());
    assertEquals("江东省科学技术厅办公室", o.printedBy());
  }

  @Test
  void oneDocumentInTwoFormatsAndATextOfTheSameNameAreThreeDocuments() throws IOException {
    byte[] docx = notice();
    Files.write(corpus.resolve("通知.docx"), docx);
    Files.write(corpus.resolve("通知.wps"), docx); // not Word 97–2003: an error of its own
    Files.writeString(corpus.resolve("通知.txt"), "关于双高协同的说明\n\n正文。", StandardCharsets.UTF_8);
    List<IngestResult> results = readAll();
    assertEquals(List.of("通知.docx", "通知.txt", "通知.wps"), results.stream().map(IngestResult::file).toList());
    assertEquals("通知.docx", results.get(0).id());
    assertEquals("通知", results.get(1).id(), "the ids of the shapes read before stay as they are");
    assertEquals(IngestResult.Status.FAILED, results.get(2).status());
    assertTrue(results.get(2).reason().contains("rename it .docx"), results.get(2).reason());
  }

  @Test
  void aBadWordFileIsAClearErrorOfItsOwn() throws IOException {
    byte[] good = notice();
    Files.write(corpus.resolve("a_truncated.docx"), Arrays.copyOf(good, good.length / 2));
    Files.writeString(corpus.resolve("b_text.docx"), "这不是Word文件", StandardCharsets.UTF_8);
    Files.write(corpus.resolve("c_pdf.doc"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(corpus.resolve("d_bomb.docx"), zipBomb());
    Files.write(corpus.resolve("e_good.docx"), good);
    Files.write(corpus.resolve("f_empty.docx"), new byte[0]);
    Files.write(corpus.resolve("g_docx.pdf"), good);
    Files.write(corpus.resolve("h_docx.wps"), good);
    Files.write(corpus.resolve("i_empty.pdf"), new byte[0]);
    List<IngestResult> results = readAll();
    assertEquals(9, results.size());
    assertEquals(IngestResult.Status.FAILED, results.get(0).status());
    assertTrue(results.get(0).reason().startsWith("damaged Word file") || results.get(0).reason().startsWith("not a Word"),
        results.get(0).reason());
    assertEquals("not a Word (.docx) file: its bytes are no Word format", results.get(1).reason());
    assertEquals("not a Word 97–2003 (.doc) file: it is a PDF", results.get(2).reason());
    assertEquals("refused: its compressed parts would expand far beyond their size (a zip bomb)", results.get(3).reason());
    assertEquals(IngestResult.Status.OK, results.get(4).status(), "the others are read");
    assertEquals("an empty file (0 bytes): nothing to index", results.get(5).reason());
    assertEquals("not a PDF: it is a zip archive (a .docx or an .ofd file?); give it its own extension", results.get(6).reason());
    assertEquals("a .wps file that is an Office Open XML (.docx) file: rename it .docx", results.get(7).reason());
    assertEquals("an empty file (0 bytes): nothing to index", results.get(8).reason());
  }

  /** A .docx whose document part expands 1,000-fold: POI's zip limits refuse it before it is inflated. */
  private static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 50; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void theRealDocumentsAsWordFilesGiveTheirPrintedElements() throws IOException {
    Path formats = PolicyDocsTest.POLICYDOCS.resolve("formats");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(formats.resolve("expect.tsv")), "../shared/policydocs is not here");
    int checked = PolicyDocsTest.check(formats, name -> name.endsWith(".docx") || name.endsWith(".doc"));
    assertEquals(10, checked, "five documents, each as .docx and .doc");
  }

  @Test
  void aWordFileWithNoTextIsAnErrorNotAnEmptyDocument() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(corpus.resolve("empty.docx"))) {
      doc.createParagraph();
      doc.write(out);
    }
    IngestResult r = readAll().get(0);
    assertEquals(IngestResult.Status.FAILED, r.status());
    assertFalse(r.reason().isBlank());
  }
}
