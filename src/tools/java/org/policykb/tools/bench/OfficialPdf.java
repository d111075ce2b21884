package org.policykb.tools.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Writes PDFs (and the same pages as OFD, {@link #ofd}) page by page, each line placed where the
 * caller says, in an A4 page as GB/T 9704 lays one out: the fixtures of the tests and the documents of
 * the PDF ingestion benchmark. The text uses the standard Chinese font STSong-Light, not embedded, with the
 * UniGB-UTF16-H encoding (as many government PDFs do): every character is one em wide, so the test
 * knows where each line ends, and no font file is needed.
 */
public final class OfficialPdf {
  public static final float WIDTH = 595;
  public static final float HEIGHT = 842;
  /** The body's left edge (28 mm) and its width: 28 characters of 16 pt. */
  public static final float LEFT = 79;
  public static final float BODY = 16;
  public static final int PER_LINE = 28;

  /** One printed line: its text, its left edge and its baseline measured from the top, in points. */
  record Placed(String text, float x, float y, float size) {}

  private final List<List<Placed>> pages = new ArrayList<>();
  private List<Placed> page;
  private float y;

  public OfficialPdf newPage() {
    page = new ArrayList<>();
    pages.add(page);
    y = 110;
    return this;
  }

  public OfficialPdf at(String text, float x, float yTop, float size) {
    page.add(new Placed(text, x, yTop, size));
    return this;
  }

  /** A line at the body's margin (plus {@code indent} characters), on the next line of the page. */
  public OfficialPdf line(String text, int indent) {
    y += BODY * 1.8f;
    return at(text, LEFT + indent * BODY, y, BODY);
  }

  /** A line centred in the body, in type of {@code size}, on the next line. */
  public OfficialPdf centred(String text, float size) {
    y += size * 1.6f;
    return at(text, LEFT + (PER_LINE * BODY - text.length() * size) / 2, y, size);
  }

  /** A line ending {@code fromRight} characters before the body's right edge, on the next line. */
  public OfficialPdf right(String text, int fromRight) {
    y += BODY * 1.8f;
    return at(text, LEFT + (PER_LINE - fromRight - text.length()) * BODY, y, BODY);
  }

  /** Skips a line. */
  public OfficialPdf gap() {
    y += BODY * 1.8f;
    return this;
  }

  /** A paragraph with a first-line indent of two characters, wrapped as the page wraps it; returns its lines. */
  public List<String> paragraph(String text) {
    List<String> lines = new ArrayList<>();
    int at = 0;
    int room = PER_LINE - 2;
    while (at < text.length()) {
      String piece = text.substring(at, Math.min(text.length(), at + room));
      line(piece, lines.isEmpty() ? 2 : 0);
      lines.add(piece);
      at += piece.length();
      room = PER_LINE;
    }
    return lines;
  }

  /** The page number in its official form, at the foot of the page, on the outer side. */
  public OfficialPdf folio(String text, boolean odd) {
    float x = odd ? LEFT + PER_LINE * BODY - text.length() * 14 : LEFT;
    return at(text, x, HEIGHT - 60, 14);
  }

  public byte[] bytes() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      COSDictionary font = font();
      for (List<Placed> lines : pages) {
        PDPage p = new PDPage(PDRectangle.A4);
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        p.setResources(resources);
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream()) {
          StringBuilder s = new StringBuilder();
          for (Placed l : lines) {
            s.append(String.format(Locale.ROOT, "BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET%n",
                l.size(), l.x(), HEIGHT - l.y(), hex(l.text())));
          }
          out.write(s.toString().getBytes(StandardCharsets.US_ASCII));
        }
        p.setContents(stream);
        doc.addPage(p);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * The same pages as an OFD file (GB/T 33190): OFD.xml, Document.xml and one Content.xml per page,
   * millimetres for points, each line one TextObject with one TextCode; a page template carrying a
   * running head, which readers must not take for text.
   */
  public byte[] ofd() throws IOException {
    String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      put(zip, "OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + ns + " Version=\"1.0\" DocType=\"OFD\">"
          + "<ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
          + "</ofd:DocBody></ofd:OFD>");
      StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + ns + ">"
          + "<ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
          + "</ofd:PageArea><ofd:TemplatePage ID=\"2\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/></ofd:CommonData><ofd:Pages>");
      for (int i = 0; i < pages.size(); i++) {
        doc.append("<ofd:Page ID=\"").append(100 + i).append("\" BaseLoc=\"Pages/Page_").append(i).append("/Content.xml\"/>");
      }
      put(zip, "Doc_0/Document.xml", doc.append("</ofd:Pages></ofd:Document>").toString());
      put(zip, "Doc_0/Tpls/Tpl_0/Content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + ns + "><ofd:Content>"
          + "<ofd:Layer ID=\"3\">" + textObject(new Placed("模板页眉不是正文", LEFT, 40, 10)) + "</ofd:Layer></ofd:Content></ofd:Page>");
      for (int i = 0; i < pages.size(); i++) {
        StringBuilder page = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + ns + ">"
            + "<ofd:Template TemplateID=\"2\"/><ofd:Content><ofd:Layer ID=\"4\">");
        for (Placed l : pages.get(i)) {
          page.append(textObject(l));
        }
        put(zip, "Doc_0/Pages/Page_" + i + "/Content.xml", page.append("</ofd:Layer></ofd:Content></ofd:Page>").toString());
      }
    }
    return bytes.toByteArray();
  }

  private static final float MM = 25.4f / 72;

  private static String textObject(Placed l) {
    float size = l.size() * MM;
    int chars = l.text().codePointCount(0, l.text().length());
    String text = l.text().replace("&", "&amp;").replace("<", "&lt;");
    return String.format(Locale.ROOT, "<ofd:TextObject ID=\"9\" Boundary=\"%.3f %.3f %.3f %.3f\" Font=\"1\" Size=\"%.3f\">"
        + "<ofd:TextCode X=\"0\" Y=\"%.3f\" DeltaX=\"g %d %.3f\">%s</ofd:TextCode></ofd:TextObject>",
        l.x() * MM, l.y() * MM - size, chars * size, size * 1.2f, size, size, Math.max(1, chars - 1), size, text);
  }

  private static void put(java.util.zip.ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new java.util.zip.ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String hex(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
      out.append(String.format(Locale.ROOT, "%02X", b & 0xFF));
    }
    return out.toString();
  }

  /** STSong-Light, not embedded: a Type0 font over a CIDFontType0 with every glyph 1000 units wide. */
  private static COSDictionary font() {
    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "GB1");
    info.setInt(COSName.SUPPLEMENT, 4);
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "STSong-Light");
    descriptor.setInt(COSName.FLAGS, 6);
    descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1025, 1134).getCOSArray());
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 880);
    descriptor.setInt(COSName.DESCENT, -120);
    descriptor.setInt(COSName.CAP_HEIGHT, 880);
    descriptor.setInt(COSName.STEM_V, 93);
    COSDictionary cid = new COSDictionary();
    cid.setItem(COSName.TYPE, COSName.FONT);
    cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
    cid.setName(COSName.BASE_FONT, "STSong-Light");
    cid.setItem(COSName.CIDSYSTEMINFO, info);
    cid.setItem(COSName.FONT_DESC, descriptor);
    cid.setInt(COSName.DW, 1000);
    COSDictionary type0 = new COSDictionary();
    type0.setItem(COSName.TYPE, COSName.FONT);
    type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
    type0.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UTF16-H");
    type0.setName(COSName.ENCODING, "UniGB-UTF16-H");
    COSArray descendants = new COSArray();
    descendants.add(cid);
    type0.setItem(COSName.DESCENDANT_FONTS, descendants);
    return type0;
  }
}
