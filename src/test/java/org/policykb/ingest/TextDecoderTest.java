package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String TEXT = "国家高新区高质量发展，专精特新“小巨人”企业。";

  @Test
  void utf16WithoutAByteOrderMarkIsRecognised() throws Exception {
    assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16BE)));
  }

  @Test
  void utf16WithAByteOrderMarkIsRecognised() throws Exception {
    assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16)));
  }

  @Test
  void utf8CutInTheMiddleOfACharacterKeepsEverythingBeforeIt() throws Exception {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 2);
    assertEquals(TEXT.substring(0, TEXT.length() - 1), TextDecoder.decode(cut));
  }

  @Test
  void aPageThatDeclaresGb2312ButIsUtf8IsReadAsUtf8() throws Exception {
    String page = "<html><head><meta charset=\"gb2312\"></head><body><p>" + TEXT + "</p></body></html>";
    assertTrue(TextDecoder.decode(page.getBytes(StandardCharsets.UTF_8)).contains(TEXT));
  }

  @Test
  void aPageThatDeclaresGbkAndIsGbkIsReadAsGbk() throws Exception {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body><p>" + TEXT + "</p></body></html>";
    assertTrue(TextDecoder.decode(page.getBytes(Charset.forName("GBK"))).contains(TEXT));
  }

  @Test
  void big5TextIsDetected() throws Exception {
    String traditional = "國家高新區高質量發展，專精特新企業的創新能力不斷增強，國家高新區已經成為重要的創新高地。".repeat(3);
    assertEquals(traditional, TextDecoder.decode(traditional.getBytes(Charset.forName("Big5"))));
  }

  @Test
  void bytesWithNulsAreBinary() {
    UnreadableSourceException e =
        assertThrows(UnreadableSourceException.class, () -> TextDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2}));
    assertEquals("binary content, not a text document", e.getMessage());
  }
}
