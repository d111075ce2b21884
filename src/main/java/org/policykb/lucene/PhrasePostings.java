package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.policykb.query.ExactPhrase;

/**
 * One folded phrase's postings in one segment of an exact field, as {@link ExactPhrase} lays it out:
 * its bigrams at their offsets, or for a phrase of one code point the union of every bigram (and
 * paragraph-final code point) it begins. Gives the positions where the phrase starts in a document,
 * overlapping occurrences included — read from positions only, never from a stored text.
 */
final class PhrasePostings {
  private final PostingsEnum[] postings;
  private final int[] offsets;
  private final int length;
  private final int[][] positions;
  private int[] starts = new int[16];

  private PhrasePostings(PostingsEnum[] postings, int[] offsets, int length) {
    this.postings = postings;
    this.offsets = offsets;
    this.length = length;
    this.positions = new int[postings.length][];
  }

  /** The phrase's postings in this segment; null when it occurs nowhere in it. */
  static PhrasePostings open(LeafReader reader, String field, int[] cps) throws IOException {
    Terms terms = reader.terms(field);
    if (terms == null) {
      return null;
    }
    TermsEnum te = terms.iterator();
    ExactPhrase plan = ExactPhrase.of(cps);
    if (plan.isPrefix()) {
      PostingsEnum union = prefixUnion(te, new BytesRef(plan.prefix()));
      return union == null ? null : new PhrasePostings(new PostingsEnum[] {union}, new int[] {0}, 1);
    }
    List<ExactPhrase.Bigram> bigrams = plan.bigrams();
    PostingsEnum[] pe = new PostingsEnum[bigrams.size()];
    int[] offsets = new int[bigrams.size()];
    for (int k = 0; k < pe.length; k++) {
      if (!te.seekExact(new BytesRef(bigrams.get(k).text()))) {
        return null;
      }
      pe[k] = te.postings(null, PostingsEnum.POSITIONS);
      offsets[k] = bigrams.get(k).position();
    }
    return new PhrasePostings(pe, offsets, cps.length);
  }

  private static PostingsEnum prefixUnion(TermsEnum te, BytesRef prefix) throws IOException {
    List<PostingsEnum> all = new ArrayList<>();
    if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
      return null;
    }
    for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
      all.add(te.postings(null, PostingsEnum.POSITIONS));
    }
    return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : new MultiPhraseQuery.UnionPostingsEnum(all);
  }

  /** The iterators a document must be on for the phrase to be in it (a conjunction's parts). */
  PostingsEnum[] iterators() {
    return postings;
  }

  int length() {
    return length;
  }

  /** Moves every iterator to {@code doc} (ascending docs only); true when all are on it. */
  boolean advance(int doc) throws IOException {
    for (PostingsEnum p : postings) {
      int at = p.docID() < doc ? p.advance(doc) : p.docID();
      if (at != doc) {
        return false;
      }
    }
    return true;
  }

  /**
   * The positions where the phrase starts in the document every iterator is on, ascending: in
   * {@link #starts()}, their number returned.
   */
  int readStarts() throws IOException {
    for (int k = 0; k < postings.length; k++) {
      int freq = postings[k].freq();
      int[] ps = positions[k] == null || positions[k].length < freq ? new int[Math.max(freq, 16)] : positions[k];
      for (int f = 0; f < freq; f++) {
        ps[f] = postings[k].nextPosition();
      }
      positions[k] = ps;
    }
    int found = 0;
    int[] first = positions[0];
    int firstCount = postings[0].freq();
    int[] cursor = new int[postings.length];
    outer:
    for (int i = 0; i < firstCount; i++) {
      int p = first[i];
      for (int k = 1; k < postings.length; k++) {
        int want = p + offsets[k];
        int[] ps = positions[k];
        int count = postings[k].freq();
        int c = cursor[k];
        while (c < count && ps[c] < want) {
          c++;
        }
        cursor[k] = c;
        if (c == count) {
          break outer;
        }
        if (ps[c] != want) {
          continue outer;
        }
      }
      if (found == starts.length) {
        starts = Arrays.copyOf(starts, found * 2);
      }
      starts[found++] = p;
    }
    return found;
  }

  /** The frequency of the phrase's one term in the document every iterator is on (a phrase of one bigram). */
  int frequency() throws IOException {
    return postings[0].freq();
  }

  /** The buffer {@link #readStarts()} fills. */
  int[] starts() {
    return starts;
  }
}
