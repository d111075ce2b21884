package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.model.OfficialElements;
import org.policykb.model.Page;
import org.policykb.model.Paragraph;
import org.policykb.model.PolicyDocument;
import org.policykb.tools.bench.OfficialPdf;

/**
 * PDF and OFD files in the official layout, written by the test ({@link OfficialPdf}), read back: the exact text
 * with its paragraphs, every page's span, page furniture gone, every element of the official
 * document; the real PDFs of {@code ../shared/policydocs/formats} against their expectations; and a
 * per-file error for each kind of bad file.
 */
class PdfReaderTest {
  @TempDir Path dir;

  private static final String P1 = "现将《某某市推进双高协同发展实施方案》印发给你们，请结合实际认真贯彻执行。";
  private static final String P2 = "为深入实施创新驱动发展战略，推动高新技术产业开发区与高等院校双高协同发展，"
      + "加快形成新质生产力，结合本市实际，制定本方案。";
  private static final String P3 = "坚持以企业为主体、以市场为导向，促进创新链产业链资金链人才链深度融合，"
      + "到二〇二六年，建成双高协同创新平台二十个以上，培育专精特新中小企业一百家以上，"
      + "形成一批可复制可推广的经验做法。";

  private static byte[] officialDocument(List<List<String>> pageFirstLines) throws IOException {
    return officialLayout(pageFirstLines).bytes();
  }

  /** The official document of the golden test, page by page as the test lays it out. */
  static OfficialPdf officialLayout(List<List<String>> pageFirstLines) {
    OfficialPdf pdf = new OfficialPdf().newPage();
    pdf.centred("某某市人民政府办公室文件", 30).centred("某政办发〔2024〕7号", 16).gap();
    pdf.centred("某某市人民政府办公室关于印发《某某市推进", 22).centred("双高协同发展实施方案》的通知", 22).gap();
    pdf.line("各区人民政府，市政府各部门：", 0);
    pdf.paragraph(P1);
    pdf.gap().right("某某市人民政府办公室", 4).right("二〇二四年三月十五日", 4);
    pdf.folio("－ 1 －", true);
    pdf.newPage().centred("某某市推进双高协同发展实施方案", 22).gap();
    List<String> p2 = pdf.paragraph(P2);
    pdf.line("一、总体要求", 2);
    List<String> p3 = wrap(P3);
    for (int i = 0; i < 3; i++) {
      pdf.line(p3.get(i), i == 0 ? 2 : 0);
    }
    pdf.folio("－ 2 －", false);
    pdf.newPage();
    for (int i = 3; i < p3.size(); i++) {
      pdf.line(p3.get(i), 0);
    }
    pdf.line("附件：1．某某市双高协同发展重点任务清单", 2).line("2．某某市双高协同发展项目申报指南", 5);
    pdf.gap().gap().line("抄送：市委各部门，市人大常委会办公厅。", 1);
    pdf.line("某某市人民政府办公室", 1);
    pdf.at("2024年3月16日印发", OfficialPdf.LEFT + 17 * OfficialPdf.BODY, 110 + OfficialPdf.BODY * 1.8f * 7, OfficialPdf.BODY);
    pdf.folio("－ 3 －", true);
    pageFirstLines.add(List.of("某某市人民政府办公室文件"));
    pageFirstLines.add(List.of("某某市推进双高协同发展实施方案", p2.get(0)));
    pageFirstLines.add(List.of(p3.get(3)));
    return pdf;
  }

