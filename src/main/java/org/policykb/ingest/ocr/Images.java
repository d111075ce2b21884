package org.policykb.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The two image operations the models need, a resize and a turned rectangle cut out straight, and what a
 * cut-out's ink is: how much of it is red (a seal's).
 */
final class Images {
  private Images() {}

  static BufferedImage resized(BufferedImage image, int width, int height) {
    if (image.getWidth() == width && image.getHeight() == height && image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, width, height, null);
    g.dispose();
    return out;
  }

  /** {@code box} cut out of {@code image}, turned straight and scaled to {@code height} pixels (white outside the image). */
  static BufferedImage straightened(BufferedImage image, TextBox box, int height, int maxWidth) {
    double scale = height / box.height();
    int width = (int) Math.max(8, Math.min(maxWidth, Math.round(box.width() * scale)));
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    AffineTransform t = new AffineTransform();
    t.scale(width / box.width(), scale);
    t.translate(box.width() / 2, box.height() / 2);
    t.rotate(-box.angle());
    t.translate(-box.cx(), -box.cy());
    g.drawImage(image, t, null);
    g.dispose();
    return out;
  }

  /**
   * {@code image} as its red channel shows it, in grey: a seal's red ink is light there, nearly paper,
   * while black ink stays black, printed over the red too — as a scanner's red drop-out filter sees a page.
   */
  static BufferedImage withoutRed(BufferedImage image) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int r = (image.getRGB(x, y) >> 16) & 0xff;
        out.setRGB(x, y, r << 16 | r << 8 | r);
      }
    }
    return out;
  }

  /** A pixel of red ink: its red well above its green and its blue. */
  private static boolean isRed(int p) {
    int r = (p >> 16) & 0xff;
    int g = (p >> 8) & 0xff;
    int b = p & 0xff;
    return r - Math.max(g, b) > 60;
  }

  /**
   * Of the pixels of {@code image} that are ink (darker than the paper), the share that is red: a seal's
   * red, which covers what it is pressed on without hiding black text under it.
   */
  static double redShare(BufferedImage image) {
    int ink = 0;
    int red = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        if (r * 299 + g * 587 + b * 114 < 200_000) {
          ink++;
          red += isRed(p) ? 1 : 0;
        }
      }
    }
    return ink == 0 ? 0 : (double) red / ink;
  }
}
