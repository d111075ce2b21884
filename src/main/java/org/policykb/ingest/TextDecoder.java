package org.policykb.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes → text without trusting the platform: a byte-order mark wins, then strict UTF-8, then
 * GB18030 (a superset of GBK and GB2312, the usual encoding of Chinese text that is not UTF-8).
 */
final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  static String decode(byte[] bytes) throws UnreadableSourceException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    try {
      return strict(bytes, 0, StandardCharsets.UTF_8);
    } catch (UnreadableSourceException notUtf8) {
      return strict(bytes, 0, GB18030);
    }
  }

  private static String strict(byte[] bytes, int offset, Charset charset)
      throws UnreadableSourceException {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableSourceException("not valid " + charset.name() + " text", e);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
