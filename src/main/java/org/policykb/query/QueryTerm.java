package org.policykb.query;

import java.util.Arrays;
import org.policykb.analysis.FoldedStream;

/**
 * One phrase of a query, as typed and as folded for matching.
 *
 * @param titleOnly true for {@code title:} terms, which match the title instead of the text
 */
public record QueryTerm(String phrase, boolean titleOnly, int[] folded) {
  public static QueryTerm of(String phrase, boolean titleOnly) {
    int[] folded = FoldedStream.foldPhrase(phrase);
    if (folded.length == 0) {
      throw new QuerySyntaxException(
          "term '" + phrase + "' has no searchable characters (quotes, brackets and spaces are ignored when matching)");
    }
    return new QueryTerm(phrase, titleOnly, folded);
  }

  /**
   * Whether two of its occurrences can overlap (哈哈 in 哈哈哈, 发展和发展 in 发展和发展和发展): its folded code points
   * begin with what they end with. Where they cannot, a text's occurrences are all the places it stands.
   */
  public boolean overlapsItself() {
    for (int shift = 1; shift < folded.length; shift++) {
      if (Arrays.equals(folded, shift, folded.length, folded, 0, folded.length - shift)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueryTerm t
        && t.phrase.equals(phrase)
        && t.titleOnly == titleOnly
        && Arrays.equals(t.folded, folded);
  }

  @Override
  public int hashCode() {
    return phrase.hashCode() * 31 + Boolean.hashCode(titleOnly);
  }

  @Override
  public String toString() {
    return (titleOnly ? "title:" : "") + phrase;
  }
}
