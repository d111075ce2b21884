package org.policykb.search;

import org.policykb.query.InvalidRequestException;
import org.policykb.text.ContextKeys;

/**
 * What a phrase's hits are grouped by when they are grouped by context: what stands before ({@code left}) or after
 * them — the word, or {@code characters} characters — as the concordance's context sorts read it (folded,
 * whitespace and soft punctuation skipped, a paragraph break ending it).
 *
 * @param characters 1..{@link #MAX_CHARACTERS}; 0 for the word
 */
public record HitContext(boolean left, int characters) {
  /** Characters a context group holds at most: what a context sort's key holds. */
  public static final int MAX_CHARACTERS = ContextKeys.DEPTH;

  public HitContext {
    if (characters < 0 || characters > MAX_CHARACTERS) {
      throw new InvalidRequestException("context must be word or 1.." + MAX_CHARACTERS + " characters, was " + characters);
    }
  }

  /**
   * @param side {@code left} or {@code right}
   * @param context {@code word} (also when absent) or a number of characters
   */
  public static HitContext parse(String side, String context) {
    boolean left = "left".equalsIgnoreCase(side.strip());
    if (context == null || context.isBlank() || context.strip().equalsIgnoreCase("word")) {
      return new HitContext(left, 0);
    }
    try {
      return new HitContext(left, Integer.parseInt(context.strip()));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("context must be word or 1.." + MAX_CHARACTERS + " characters, was '" + context + "'");
    }
  }

  /** The side's name, as {@code by} gives it. */
  public String side() {
    return left ? "left" : "right";
  }

  /** {@code word} or the number of characters, as the {@code context} parameter gives it. */
  public String unit() {
    return characters == 0 ? "word" : Integer.toString(characters);
  }
}
