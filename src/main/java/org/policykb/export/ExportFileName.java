package org.policykb.export;

import java.nio.charset.StandardCharsets;

/**
 * The name an export is saved under: what it is, the query and the index generation it came from
 * ({@code 语境索引-改革开放-gen-000001.csv}), so that several exports keep apart and each says what
 * it holds. Safe on every system: no {@code / \ : * ? " < > |}, no control or format characters (each
 * becomes a space, spaces are collapsed), the query cut to {@value #MAX_QUERY_BYTES} bytes of UTF-8 and
 * the generation to {@value #MAX_GENERATION_BYTES}, so that the name stays under the 255 bytes a file
 * name may have.
 *
 * @param name the name, UTF-8
 * @param asciiName for clients that read no other: {@code concordance-gen-000001.csv}, with the query only
 *     when it is all ASCII
 */
public record ExportFileName(String name, String asciiName) {
  static final int MAX_QUERY_BYTES = 150;
  static final int MAX_GENERATION_BYTES = 60;

  /** The name of a concordance export of {@code query} from {@code generation}. */
  public static ExportFileName concordance(String query, String generation, ConcordanceExport.Format format) {
    String q = cut(clean(query), MAX_QUERY_BYTES);
    String gen = cut(clean(generation), MAX_GENERATION_BYTES);
    String extension = "." + format.extension();
    return new ExportFileName(join("语境索引", q, gen) + extension, join("concordance", ascii(q), ascii(gen)) + extension);
  }

  /** The name of a graph export (the links of a subcorpus) from {@code generation}: {@code 政策关系-gen-000001.graphml}. */
  public static ExportFileName graph(String generation, GraphExport.Format format) {
    String gen = cut(clean(generation), MAX_GENERATION_BYTES);
    String extension = "." + format.extension();
    return new ExportFileName(join("政策关系", gen) + extension, join("links", ascii(gen)) + extension);
  }

  /** The name of a frequency list ({@code 词频-gen-000001.csv}) or a keyword list ({@code 关键词-…}) from {@code generation}. */
  public static ExportFileName statistics(boolean keywords, String generation) {
    String gen = cut(clean(generation), MAX_GENERATION_BYTES);
    return new ExportFileName(join(keywords ? "关键词" : "词频", gen) + ".csv",
        join(keywords ? "keywords" : "frequencies", ascii(gen)) + ".csv");
  }

  /**
   * The value of a {@code Content-Disposition} header that saves the file under this name: the UTF-8
   * name as RFC 6266 and RFC 5987 say ({@code filename*=UTF-8''…}, percent-encoded) after the ASCII
   * one ({@code filename="…"}), which clients that do not read the first use.
   */
  public String contentDisposition() {
    return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + percentEncoded(name);
  }

  private static String join(String what, String... parts) {
    StringBuilder s = new StringBuilder(what);
    for (String part : parts) {
      if (!part.isEmpty()) {
        s.append('-').append(part);
      }
    }
    return s.toString();
  }

  /** The part when it is all ASCII, else nothing (a name that leaves out some of a query's characters would mislead). */
  private static String ascii(String part) {
    return part.chars().allMatch(c -> c < 0x80) ? part : "";
  }

  /** Every character a file system or a header refuses becomes a space; spaces collapse; none at either end. */
  static String clean(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> {
      int type = Character.getType(c);
      boolean refused = "/\\:*?\"<>|".indexOf(c) >= 0 || type == Character.CONTROL || type == Character.FORMAT
          || type == Character.SURROGATE || Character.isWhitespace(c) || Character.isSpaceChar(c);
      out.appendCodePoint(refused ? ' ' : c);
    });
    return out.toString().replaceAll(" +", " ").strip();
  }

  /** At most {@code maxBytes} of UTF-8, whole characters; a cut one ends in …. */
  static String cut(String s, int maxBytes) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      return s;
    }
    int end = 0;
    int bytes = "…".getBytes(StandardCharsets.UTF_8).length;
    while (end < s.length()) {
      int next = s.offsetByCodePoints(end, 1);
      bytes += s.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
      if (bytes > maxBytes) {
        break;
      }
      end = next;
    }
    return s.substring(0, end).strip() + "…";
  }

  /** RFC 5987's value-chars: its attr-chars as they are, every other byte of the UTF-8 as %XX. */
  private static String percentEncoded(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
