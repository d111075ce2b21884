package org.policykb.research;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The collocates' stop list: Chinese function words (particles, conjunctions, prepositions,
 * grammatical adverbs, pronouns, the copula), read from {@code stopwords.txt} beside this class. Lucene
 * ships none that fits: smartcn's stop set is punctuation only and the CJK analyzer's is English.
 */
public final class StopWords {
  private static final String RESOURCE = "stopwords.txt";
  private static final Set<String> WORDS = load();

  private StopWords() {}

  /** True when {@code word} (a smartcn word, folded) is on the stop list. */
  public static boolean contains(String word) {
    return WORDS.contains(word);
  }

  /**
   * Whether the stop list leaves out an n-gram whose first unit is {@code first} and last {@code last}: one that begins
   * or ends with a function word (的发展, 发展 的), whose counts are the function word's more than the expression's.
   */
  public static boolean bounds(String first, String last) {
    return contains(first) || contains(last);
  }

  /** The list, in its file's order. */
  public static Set<String> all() {
    return WORDS;
  }

  private static Set<String> load() {
    try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      Set<String> out = new LinkedHashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!word.isEmpty()) {
          out.add(word);
        }
      }
      return java.util.Collections.unmodifiableSet(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
