package org.policykb;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tests' own reading of the query language, written apart from the product's parser and
 * matcher: which documents a query matches, decided by a regular expression over the folded text.
 * Folding as documented (NFKC, lower case, traditional → simplified); a phrase matches its characters
 * with any whitespace or soft punctuation (quotes, book-title marks, brackets) between them; terms
 * separated by spaces must all match, {@code OR} offers alternatives, {@code -x} excludes and
 * {@code title:x} looks in the title only.
 */
public final class ReferenceSearch {
  private static final String SOFT_CHARS = "\\s“”‘’\"'《》〈〉「」『』（）()【】\\[\\]·";
  private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

  private ReferenceSearch() {}

  public static String fold(String s) {
    return TO_SIMPLIFIED.transliterate(Normalizer2.getNFKCInstance().normalize(s).toLowerCase(Locale.ROOT));
  }

  /**
   * A phrase as a pattern over folded text: soft characters between its characters, but never a
   * paragraph break (two line feeds in a row).
   */
  public static Pattern phrase(String phrase) {
    String soft = "(?:(?!\\n\\n)[" + SOFT_CHARS + "])*";
    StringBuilder p = new StringBuilder();
    fold(phrase).replaceAll("[" + SOFT_CHARS + "]", "").codePoints().forEach(cp -> {
      if (!p.isEmpty()) {
        p.append(soft);
      }
      p.append(Pattern.quote(new String(Character.toChars(cp))));
    });
    return Pattern.compile(p.toString());
  }

  /** Whether a document with this title and text matches {@code query}. */
  public static boolean matches(String title, String text, String query) {
    String t = title == null ? "" : fold(title);
    String all = t + "\n\n" + fold(text);
    List<List<String>> required = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    boolean or = false;
    for (String token : query.strip().split("\\s+")) {
      if (token.equals("OR")) {
        or = true;
      } else if (token.startsWith("-")) {
        excluded.add(token.substring(1));
      } else if (or && !required.isEmpty()) {
        required.get(required.size() - 1).add(token);
        or = false;
      } else {
        required.add(new ArrayList<>(List.of(token)));
      }
    }
    return required.stream().allMatch(group -> group.stream().anyMatch(term -> occurs(term, t, all)))
        && excluded.stream().noneMatch(term -> occurs(term, t, all));
  }

  private static boolean occurs(String term, String title, String all) {
    return term.startsWith("title:") ? phrase(term.substring(6)).matcher(title).find() : phrase(term).matcher(all).find();
  }
}
