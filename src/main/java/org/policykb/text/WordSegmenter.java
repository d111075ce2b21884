package org.policykb.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.policykb.analysis.Paragraphs;
import org.policykb.index.Fields;

/**
 * A piece of text as the words the index holds in {@link Fields#TEXT_WORDS} (smartcn segments,
 * folded), without punctuation or symbols: what collocates count and suggestions extend.
 */
public final class WordSegmenter {
  private final Analyzer words;

  public WordSegmenter(Analyzer words) {
    this.words = words;
  }

  /** A word and where it is: {@code s.substring(start, end)} is what was segmented into {@code text}. */
  public record Word(String text, int start, int end) {}

  public List<String> segment(String s) {
    return words(s).stream().map(Word::text).toList();
  }

  /** The words of {@code s} with their offsets into it. */
  public List<Word> words(String s) {
    List<Word> out = new ArrayList<>();
    try (TokenStream ts = words.tokenStream(Fields.TEXT_WORDS, s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (isWord(term)) {
          out.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Every term the analyzer gives for {@code s}, words or not, in order: what {@link Fields#TEXT_WORDS} indexes. */
  public List<String> terms(String s) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = words.tokenStream(Fields.TEXT_WORDS, s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Every term the analyzer gives for {@code s}, as {@link #terms}, each with its position increment: 1 after the term
   * before it, more where the analyzer left positions empty (punctuation its stop list drops) and one more where a
   * paragraph breaks ({@link Paragraphs#breakBetween}) between the two. What {@link Fields#TEXT_WORDS} indexes with
   * positions, so that a sequence of words read back from it stops where a clause or a paragraph does.
   */
  public Positioned positioned(String s) {
    List<String> out = new ArrayList<>();
    int[] increments = new int[16];
    try (TokenStream ts = words.tokenStream(Fields.TEXT_WORDS, s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int previousEnd = -1;
      while (ts.incrementToken()) {
        if (out.size() == increments.length) {
          increments = java.util.Arrays.copyOf(increments, increments.length * 2);
        }
        boolean broken = previousEnd >= 0 && Paragraphs.breakBetween(s, previousEnd, offset.startOffset());
        increments[out.size()] = Math.max(1, increment.getPositionIncrement()) + (broken ? 1 : 0);
        out.add(term.toString());
        previousEnd = offset.endOffset();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Positioned(out, java.util.Arrays.copyOf(increments, out.size()));
  }

  /** Terms and their position increments ({@link #positioned}); {@code increments[i]} is {@code terms.get(i)}'s. */
  public record Positioned(List<String> terms, int[] increments) {
    /** The words among the terms: what {@link Fields#WORD_COUNT} counts. */
    public long wordCount() {
      return terms.stream().filter(WordSegmenter::isWord).count();
    }
  }

  /** Whether a term is a word: it has a letter or a digit (punctuation and symbols are not). */
  public static boolean isWord(CharSequence term) {
    return term.chars().anyMatch(Character::isLetterOrDigit);
  }
}
