package org.policykb.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A seal's red ink over black text: how much of a line's ink is red, and the line without it. */
class ImagesTest {
  private static final int PAPER = 0xffffff;
  private static final int BLACK = 0x101010;
  private static final int SEAL = 0xd02020;
  private static final int BLACK_ON_SEAL = 0x3a0808;

  @Test
  void redInkTurnsToPaperAndBlackInkStays() {
    BufferedImage line = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
    line.setRGB(0, 0, PAPER);
    line.setRGB(1, 0, BLACK);
    line.setRGB(2, 0, SEAL);
    line.setRGB(3, 0, BLACK_ON_SEAL);
    assertEquals(1 / 3.0, Images.redShare(line), 1e-9, "three pixels of ink, one of them red");
    BufferedImage clean = Images.withoutRed(line);
    assertEquals(PAPER, clean.getRGB(0, 0) & 0xffffff);
    assertEquals(0xd0d0d0, clean.getRGB(2, 0) & 0xffffff, "the seal's red is light grey, nearly paper");
    assertEquals(0x3a3a3a, clean.getRGB(3, 0) & 0xffffff, "black printed over the red stays dark");
    assertEquals(0x101010, clean.getRGB(1, 0) & 0xffffff);
    assertEquals(0, Images.redShare(clean));
  }
}
