package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.policykb.index.Fields;
import org.policykb.research.Dispersion;
import org.policykb.search.WordCounts;
import org.policykb.text.WordSegmenter;

/**
 * A subcorpus's words from the postings of {@link Fields#TEXT_WORDS}: for each word, its frequency in each document
 * of the subcorpus (the postings' freqs), those documents' sizes ({@link Fields#WORD_COUNT}), and from them its
 * frequency, range and dispersion. No text is read.
 */
final class LuceneWordCounts {
  private LuceneWordCounts() {}

  static WordCounts count(IndexSearcher searcher, Query subcorpus, boolean dispersion, String generation) throws IOException {
    MatchingDocs matches = MatchingDocs.of(searcher, subcorpus);
    long tokens = 0;
    long documents = 0;
    List<long[]> sizes = new ArrayList<>();
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      NumericDocValues counts = DocValues.getNumeric(leaf.context().reader(), Fields.WORD_COUNT);
      long[] size = new long[leaf.context().reader().maxDoc()];
      DocIdSetIterator it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        size[doc] = counts.advanceExact(doc) ? counts.longValue() : 0;
        tokens += size[doc];
        documents++;
      }
      sizes.add(size);
    }
    // first the words' frequencies, then (as DP needs a word's frequency) their deviations: the postings twice,
    // rather than every posting of the subcorpus held at once
    Map<String, Acc> words = new HashMap<>();
    for (int pass = 0; pass < (dispersion ? 2 : 1); pass++) {
      for (int l = 0; l < matches.leaves().size(); l++) {
        MatchingDocs.Leaf leaf = matches.leaves().get(l);
        Terms terms = leaf.context().reader().terms(Fields.TEXT_WORDS);
        if (terms == null || leaf.docs().cardinality() == 0) {
          continue;
        }
        countLeaf(terms.iterator(), leaf.docs(), sizes.get(l), words, pass == 0, tokens);
      }
    }
    Map<String, WordCounts.Word> out = new HashMap<>(words.size() * 2);
    for (Map.Entry<String, Acc> e : words.entrySet()) {
      Acc a = e.getValue();
      out.put(e.getKey(), new WordCounts.Word(a.frequency, a.range,
          dispersion ? Dispersion.dp(a.frequency, a.covered, a.deviations, tokens) : null));
    }
    return new WordCounts(tokens, documents, java.util.Collections.unmodifiableMap(out), generation);
  }

  private static void countLeaf(TermsEnum te, FixedBitSet docs, long[] size, Map<String, Acc> words, boolean first, long tokens)
      throws IOException {
    PostingsEnum postings = null;
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      Acc acc = null;
      postings = te.postings(postings, PostingsEnum.FREQS);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (!docs.get(doc)) {
          continue;
        }
        if (acc == null) {
          String word = term.utf8ToString();
          acc = first ? (WordSegmenter.isWord(word) ? words.computeIfAbsent(word, k -> new Acc()) : null) : words.get(word);
          if (acc == null) {
            break; // not a word
          }
        }
        if (first) {
          acc.frequency += postings.freq();
          acc.range++;
          acc.covered += size[doc];
        } else {
          acc.deviations += Dispersion.deviation(postings.freq(), size[doc], acc.frequency, tokens);
        }
      }
    }
  }

  /** One word's figures as they are counted. */
  private static final class Acc {
    long frequency;
    long range;
    long covered;
    long deviations;
  }
}
