package org.policykb.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.policykb.analysis.Analyzers;

/**
 * The collocates of {@link WorkbenchFixture#PHRASE} worked out from the fixture's texts as written,
 * without the code under test: each paragraph's occurrences found with {@code indexOf}, the paragraph's
 * text left and right of each segmented by the word analyzer itself, the last (first) {@code span}
 * words taken; for n-grams, every run of words with nothing between them that is 2–6 characters long and
 * whose word nearest the phrase is one of those. (The fixture's paragraphs are short enough that the server's reading of 6 characters per word
 * of span reaches their edges.)
 */
final class CollocateOracle {
  /** Counts of one word or n-gram near the phrase: instances left, right, and windows holding it. */
  static final class Counts {
    long left;
    long right;
    long lines;

    long count() {
      return left + right;
    }
  }

  private CollocateOracle() {}

  /**
   * @param side "left", "right" or "both"
   * @param ngrams n-grams of 2–6 characters instead of words
   */
  static Map<String, Counts> of(String phrase, int span, String side, boolean ngrams) {
    Map<String, Counts> out = new HashMap<>();
    try (Analyzer words = Analyzers.words()) {
      for (WorkbenchFixture.Doc d : WorkbenchFixture.DOCS) {
        for (String paragraph : d.body().split("\n\n")) {
          for (int at = paragraph.indexOf(phrase); at >= 0; at = paragraph.indexOf(phrase, at + phrase.length())) {
            List<Token> left = segment(words, paragraph.substring(0, at));
            List<Token> right = segment(words, paragraph.substring(at + phrase.length()));
            int leftFrom = Math.max(0, left.size() - span);
            int rightTo = Math.min(span, right.size());
            Set<String> seen = new HashSet<>();
            if (!side.equals("right")) {
              for (String item : ngrams ? ngrams(left, i -> i >= leftFrom, true) : texts(left.subList(leftFrom, left.size()))) {
                out.computeIfAbsent(item, k -> new Counts()).left++;
                seen.add(item);
              }
            }
            if (!side.equals("left")) {
              for (String item : ngrams ? ngrams(right, i -> i < rightTo, false) : texts(right.subList(0, rightTo))) {
                out.computeIfAbsent(item, k -> new Counts()).right++;
                seen.add(item);
              }
            }
            seen.forEach(item -> out.get(item).lines++);
          }
        }
      }
    }
    return out;
  }

  /** Words of the window, left to right, with their offsets in the paragraph's part. */
  private record Token(String text, int start, int end) {}

  private static List<Token> segment(Analyzer words, String s) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = words.tokenStream("text_words", s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.chars().anyMatch(Character::isLetterOrDigit)) {
          out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }

  /**
   * Every run of consecutive words with nothing between them, 2–6 characters long (the fixture is all
   * Chinese), whose word nearest the phrase (the last one on its left, the first on its right) is in the span.
   */
  private static List<String> ngrams(List<Token> tokens, java.util.function.IntPredicate inSpan, boolean left) {
    List<String> out = new ArrayList<>();
    for (int first = 0; first < tokens.size(); first++) {
      StringBuilder run = new StringBuilder();
      for (int last = first; last < tokens.size(); last++) {
        if (last > first && tokens.get(last).start() != tokens.get(last - 1).end()) {
          break;
        }
        run.append(tokens.get(last).text());
        if (run.length() > 6) {
          break;
        }
        if (run.length() >= 2 && inSpan.test(left ? last : first)) {
          out.add(run.toString());
        }
      }
    }
    return out;
  }
}
