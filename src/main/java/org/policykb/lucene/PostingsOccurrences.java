package org.policykb.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.policykb.index.Fields;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryTerm;
import org.policykb.text.OccurrenceFinder;

/**
 * Counts a query's occurrences in one segment from the positions of the exact bigram field, without
 * reading any stored text. A position there is the index of a folded code point, exactly as
 * {@link OccurrenceFinder} walks the text, so the counts are the same: a phrase starts at position p
 * when its bigrams sit at p, p+2, … and p+n−2; then, left to right, the longest phrase starting at a
 * position is taken and the next one may only start after it.
 *
 * <p>Only for phrases of two code points or more and no NEAR pairs ({@link #supports}); others are
 * counted on the text.
 */
final class PostingsOccurrences {
  private final int[][] phrases;
  private final int[][] offsets; // per phrase: the positions of its bigrams, relative to its start
  private final PostingsEnum[][] postings; // per phrase, per bigram; null when a bigram is absent
  private int[] starts = new int[64];
  private int[] lengths = new int[64];

  /** Each matching document's occurrences, by global doc id (0 for documents that do not match). */
  static int[] perDocument(MatchingDocs matches, List<QueryTerm> terms, int maxDoc) throws IOException {
    int[] counts = new int[maxDoc];
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      if (leaf.docs().cardinality() == 0) {
        continue;
      }
      PostingsOccurrences occurrences = new PostingsOccurrences(leaf.context().reader(), terms);
      var it = leaf.iterator();
      for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        counts[leaf.context().docBase + doc] = occurrences.count(doc);
      }
    }
    return counts;
  }

  static boolean supports(ParsedQuery q) {
    return q.near().isEmpty() && q.textTerms().stream().allMatch(t -> t.folded().length >= 2);
  }

  PostingsOccurrences(LeafReader reader, List<QueryTerm> terms) throws IOException {
    int n = terms.size();
    phrases = new int[n][];
    offsets = new int[n][];
    postings = new PostingsEnum[n][];
    Terms field = reader.terms(Fields.TEXT_EXACT);
    TermsEnum te = field == null ? null : field.iterator();
    for (int i = 0; i < n; i++) {
      int[] cps = terms.get(i).folded();
      phrases[i] = cps;
      offsets[i] = bigramOffsets(cps.length);
      postings[i] = new PostingsEnum[offsets[i].length];
      for (int k = 0; k < offsets[i].length; k++) {
        BytesRef bigram = new Term(Fields.TEXT_EXACT, new String(cps, offsets[i][k], 2)).bytes();
        if (te == null || !te.seekExact(bigram)) {
          postings[i] = null; // the phrase is nowhere in this segment
          break;
        }
        postings[i][k] = te.postings(null, PostingsEnum.POSITIONS);
      }
    }
  }

  /** Every other bigram and the last one: together they cover every code point of the phrase. */
  private static int[] bigramOffsets(int length) {
    int last = length - 2;
    int[] out = new int[last / 2 + 1 + (last % 2)];
    int k = 0;
    for (int i = 0; i <= last; i += 2) {
      out[k++] = i;
    }
    if (last % 2 == 1) {
      out[k] = last;
    }
    return out;
  }

  /** Occurrences in segment document {@code doc}; documents must be asked in increasing order. */
  int count(int doc) throws IOException {
    int found = 0;
    for (int i = 0; i < phrases.length; i++) {
      found = starts(i, doc, found);
    }
    if (found == 0) {
      return 0;
    }
    if (phrases.length == 1) {
      return greedy(found);
    }
    sortByStart(found);
    return greedy(found);
  }

  /** Appends the start positions of phrase {@code i} in {@code doc} after {@code found} entries. */
  private int starts(int i, int doc, int found) throws IOException {
    PostingsEnum[] pe = postings[i];
    if (pe == null) {
      return found;
    }
    for (PostingsEnum p : pe) {
      int at = p.docID() < doc ? p.advance(doc) : p.docID();
      if (at != doc) {
        return found;
      }
    }
    int[][] positions = new int[pe.length][];
    for (int k = 0; k < pe.length; k++) {
      int freq = pe[k].freq();
      int[] ps = new int[freq];
      for (int f = 0; f < freq; f++) {
        ps[f] = pe[k].nextPosition();
      }
      positions[k] = ps;
    }
    int[] cursor = new int[pe.length];
    int[] off = offsets[i];
    outer:
    for (int p : positions[0]) {
      for (int k = 1; k < pe.length; k++) {
        int want = p + off[k];
        int[] ps = positions[k];
        int c = cursor[k];
        while (c < ps.length && ps[c] < want) {
          c++;
        }
        cursor[k] = c;
        if (c == ps.length) {
          break outer;
        }
        if (ps[c] != want) {
          continue outer;
        }
      }
      if (found == starts.length) {
        starts = Arrays.copyOf(starts, found * 2);
        lengths = Arrays.copyOf(lengths, found * 2);
      }
      starts[found] = p;
      lengths[found] = phrases[i].length;
      found++;
    }
    return found;
  }

  /** Orders the found starts by position (insertion sort by runs would do; sizes are small). */
  private void sortByStart(int found) {
    long[] packed = new long[found];
    for (int i = 0; i < found; i++) {
      // start ascending, then the longest first
      packed[i] = ((long) starts[i] << 32) | (0xFFFFFFFFL & (Integer.MAX_VALUE - lengths[i]));
    }
    Arrays.sort(packed);
    for (int i = 0; i < found; i++) {
      starts[i] = (int) (packed[i] >>> 32);
      lengths[i] = Integer.MAX_VALUE - (int) packed[i];
    }
  }

  /** Left to right, the longest phrase at each start, none overlapping the one before. */
  private int greedy(int found) {
    int count = 0;
    int free = Integer.MIN_VALUE;
    for (int i = 0; i < found; i++) {
      if (starts[i] >= free) {
        count++;
        free = starts[i] + lengths[i];
      }
    }
    return count;
  }
}
