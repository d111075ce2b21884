package org.policykb.tools.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scans made from a text PDF in Java alone, as a scanner or a photocopier would: each page rendered at
 * some dpi (PDFBox), optionally turned a little, stamped with a red seal over the signature and saved as
 * a lossy JPEG (Java2D, ImageIO), then written as a PDF of pictures without a text layer.
 */
public final class Scans {
  private Scans() {}

  /**
   * How a scan is made.
   *
   * @param dpi the resolution of the page pictures
   * @param degrees the turn of every page (a skewed feed), 0 for none
   * @param stamp whether a red seal is pressed over the last lines of each page
   * @param jpegQuality 0..1 for a JPEG, or 0 for lossless pictures
   */
  public record Condition(String name, float dpi, double degrees, boolean stamp, float jpegQuality) {
    public static final Condition CLEAN_300 = new Condition("300 dpi", 300, 0, false, 0);
    public static final Condition DEGRADED_150 = new Condition("150 dpi JPEG, turned 1.5°, stamped", 150, 1.5, true, 0.5f);
    public static final Condition DEGRADED_150_OTHER_WAY = new Condition("150 dpi JPEG, turned -1°, stamped", 150, -1, true, 0.5f);
  }

  /** The pages {@code pages} (indexes from 0; null for all) of {@code pdf} as a PDF of pictures made under {@code c}. */
  public static byte[] scan(byte[] pdf, Condition c, List<Integer> pages) throws IOException {
    try (PDDocument in = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(in);
      for (int i = 0; i < in.getNumberOfPages(); i++) {
        if (pages == null || pages.contains(i)) {
          PDRectangle box = in.getPage(i).getCropBox();
          addPicture(out, picture(renderer.renderImageWithDPI(i, c.dpi(), ImageType.RGB), c), box, c.jpegQuality());
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** {@code pdf} with the page {@code index} replaced by its scan under {@code c}: a text PDF with one scanned page. */
  public static byte[] withScannedPage(byte[] pdf, int index, Condition c) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle box = doc.getPage(index).getCropBox();
      BufferedImage image = picture(new PDFRenderer(doc).renderImageWithDPI(index, c.dpi(), ImageType.RGB), c);
      PDPage page = new PDPage(box);
      draw(doc, page, image, box, c.jpegQuality());
      doc.getPages().insertBefore(page, doc.getPage(index));
      doc.removePage(index + 1);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** A rendered page as scanned under {@code c}: turned, stamped, compressed. */
  public static BufferedImage picture(BufferedImage page, Condition c) throws IOException {
    BufferedImage out = c.degrees() == 0 ? page : turned(page, c.degrees());
    if (c.stamp()) {
      stamp(out);
    }
    return c.jpegQuality() > 0 ? jpeg(out, c.jpegQuality()) : out;
  }

  private static void addPicture(PDDocument out, BufferedImage image, PDRectangle box, float quality) throws IOException {
    PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
    out.addPage(page);
    draw(out, page, image, new PDRectangle(box.getWidth(), box.getHeight()), quality);
  }

  private static void draw(PDDocument doc, PDPage page, BufferedImage image, PDRectangle box, float quality) throws IOException {
    PDImageXObject x = quality > 0
        ? PDImageXObject.createFromByteArray(doc, jpegBytes(image, quality), "scan.jpg")
        : LosslessFactory.createFromImage(doc, image);
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      s.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
    }
  }

  private static BufferedImage turned(BufferedImage page, double degrees) {
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0), null);
    g.dispose();
    return out;
  }

  /**
   * A red seal (a ring, a star, an arc of strokes) pressed over the right end of the page's last lines,
   * where a signature and its date stand; the ink darkens what it covers, as ink does (multiplied).
   */
  static void stamp(BufferedImage image) {
    int[] ink = inkBounds(image);
    if (ink == null) {
      return;
    }
    int r = image.getWidth() / 9;
    int cx = ink[2] - r - image.getWidth() / 40;
    int cy = ink[3] - r / 2;
    BufferedImage seal = new BufferedImage(2 * r + 2, 2 * r + 2, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = seal.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(r / 12f));
    g.drawOval(r / 24 + 1, r / 24 + 1, 2 * r - r / 12, 2 * r - r / 12);
    Path2D star = new Path2D.Double();
    for (int k = 0; k < 10; k++) {
      double a = -Math.PI / 2 + k * Math.PI / 5;
      double len = k % 2 == 0 ? r * 0.3 : r * 0.12;
      double x = r + 1 + len * Math.cos(a);
      double y = r + 1 + len * Math.sin(a);
      if (k == 0) {
        star.moveTo(x, y);
      } else {
        star.lineTo(x, y);
      }
    }
    star.closePath();
    g.fill(star);
    g.setStroke(new BasicStroke(r / 22f));
    for (int k = 0; k < 14; k++) { // the seal's name, as strokes along the ring
      double a = Math.toRadians(200 + k * 10);
      double x = r + 1 + r * 0.72 * Math.cos(a);
      double y = r + 1 + r * 0.72 * Math.sin(a);
      g.drawLine((int) (x - r * 0.06), (int) (y - r * 0.06), (int) (x + r * 0.06), (int) (y + r * 0.06));
    }
    g.dispose();
    Color red = new Color(214, 32, 40);
    for (int y = 0; y < seal.getHeight(); y++) {
      for (int x = 0; x < seal.getWidth(); x++) {
        int alpha = seal.getRGB(x, y) >>> 24;
        int px = cx - r + x;
        int py = cy - r + y;
        if (alpha == 0 || px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) {
          continue;
        }
        int p = image.getRGB(px, py);
        float a = alpha / 255f * 0.85f;
        int rr = multiply((p >> 16) & 0xff, red.getRed(), a);
        int gg = multiply((p >> 8) & 0xff, red.getGreen(), a);
        int bb = multiply(p & 0xff, red.getBlue(), a);
        image.setRGB(px, py, (rr << 16) | (gg << 8) | bb);
      }
    }
  }

  private static int multiply(int under, int ink, float alpha) {
    return Math.round(under * (1 - alpha) + under * ink / 255f * alpha);
  }

  /** The box around the page's dark pixels: left, top, right, bottom; null for a blank page. */
  private static int[] inkBounds(BufferedImage image) {
    IntPredicate dark = p -> ((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff) < 384;
    int left = Integer.MAX_VALUE;
    int top = Integer.MAX_VALUE;
    int right = -1;
    int bottom = -1;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if (dark.test(image.getRGB(x, y))) {
          left = Math.min(left, x);
          top = Math.min(top, y);
          right = Math.max(right, x);
          bottom = Math.max(bottom, y);
        }
      }
    }
    return right < 0 ? null : new int[] {left, top, right, bottom};
  }

  private static BufferedImage jpeg(BufferedImage image, float quality) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(jpegBytes(image, quality)));
  }

  private static byte[] jpegBytes(BufferedImage image, float quality) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), p);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** All page indexes of a PDF, for {@link #scan}. */
  public static List<Integer> allPages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        out.add(i);
      }
      return out;
    }
  }
}
