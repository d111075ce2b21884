package org.policykb.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes → text without trusting the platform or a page's own claim. In order: a byte-order mark;
 * strict UTF-8 (a sequence cut off at the very end is dropped, not fatal); UTF-16 without a mark;
 * the charset the file declares, but only if its bytes decode cleanly in it; ICU's detector; strict
 * GB18030 (a superset of GBK and GB2312). Anything else is binary or unknown, and an error.
 */
final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern DECLARED =
      Pattern.compile("(?:<meta[^>]{0,200}?charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]{2,40})",
          Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {}

  static String decode(byte[] bytes) throws UnreadableSourceException {
    String text = decodeAny(bytes);
    long control = text.chars().limit(SNIFF_BYTES).filter(TextDecoder::isControl).count();
    if (control * 100 > Math.min(text.length(), SNIFF_BYTES)) {
      throw new UnreadableSourceException("binary content, not a text document");
    }
    return text;
  }

  private static boolean isControl(int c) {
    return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) || c == 0x7F;
  }

  private static String decodeAny(byte[] bytes) throws UnreadableSourceException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return lenient(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return lenient(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return lenient(bytes, 2, StandardCharsets.UTF_16LE);
    }
    Charset utf16 = utf16WithoutMark(bytes);
    if (utf16 == null && looksBinary(bytes)) {
      throw new UnreadableSourceException("binary content, not a text document");
    }
    String text = utf8AllowingTruncatedEnd(bytes);
    if (text != null) {
      return text;
    }
    if (utf16 != null && (text = strict(bytes, utf16)) != null) {
      return text;
    }
    Charset declared = declaredCharset(bytes);
    if (declared != null && (text = strict(bytes, declared)) != null) {
      return text;
    }
    for (CharsetMatch match : detector(bytes).detectAll()) {
      if (match.getConfidence() < 20) {
        break;
      }
      Charset candidate = charset(match.getName());
      if (candidate != null && (text = strict(bytes, candidate)) != null) {
        return text;
      }
    }
    if ((text = strict(bytes, GB18030)) != null) {
      return text;
    }
    if ((text = mostlyValid(bytes)) != null) {
      return text;
    }
    throw new UnreadableSourceException(
        "text in an unknown encoding: not UTF-8, UTF-16, GB18030/GBK"
            + (declared == null ? "" : " or its declared " + declared.name()));
  }

  /**
   * A file with a few corrupt bytes: UTF-8 or GB18030, whichever needs fewer replacement
   * characters, if at most one character in a hundred had to be replaced. The replacement
   * characters are dropped later, with the other control characters.
   */
  private static String mostlyValid(byte[] bytes) {
    String best = null;
    long bestBad = Long.MAX_VALUE;
    for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
      String text = new String(bytes, charset);
      long bad = text.chars().filter(c -> c == '\uFFFD').count();
      if (bad < bestBad) {
        best = text;
        bestBad = bad;
      }
    }
    return best != null && bestBad * 100 <= best.length() ? best : null;
  }

  /** Strict UTF-8, except that an incomplete sequence in the last three bytes is dropped. */
  private static String utf8AllowingTruncatedEnd(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError() && bytes.length - in.position() <= 3 && truncatedTail(bytes, in.position())) {
      out.flip();
      return out.toString();
    }
    if (result.isError()) {
      return null;
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** The bytes from {@code at} are the start of a multi-byte UTF-8 sequence that the file cut off. */
  private static boolean truncatedTail(byte[] bytes, int at) {
    int lead = bytes[at] & 0xFF;
    int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (needed == 0 || bytes.length - at >= needed) {
      return false;
    }
    for (int i = at + 1; i < bytes.length; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * UTF-16 written without a byte-order mark: in nearly every code unit the high byte is zero
   * (ASCII) or in the ranges of CJK ideographs and punctuation (0x20, 0x30, 0x4E–0x9F, 0xFF).
   * GBK, whose lead bytes are 0x81–0xFE, does not look like that.
   */
  private static Charset utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
    if (n < 32 || bytes.length % 2 != 0) {
      return null;
    }
    int bigEndian = 0;
    int littleEndian = 0;
    for (int i = 0; i < n; i += 2) {
      bigEndian += isUtf16HighByte(bytes[i]) ? 1 : 0;
      littleEndian += isUtf16HighByte(bytes[i + 1]) ? 1 : 0;
    }
    int units = n / 2;
    if (bigEndian * 10 >= units * 9 && bigEndian > littleEndian) {
      return StandardCharsets.UTF_16BE;
    }
    if (littleEndian * 10 >= units * 9 && littleEndian > bigEndian) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean isUtf16HighByte(byte b) {
    int v = b & 0xFF;
    return v == 0 || v == 0x20 || v == 0x30 || v == 0xFF || (v >= 0x4E && v <= 0x9F);
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      control += isControl(bytes[i] & 0xFF) ? 1 : 0;
    }
    return control * 100 > n;
  }

  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    return m.find() ? charset(m.group(1)) : null;
  }

  private static CharsetDetector detector(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
    return detector;
  }

  private static Charset charset(String name) {
    try {
      String n = name.toLowerCase(Locale.ROOT);
      // GB2312 and GBK pages routinely use characters only GB18030 (their superset) names.
      return n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") ? GB18030 : Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset charset) {
    return new String(bytes, offset, bytes.length - offset, charset);
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
