package org.policykb.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * How one character is compared when matching phrases.
 *
 * <p>Whitespace and soft punctuation (quotes, book-title marks, brackets, middle dots) are
 * transparent: they fold to nothing. Every other character folds to its NFKC case-folded form
 * (full-width → half-width, upper → lower case) followed by the Traditional→Simplified mapping.
 * Hard punctuation (。，、；：！？ …) survives folding and so acts as a boundary a phrase cannot
 * cross unless the phrase contains it too.
 *
 * <p>Folding is a pure function of one code point, so a query and a document fold identically
 * whatever surrounds them; results for the Basic Multilingual Plane are cached.
 */
public final class CharFolding {

  /** Characters a phrase match looks through. */
  static final String SOFT_PUNCTUATION =
      "\"'“”‘’‚‛„‟「」『』﹁﹂﹃﹄〝〞〟《》〈〉<>«»‹›()（）[]［］【】〔〕〖〗{}｛｝⦅⦆｟｠·・‧•∙";

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Transliterator TO_SIMPLIFIED =
      Transliterator.getInstance("Traditional-Simplified");
  private static final String[] BMP_CACHE = new String[0x10000];
  private static final char[] WORD_CACHE = new char[0x10000];
  /** Per BMP code point: its fold when that is one code point, {@link #EMPTY} or {@link #LONGER}; 0 = not yet known. */
  private static final int[] SINGLE_CACHE = new int[0x10000];
  /** {@link #foldSingle}: the code point folds to nothing (it is transparent). */
  public static final int EMPTY = -1;
  /** {@link #foldSingle}: the code point folds to more than one code point. */
  public static final int LONGER = -2;

  private CharFolding() {}

  /** True when the code point is invisible to phrase matching. */
  public static boolean isTransparent(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        || Character.getType(cp) == Character.CONTROL
        || (cp < 0x10000 && SOFT_PUNCTUATION.indexOf(cp) >= 0);
  }

  /** The folded form of one code point: usually one code point, empty when transparent. */
  public static String fold(int cp) {
    if (cp < 0x10000) {
      String cached = BMP_CACHE[cp];
      if (cached == null) {
        cached = compute(cp);
        BMP_CACHE[cp] = cached;
      }
      return cached;
    }
    return compute(cp);
  }

  /**
   * The fold of a BMP code point as one code point, or {@link #EMPTY} or {@link #LONGER}: the same
   * answer as {@link #fold(int)} without a string, for the scans that fold every character of a text.
   */
  public static int foldSingle(char c) {
    int known = SINGLE_CACHE[c];
    if (known != 0) {
      return known;
    }
    String f = fold(c);
    int single = f.isEmpty() ? EMPTY : f.codePointCount(0, f.length()) == 1 ? f.codePointAt(0) : LONGER;
    SINGLE_CACHE[c] = single;
    return single;
  }

  /** Folds a whole string, dropping transparent characters. */
  public static String fold(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      out.append(fold(cp));
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * The same folding for word segmentation, but length-preserving: a char that folds to exactly one
   * other char is replaced, every other char (punctuation and whitespace included) is kept, so the
   * segmenter still sees sentence boundaries and offsets need no correction.
   */
  public static char foldForWords(char c) {
    char cached = WORD_CACHE[c];
    if (cached == 0 && c != 0) {
      String folded = isTransparent(c) ? "" : compute(c);
      cached = folded.length() == 1 ? folded.charAt(0) : c;
      WORD_CACHE[c] = cached;
    }
    return cached;
  }

  /** {@link #foldForWords(char)} over a whole string: the same length, each char folded. */
  public static String foldForWords(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldForWords(s.charAt(i));
    }
    return new String(out);
  }

  private static String compute(int cp) {
    if (isTransparent(cp)) {
      return "";
    }
    String normalized = NFKC_CF.normalize(new String(Character.toChars(cp)));
    String simplified;
    synchronized (TO_SIMPLIFIED) {
      simplified = TO_SIMPLIFIED.transliterate(normalized);
    }
    StringBuilder kept = new StringBuilder(simplified.length());
    simplified
        .codePoints()
        .filter(c -> !isTransparent(c))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
