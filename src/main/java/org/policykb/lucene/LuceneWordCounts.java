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
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
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
    // rather than every posting of the subcorpus held at once. A word is kept by its bytes, not as a string per
    // segment: a string is made once for each word, at the end.
    Words words = new Words();
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
    BytesRef scratch = new BytesRef();
    for (int id = 0; id < words.size(); id++) {
      if (words.range[id] == 0) {
        continue; // not a word
      }
      out.put(words.terms.get(id, scratch).utf8ToString(), new WordCounts.Word(words.frequency[id], words.range[id],
          dispersion ? Dispersion.dp(words.frequency[id], words.covered[id], words.deviations[id], tokens) : null));
    }
    return new WordCounts(tokens, documents, java.util.Collections.unmodifiableMap(out), generation);
  }

  /**
   * One segment's terms: each term's postings advanced from one of the subcorpus's documents to the next (its skip
   * data passing over the others), the frequencies of the documents it is in added up.
   */
  private static void countLeaf(TermsEnum te, FixedBitSet docs, long[] size, Words words, boolean first, long tokens)
      throws IOException {
    PostingsEnum postings = null;
    int firstDoc = docs.nextSetBit(0);
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      int id = -1;
      postings = te.postings(postings, PostingsEnum.FREQS);
      for (int doc = postings.advance(firstDoc); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
        if (!docs.get(doc)) {
          int next = doc + 1 < docs.length() ? docs.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
          if (next == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          doc = postings.advance(next);
          continue;
        }
        if (id < 0) {
          id = first ? words.add(term) : words.terms.find(term);
          if (id < 0 || !words.word[id]) {
            break; // not a word
          }
        }
        if (first) {
          words.frequency[id] += postings.freq();
          words.range[id]++;
          words.covered[id] += size[doc];
        } else {
          words.deviations[id] += Dispersion.deviation(postings.freq(), size[doc], words.frequency[id], tokens);
        }
        doc = postings.nextDoc();
      }
    }
  }

  /** The words as they are counted, by the id their bytes have in one hash. */
  private static final class Words {
    final BytesRefHash terms = new BytesRefHash();
    boolean[] word = new boolean[1024];
    long[] frequency = new long[1024];
    long[] range = new long[1024];
    long[] covered = new long[1024];
    long[] deviations = new long[1024];

    int size() {
      return terms.size();
    }

    /** The term's id, added (and found to be a word or not) when it is new. */
    int add(BytesRef term) {
      int id = terms.add(term);
      if (id >= 0) {
        if (id == word.length) {
          int n = ArrayUtil.oversize(id + 1, Long.BYTES);
          word = java.util.Arrays.copyOf(word, n);
          frequency = java.util.Arrays.copyOf(frequency, n);
          range = java.util.Arrays.copyOf(range, n);
          covered = java.util.Arrays.copyOf(covered, n);
          deviations = java.util.Arrays.copyOf(deviations, n);
        }
        word[id] = WordSegmenter.isWord(term.utf8ToString());
        return id;
      }
      return -id - 1;
    }
  }
}
