package org.policykb.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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

  /** Whether a term is a word: it has a letter or a digit (punctuation and symbols are not). */
  public static boolean isWord(CharSequence term) {
    return term.chars().anyMatch(Character::isLetterOrDigit);
  }
}
