package org.policykb.research;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykb.analysis.Analyzers;
import org.policykb.search.HitContext;
import org.policykb.search.TrendResult;
import org.policykb.text.ContextKeys;
import org.policykb.text.WordSegmenter;

/**
 * A phrase's hits grouped by what stands next to them, from the keys an engine reads for a context sort
 * ({@link ContextKeys}): the {@code n} characters before or after a hit, in reading order, up to a paragraph break;
 * or the word, which is the run of letters and digits next to the hit (up to the key's {@link ContextKeys#DEPTH}
 * characters) as smartcn segments it, its first word after the hit or its last before — or, where punctuation stands
 * next to the hit, that mark. Where the text or paragraph ends next to a hit its group is {@code ""}. Each group
 * counts its hits, the documents they are in and those documents' characters.
 */
public final class ContextGroups {
  private static final WordSegmenter WORDS = new WordSegmenter(Analyzers.words());

  private ContextGroups() {}

  /**
   * The keys an engine reads for the groups, as a context sort reads them; a phrase with more hits than a context sort
   * may order is refused in the words of grouping.
   */
  public static Concordance.Keys keys(java.util.function.Supplier<Concordance.Keys> read) {
    try {
      return read.get();
    } catch (Concordance.TooManyLines e) {
      throw new org.policykb.query.InvalidRequestException("hits can be grouped by context " + org.policykb.search.ConcordanceRequest.MAX_SORTED_LINES
          + " at a time and this query has " + e.lines() + "; narrow it (from/to, source, level, or a longer phrase), "
          + "or group it by a facet, which has no limit");
    }
  }

  /** The groups, the most hits first, then the most documents, then in code point order ({@link Trend#buckets}). */
  public static List<TrendResult.Bucket> buckets(Concordance.Keys keys, HitContext context) {
    Map<Object, Trend.Counts> groups = new HashMap<>();
    String[] k = keys.keys();
    int[] starts = keys.starts();
    Map<String, String> words = new HashMap<>(); // a run's word, once segmented
    for (int d = 0; d + 1 < starts.length; d++) {
      java.util.Set<String> inDocument = new java.util.HashSet<>();
      for (int line = starts[d]; line < starts[d + 1]; line++) {
        String value = context.characters() > 0 ? characters(k[line], context)
            : word(k[line], context, words);
        Trend.Counts c = groups.computeIfAbsent(value, x -> new Trend.Counts());
        c.occurrences++;
        if (inDocument.add(value)) {
          c.documents++;
          c.allDocuments++;
          c.characters += keys.characters()[d];
        }
      }
    }
    return Trend.buckets(groups, null);
  }

  /** The first {@code n} characters of a key, up to a paragraph break, in reading order. */
  static String characters(String key, HitContext context) {
    StringBuilder taken = new StringBuilder();
    int n = 0;
    for (int i = 0; i < key.length() && n < context.characters(); n++) {
      int cp = key.codePointAt(i);
      if (cp == ContextKeys.BREAK) {
        break;
      }
      taken.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return context.left() ? reversed(taken.toString()) : taken.toString();
  }

  static String word(String key, HitContext context) {
    return word(key, context, new HashMap<>());
  }

  /**
   * The word next to the hit: from the run of letters and digits there, segmented (each run once: {@code words} keeps
   * what it gave); else the mark there, or "".
   */
  private static String word(String key, HitContext context, Map<String, String> words) {
    if (key.isEmpty() || key.codePointAt(0) == ContextKeys.BREAK) {
      return "";
    }
    int first = key.codePointAt(0);
    if (!Character.isLetterOrDigit(first)) {
      return Character.toString(first);
    }
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < key.length(); ) {
      int cp = key.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        break;
      }
      run.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return words.computeIfAbsent(context.left() ? reversed(run.toString()) : run.toString(), inOrder -> {
      List<WordSegmenter.Word> segmented = WORDS.words(inOrder);
      if (segmented.isEmpty()) {
        return inOrder;
      }
      WordSegmenter.Word w = context.left() ? segmented.get(segmented.size() - 1) : segmented.get(0);
      // as it stands in the text (folded), not as smartcn's stemming writes it
      return inOrder.substring(w.start(), w.end());
    });
  }

  private static String reversed(String s) {
    int[] cps = s.codePoints().toArray();
    StringBuilder out = new StringBuilder(s.length());
    for (int i = cps.length - 1; i >= 0; i--) {
      out.appendCodePoint(cps[i]);
    }
    return out.toString();
  }
}
