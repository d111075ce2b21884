package org.policykb.search;

import org.policykb.query.EnumParameter;
import org.policykb.query.InvalidRequestException;

/**
 * What a frequency list or a keyness counts: smartcn's words one by one ({@link #WORDS}), n-grams of {@code n} whole
 * words, or n-grams of {@code n} characters as phrases match them (folded, whitespace and soft punctuation skipped).
 * An n-gram never spans punctuation or a paragraph break, and is made of words, or of letters and digits, only; so a
 * character n-gram's frequency is the number of times the phrase it spells is found.
 */
public record Grams(Unit unit, int n) {
  /** A word is one unit of a word n-gram, a character one of a character n-gram. */
  public enum Unit {
    WORD(6),
    CHAR(6);

    /** The longest n-gram counted. */
    public final int maxN;

    Unit(int maxN) {
      this.maxN = maxN;
    }

    public static Unit parse(String value) {
      return EnumParameter.parse(Unit.class, "unit", value, WORD);
    }
  }

  /** The words, one by one. */
  public static final Grams WORDS = new Grams(Unit.WORD, 1);

  public Grams {
    if (unit == null) {
      throw new IllegalArgumentException("a unit is needed");
    }
    if (n < 1 || n > unit.maxN) {
      throw new InvalidRequestException("n must be 1.." + unit.maxN + " for unit=" + unit.name().toLowerCase(java.util.Locale.ROOT)
          + ", was " + n);
    }
  }

  /** Whether these are single words, which the engines count from their postings alone. */
  public boolean singleWords() {
    return unit == Unit.WORD && n == 1;
  }

  /** How an n-gram's units are written one after another: words with a space between, characters as they are. */
  public String separator() {
    return unit == Unit.WORD ? " " : "";
  }
}
