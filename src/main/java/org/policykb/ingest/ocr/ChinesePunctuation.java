package org.policykb.ingest.ocr;

/**
 * The recognizer reads the punctuation of Chinese text as often half-width as full-width — the glyphs
 * differ by little more than their advance — while printed Chinese sets it full-width: {@code ( ) , : ; ! ?}
 * next to a Chinese character or to full-width punctuation become {@code （ ） ， ： ； ！ ？}, so
 * {@code 评估(10%)} reads {@code 评估（10%）}; between Latin letters or digits ({@code 12:30}, {@code (AI)}) they stay.
 * A straight double quote beside Chinese opens or closes as the quotes before it say ({@code “两跑三降"} reads
 * {@code “两跑三降”}).
 * Digits it reads now half-width, now full-width within one number ({@code 〔2０２4〕７号}); print sets them
 * half-width, and so are they all read ({@link #halfWidthDigits}). A book-title mark's stroke read as a
 * letter beside it ({@code 指引I》}) goes ({@link #withoutMarkStrokes}).
 */
final class ChinesePunctuation {
  private static final String HALF = "(),:;!?";
  private static final String FULL = "（），：；！？";

  private ChinesePunctuation() {}

  static String fullWidth(String s) {
    char[] c = s.toCharArray();
    boolean changed = true;
    while (changed) { // ")(" between two Chinese characters: each bracket becomes full-width beside the other
      changed = false;
      for (int i = 0; i < c.length; i++) {
        int k = HALF.indexOf(c[i]);
        if (k >= 0 && (chinese(c, i - 1) || chinese(c, i + 1))) {
          c[i] = FULL.charAt(k);
          changed = true;
        }
      }
    }
    boolean quoted = false; // a straight quote beside Chinese is the curly one its place asks for: “两跑三降"模式 → “两跑三降”模式
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '“') {
        quoted = true;
      } else if (c[i] == '”') {
        quoted = false;
      } else if (c[i] == '"' && (chinese(c, i - 1) || chinese(c, i + 1))) {
        c[i] = quoted ? '”' : '“';
        quoted = !quoted;
      }
    }
    boolean open = false; // the closing bracket of a full-width opening one is full-width too: 评估(10%) → 评估（10%）
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '（') {
        open = true;
      } else if (c[i] == ')' && open) {
        c[i] = '）';
        open = false;
      } else if (c[i] == '）' || c[i] == '(' || c[i] == ')') {
        open = false;
      }
    }
    return new String(c);
  }

  /** Full-width digits (０–９) as half-width ones: {@code 〔2０２4〕７号} reads {@code 〔2024〕7号}. */
  static String halfWidthDigits(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= '０' && c[i] <= '９') {
        c[i] = (char) ('0' + (c[i] - '０'));
      }
    }
    return new String(c);
  }

  /** What the recognizer reads of a book-title mark's stroke as a letter of its own: I, l or | beside it. */
  private static final String STROKES = "Il|";

  /**
   * A book-title mark's stroke read as a letter, between it and a Chinese character ({@code 指引I》},
   * {@code 《l上海}): the letter goes; a letter beside a Latin word ({@code 《ISO》}) stays.
   */
  static String withoutMarkStrokes(String s) {
    if (s.indexOf('《') < 0 && s.indexOf('》') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean stroke = STROKES.indexOf(c) >= 0
          && (i + 1 < s.length() && s.charAt(i + 1) == '》' && i > 0 && Character.UnicodeScript.of(s.charAt(i - 1)) == Character.UnicodeScript.HAN
              || i > 0 && s.charAt(i - 1) == '《' && i + 1 < s.length() && Character.UnicodeScript.of(s.charAt(i + 1)) == Character.UnicodeScript.HAN);
      if (!stroke) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean chinese(char[] c, int i) {
    if (i < 0 || i >= c.length) {
      return false;
    }
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c[i]);
    return Character.UnicodeScript.of(c[i]) == Character.UnicodeScript.HAN
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || FULL.indexOf(c[i]) >= 0 || c[i] == '“' || c[i] == '”' || c[i] == '、' || c[i] == '…' || c[i] == '—';
  }
}