  /** A paragraph's lines: 26 characters after the indent, then 28. */
  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    for (int at = 0, room = OfficialPdf.PER_LINE - 2; at < text.length(); at += room, room = OfficialPdf.PER_LINE) {
      lines.add(text.substring(at, Math.min(text.length(), at + room)));
    }
    return lines;
  }

  private IngestResult ingest(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return new CorpusReader().read(dir, file);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"pdf", "ofd"})
  void anOfficialDocumentGivesItsExactTextPagesAndElements(String format) throws IOException {
    List<List<String>> firstLines = new ArrayList<>();
    OfficialPdf layout = officialLayout(firstLines);
    IngestResult r = ingest("通知." + format, format.equals("pdf") ? layout.bytes() : layout.ofd());
    assertEquals(IngestResult.Status.OK, r.status(), r.reason());
    PolicyDocument d = r.document();
    List<String> blocks = List.of(
        "某某市人民政府办公室文件", "某政办发〔2024〕7号",
        "某某市人民政府办公室关于印发《某某市推进双高协同发展实施方案》的通知", "各区人民政府，市政府各部门：", P1,
        "某某市人民政府办公室", "二〇二四年三月十五日", "某某市推进双高协同发展实施方案", P2, "一、总体要求", P3,
        "附件：1．某某市双高协同发展重点任务清单", "2．某某市双高协同发展项目申报指南",
        "抄送：市委各部门，市人大常委会办公厅。", "某某市人民政府办公室2024年3月16日印发");
    assertEquals(String.join("\n\n", blocks), d.text());
    assertEquals(blocks, d.paragraphs().stream().map(d::paragraphText).toList());
    assertEquals(List.of(true, false, true, false, false, false, false, true, false, false, false, false, false, false, false),
        d.paragraphs().stream().map(p -> p.type().equals(Paragraph.HEADING)).toList());
    assertEquals("通知." + format, d.id());
    assertEquals(format, d.format());
    assertEquals("某某市人民政府办公室关于印发《某某市推进双高协同发展实施方案》的通知", d.title());

    String text = d.text();
    int page2 = text.indexOf(firstLines.get(1).get(0), text.indexOf("二〇二四年三月十五日"));
    int page3 = text.indexOf(firstLines.get(2).get(0), page2);
    assertEquals(List.of(
        new Page(1, 0, text.indexOf("二〇二四年三月十五日") + "二〇二四年三月十五日".length()),
        new Page(2, page2, page3),
        new Page(3, page3, text.length())), d.pages());
    assertEquals(1, d.pageAt(text.indexOf("现将")));
    assertEquals(2, d.pageAt(text.indexOf("双高协同发展，")));
    assertEquals(2, d.pageAt(text.indexOf("专精特新")));
    assertEquals(3, d.pageAt(text.indexOf("经验做法")));
    assertFalse(text.contains("－"), "page numbers are furniture");

    OfficialElements o = d.official();
    assertEquals("某政办发〔2024〕7号", o.docNumber());
    assertEquals("某政办发", o.agencyCode());
    assertEquals(2024, o.docYear());
    assertEquals(7, o.serial());
    assertEquals(List.of("某某市人民政府办公室"), o.issuers());
    assertEquals("signature", o.issuersFrom());
    assertEquals("通知", o.docType());
    assertEquals("方案", o.issuedInstrument());
    assertEquals("某某市推进双高协同发展实施方案", o.issuedInstrumentTitle());
    assertEquals(LocalDate.of(2024, 3, 15), o.dateSigned());
    assertEquals("signature", o.dateSignedFrom());
    assertEquals(LocalDate.of(2024, 3, 15), d.date(), "a document stating no other date is dated by its 成文日期");
    assertEquals("signature", d.dateFrom());
    assertEquals(null, o.datePublished());
    assertEquals("各区人民政府，市政府各部门", o.recipients());
    assertEquals("市委各部门，市人大常委会办公厅", o.cc());
    assertEquals("某某市人民政府办公室", o.printedBy());
    assertEquals(LocalDate.of(2024, 3, 16), o.printedDate());
    assertEquals(List.of("某某市双高协同发展重点任务清单", "某某市双高协同发展项目申报指南"), o.attachments());
  }

  @Test
  void runningHeadsAndEveryFormOfPageNumberGoAndAParagraphRunsOnAcrossThePage() throws IOException {
    String[] folios = {"第1页 共4页", "- 2 -", "— 3 —", "4"};
    String body = "各地要把双高协同作为推动高质量发展的重要抓手，统筹推进创新平台建设和人才培养，"
        + "形成上下联动、部门协同、社会参与的工作格局，确保各项任务落到实处、取得实效。";
    List<String> lines = wrap(body);
    OfficialPdf pdf = new OfficialPdf();
    int line = 0;
    for (int page = 0; page < 4; page++) {
      pdf.newPage().at("某某市人民政府公报 2024年第" + (page + 1) + "期", OfficialPdf.LEFT, 60, 10.5f);
      pdf.gap();
      if (page == 0) {
        pdf.centred("关于推进双高协同的意见", 22).gap();
      }
      for (int i = 0; i < 2 && line < lines.size(); i++, line++) {
        pdf.line(lines.get(line), line == 0 ? 2 : 0);
      }
      pdf.at(folios[page], OfficialPdf.LEFT + 12 * OfficialPdf.BODY, OfficialPdf.HEIGHT - 50, 12);
    }
    IngestResult r = ingest("意见.pdf", pdf.bytes());
    assertEquals(IngestResult.Status.OK, r.status(), r.reason());
    PolicyDocument d = r.document();
    assertEquals("关于推进双高协同的意见\n\n" + body, d.text());
    assertEquals(4, d.pages().size());
    int twoLines = 2 * (OfficialPdf.PER_LINE - 1);
    assertEquals(2, d.pageAt(d.text().indexOf(body.substring(twoLines, twoLines + 5))));
  }

  @Test
  void aScannedPdfSaysSo() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.drawImage(LosslessFactory.createFromImage(doc, new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB)), 50, 50);
      }
      IngestResult r = ingest("扫描件.pdf", save(doc));
      assertEquals(IngestResult.Status.FAILED, r.status());
      assertTrue(r.reason().startsWith("scanned PDF, no text to index"), r.reason());
    }
  }

  @Test
  void anEncryptedPdfSaysSo() throws IOException {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(officialDocument(new ArrayList<>()))) {
      doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
      IngestResult r = ingest("加密.pdf", save(doc));
      assertEquals(IngestResult.Status.FAILED, r.status());
      assertTrue(r.reason().startsWith("encrypted PDF"), r.reason());
    }
  }

  @Test
  void damagedAndTruncatedPdfsAreErrorsOfTheirOwnAndTheOtherFilesAreRead() throws IOException {
    byte[] good = officialDocument(new ArrayList<>());
    Files.write(dir.resolve("好.pdf"), good);
    Files.write(dir.resolve("截断.pdf"), Arrays.copyOf(good, 400));
    Files.write(dir.resolve("乱码.pdf"), "这不是PDF文件".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    CorpusReader reader = new CorpusReader();
    assertEquals(IngestResult.Status.OK, reader.read(dir, dir.resolve("好.pdf")).status());
    for (String bad : List.of("截断.pdf", "乱码.pdf")) {
      IngestResult r = reader.read(dir, dir.resolve(bad));
      assertEquals(IngestResult.Status.FAILED, r.status(), bad);
      assertTrue(r.reason().startsWith("damaged PDF") || r.reason().equals("a PDF without pages"), bad + ": " + r.reason());
    }
  }

  @Test
  void badOfdFilesAreErrorsOfTheirOwn() throws IOException {
    IngestResult notZip = ingest("假.ofd", "<html>不是OFD</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(IngestResult.Status.FAILED, notZip.status());
    assertTrue(notZip.reason().startsWith("not an OFD file"), notZip.reason());

    IngestResult noRoot = ingest("无根.ofd", zip("Doc_0/Document.xml", "<Document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals("not an OFD file: the zip has no OFD.xml", noRoot.reason());

    IngestResult bomb = ingest("炸弹.ofd", zip("OFD.xml", new byte[(int) OfdReader.MAX_PART_BYTES + 1]));
    assertEquals("refused: its compressed parts would expand far beyond their size (a zip bomb)", bomb.reason());

    byte[] good = officialLayout(new ArrayList<>()).ofd();
    IngestResult truncated = ingest("截断.ofd", Arrays.copyOf(good, good.length / 2));
    assertEquals(IngestResult.Status.FAILED, truncated.status());
    assertTrue(truncated.reason().startsWith("not an OFD file") || truncated.reason().startsWith("damaged OFD"), truncated.reason());
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void twoThousandPagesAreReadAndMoreThanTheLimitIsRefused() throws IOException {
    OfficialPdf pdf = new OfficialPdf();
    for (int page = 1; page <= 2_000; page++) {
      pdf.newPage().gap().gap().line("第" + page + "页的正文：双高协同发展的第" + page + "项任务。", 2);
      pdf.line("各地区各部门要结合实际抓好落实，第" + page + "项任务由牵头单位负责。", 2);
      pdf.folio("－ " + page + " －", page % 2 == 1);
    }
    IngestResult r = ingest("长文件.pdf", pdf.bytes());
    assertEquals(IngestResult.Status.OK, r.status(), r.reason());
    PolicyDocument d = r.document();
    assertEquals(2_000, d.pages().size());
    assertEquals(1_999, d.pageAt(d.text().indexOf("第1999项任务")));
    assertEquals(2_000, d.pageAt(d.text().indexOf("第2000项任务")));
    assertFalse(d.text().contains("－"));

    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i <= PdfReader.MAX_PAGES; i++) {
        doc.addPage(new PDPage());
      }
      IngestResult over = ingest("太长.pdf", save(doc));
      assertEquals(IngestResult.Status.FAILED, over.status());
      assertEquals("a PDF of " + (PdfReader.MAX_PAGES + 1) + " pages: more than the " + PdfReader.MAX_PAGES
          + " pages a file may have here; split it", over.reason());
    }
  }

  @Test
  void aPdfLargerThanATextFileMayBeIsRead() throws IOException {
    OfficialPdf pdf = new OfficialPdf().newPage();
    pdf.paragraph("双高协同的大文件，后附大量图片数据。");
    byte[] small = pdf.bytes();
    byte[] padded = Arrays.copyOf(small, (int) CorpusReader.MAX_FILE_BYTES + 1_000_000);
    Arrays.fill(padded, small.length, padded.length, (byte) ' '); // whitespace after %%EOF: still the same PDF
    IngestResult r = ingest("大文件.pdf", padded);
    assertEquals(IngestResult.Status.OK, r.status(), r.reason());
    assertTrue(r.document().text().contains("双高协同的大文件"));
  }

  @Test
  void theRealPdfsGiveTheirElementsPagesAndProbes() throws IOException {
    Path formats = PolicyDocsTest.POLICYDOCS.resolve("formats");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(formats.resolve("expect.tsv")), "../shared/policydocs is not here");
    assertEquals(5, PolicyDocsTest.check(formats, name -> name.endsWith(".pdf")));
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
