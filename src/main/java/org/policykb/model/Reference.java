package org.policykb.model;

import java.util.List;

/**
 * A place where a document names another: a title in 《…》, a 发文字号, or both together
 * (《…》（国发〔2020〕7号）), with what the sentence around it says the document does with it.
 *
 * @param kind what the citing document does with the one it names
 * @param title the title without its outer marks, normalised as the cites facet shows it; null when only a
 *     number names it
 * @param number the 发文字号, normalised ({@link DocNumber#normalized()}); null when only a title names it
 * @param year the year the sentence says the named document was issued or adopted in (1992年…发布的《…》);
 *     null when it says none
 * @param inTitle true when the reference is in the citing document's title, not in its text: the offsets are
 *     then into the title
 * @param start where the reference starts (its 《, or its number's first character)
 * @param end where it ends (after its 》, or after the bracket closing a number printed after the title)
 * @param sentenceStart where the sentence holding it starts: the evidence is {@code [sentenceStart,
 *     sentenceEnd)}
 * @param sentenceEnd where that sentence ends
 * @param bare true for a law named without marks before an article or 的规定 (依照民事诉讼法第一百一十九条): {@code title}
 *     is then the run of characters that ends with the name, and only the end of it is the name; such a reference
 *     counts only when it names a law of the corpus
 */
public record Reference(Kind kind, String title, String number, Integer year, boolean inTitle, int start, int end,
    int sentenceStart, int sentenceEnd, boolean bare) {

  /** What a document does with the one it names, strongest first. */
  public enum Kind {
    /** It repeals it: 《…》同时废止, 废止《…》. */
    REPEALS,
    /** It amends it: 关于修改《…》的决定, 对《…》作如下修改; or it is a newer version of the same title. */
    AMENDS,
    /** It issues or relays it: 关于印发《…》的通知, 转发…的通知. */
    ISSUES,
    /** It implements it: 为贯彻落实《…》, 根据《…》…制定本办法. */
    IMPLEMENTS,
    /** It names it. */
    CITES;

    /** The name the API and the evaluation use. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind named {@code key} ({@link #key()}); null when none is. */
    public static Kind of(String key) {
      for (Kind k : values()) {
        if (k.key().equals(key)) {
          return k;
        }
      }
      return null;
    }

    /** Every kind's key, strongest first. */
    public static List<String> keys() {
      return java.util.Arrays.stream(values()).map(Kind::key).toList();
    }
  }

  public Reference {
    if (kind == null || title == null && number == null || bare && title == null) {
      throw new IllegalArgumentException("a reference needs a kind and a title or a number");
    }
    if (start < 0 || end < start || sentenceStart > start || sentenceEnd < end) {
      throw new IllegalArgumentException("reference span " + start + ".." + end + " outside its sentence "
          + sentenceStart + ".." + sentenceEnd);
    }
  }
}
