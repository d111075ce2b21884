package org.policykb.search;

import java.util.List;
import java.util.Locale;
import org.policykb.query.EnumParameter;
import org.policykb.query.InvalidRequestException;
import org.policykb.query.Subcorpus;

/**
 * The words most characteristic of a focus subcorpus against a reference (another subcorpus, the rest of the
 * collection, or all of it), in both directions.
 *
 * @param reference the reference subcorpus; null for {@link #against} {@code REST} or {@code ALL}
 * @param grams what is compared: words, n-grams of words or of characters
 * @param min the fewest occurrences a keyword needs on its side: in the focus for a positive one, in the
 *     reference for a negative one
 * @param p the significance level a keyword's G² must reach (0.05, 0.01, 0.001, 0.0001; 1: no test)
 * @param size keywords listed at most in each direction
 */
public record KeywordsRequest(
    Subcorpus focus, Against against, Subcorpus reference, Grams grams, int min, String p, boolean stop, Sort sort,
    int size) {
  public static final int DEFAULT_MIN = 3;
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 1000;
  /** The levels {@code p} takes, with the G² each needs (χ², one degree of freedom). */
  public static final List<String> LEVELS = List.of("0.05", "0.01", "0.001", "0.0001", "1");
  private static final double[] CRITICAL = {3.84, 6.63, 10.83, 15.13, 0};

  /** What the focus is compared with. */
  public enum Against {
    /** The collection without the focus's documents. */
    REST,
    /** The whole collection, the focus included. */
    ALL,
    /** The reference subcorpus given. */
    SUBCORPUS;

    public static Against parse(String value, boolean referenceGiven) {
      Against a = EnumParameter.parse(Against.class, "reference", value, referenceGiven ? SUBCORPUS : REST);
      if (a != SUBCORPUS && referenceGiven) {
        throw new InvalidRequestException("reference=" + a.name().toLowerCase(Locale.ROOT)
            + " cannot be combined with ref_ filters: they name the reference subcorpus");
      }
      return a;
    }
  }

  /** The order of each list: by significance (G²) or by effect size (Log Ratio). */
  public enum Sort {
    LL,
    LOG_RATIO;

    public static Sort parse(String value) {
      return EnumParameter.parse(Sort.class, "sort", value, LL);
    }
  }

  public KeywordsRequest {
    if ((against == Against.SUBCORPUS) != (reference != null)) {
      throw new IllegalArgumentException("a reference subcorpus is given exactly when the focus is compared with one");
    }
    if (min < 1) {
      throw new InvalidRequestException("min must be 1 or more, was " + min);
    }
    if (!LEVELS.contains(p)) {
      throw new InvalidRequestException("p must be one of " + String.join(", ", LEVELS) + ", was '" + p + "'");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("size must be 1.." + MAX_SIZE + ", was " + size);
    }
  }

  /** The G² a keyword must reach. */
  public double critical() {
    return CRITICAL[LEVELS.indexOf(p)];
  }
}
