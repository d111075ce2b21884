package org.policykb.model;

/**
 * How a message writes a count of something in English: {@code 1 file}, {@code 0 files},
 * {@code 7 occurrences}. The one rule for every count the program prints (Chinese words have no
 * plural and never come here).
 */
public final class Counts {
  private Counts() {}

  /** The count and the noun it counts: {@code of(1, "document")} is {@code 1 document}, else {@code n documents}. */
  public static String of(long count, String singular) {
    return count + " " + noun(count, singular);
  }

  /**
   * The noun alone, as the count before it needs it: {@code file} for 1, {@code files} for 0 or
   * many (for {@code 3/5 files} or {@code 1 file/s}, where the number is written apart).
   */
  public static String noun(long count, String singular) {
    return count == 1 ? singular : plural(singular);
  }

  /**
   * A verb in the present tense with the count as its subject: {@code verb(1, "match")} is
   * {@code matches} (it takes the ending of a noun's plural), {@code match} for 0 or many.
   */
  public static String verb(long count, String base) {
    return count == 1 ? plural(base) : base;
  }

  /** The regular English plural: {@code files}, {@code matches}, {@code entries}. */
  static String plural(String singular) {
    if (singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("ch") || singular.endsWith("sh")) {
      return singular + "es";
    }
    if (singular.length() > 1 && singular.endsWith("y") && "aeiou".indexOf(singular.charAt(singular.length() - 2)) < 0) {
      return singular.substring(0, singular.length() - 1) + "ies";
    }
    return singular + "s";
  }
}
