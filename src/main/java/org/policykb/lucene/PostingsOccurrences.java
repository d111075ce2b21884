package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.policykb.index.Fields;
import org.policykb.query.NearTerm;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryTerm;
import org.policykb.text.NearSpans;
import org.policykb.text.QueryOccurrences;

/**
 * Counts a query's occurrences in one segment from the positions of the exact bigram field, without
 * reading any stored text. A position there is a folded code point's, as the text scans count them
 * ({@link QueryOccurrences}; a paragraph's gap widened by {@link ParagraphStarts}), so the counts
 * are the same: a phrase's occurrences are
 * taken left to right, the longest at each start, the next only after it; a NEAR pair's are
 * {@link NearSpans}'; then both kinds together by the same leftmost-longest rule.
 */
final class PostingsOccurrences {
  private final QueryTerm[] terms;
  private final PhrasePostings[] phrases; // per text term; null where absent from the segment
  private final NearTerm[] nears;
  private final PhrasePostings[][] nearPostings; // per pair: A and B (B null when the same phrase)
  private final ParagraphStarts paragraphs;
  /**
   * The query is one phrase of two different code points: one bigram, which cannot overlap itself,
   * so its occurrences in a document are the bigram's frequency there and no position is read.
   */
  private final boolean distinctBigram;
  private long[] spans = new long[64];

  /**
   * Each matching document's occurrences, by global doc id (0 for documents that do not match); the
   * segments are counted on the searcher's threads.
   */
  static int[] perDocument(MatchingDocs matches, ParsedQuery query, IndexSearcher searcher) throws IOException {
    int[] counts = new int[searcher.getIndexReader().maxDoc()];
    List<Callable<Void>> work = new ArrayList<>();
    for (MatchingDocs.Leaf leaf : matches.leaves()) {
      if (leaf.docs().cardinality() == 0) {
        continue;
      }
      work.add(() -> {
        PostingsOccurrences occurrences = new PostingsOccurrences(leaf.context().reader(), query);
        var it = leaf.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          counts[leaf.context().docBase + doc] = occurrences.count(doc);
        }
        return null;
      });
    }
    searcher.getTaskExecutor().invokeAll(work); // each task writes its own segment's range
    return counts;
  }

  PostingsOccurrences(LeafReader reader, ParsedQuery query) throws IOException {
    List<QueryTerm> text = query.textTerms();
    terms = text.toArray(QueryTerm[]::new);
    phrases = new PhrasePostings[terms.length];
    for (int i = 0; i < terms.length; i++) {
      phrases[i] = PhrasePostings.open(reader, Fields.TEXT_EXACT, terms[i].folded());
    }
    paragraphs = new ParagraphStarts(reader);
    nears = query.near().toArray(NearTerm[]::new);
    nearPostings = new PhrasePostings[nears.length][];
    for (int i = 0; i < nears.length; i++) {
      NearTerm n = nears[i];
      nearPostings[i] = new PhrasePostings[] {
        PhrasePostings.open(reader, Fields.TEXT_EXACT, n.a().folded()),
        same(n) ? null : PhrasePostings.open(reader, Fields.TEXT_EXACT, n.b().folded())
      };
    }
    distinctBigram = nears.length == 0 && terms.length == 1 && terms[0].folded().length == 2
        && terms[0].folded()[0] != terms[0].folded()[1];
  }

  static boolean same(NearTerm n) {
    return Arrays.equals(n.a().folded(), n.b().folded());
  }

  /** Occurrences in segment document {@code doc}; documents must be asked in increasing order. */
  int count(int doc) throws IOException {
    if (distinctBigram) {
      PhrasePostings p = phrases[0];
      return p != null && p.advance(doc) ? p.frequency() : 0;
    }
    int found = collect(doc);
    if (nears.length == 0 && phrases.length == 1) {
      return nonOverlapping(found, terms[0].folded().length, false);
    }
    return nears.length == 1 && phrases.length == 0 ? found : NearSpans.leftmostLongest(spans, found).length;
  }

  /**
   * The occurrences in segment document {@code doc} as packed spans ({@link NearSpans}) of the
   * field's own positions, left to right: what {@link #count} counts. Documents in increasing order.
   */
  long[] occurrences(int doc) throws IOException {
    int found = collect(doc);
    long[] kept;
    if (nears.length == 0 && phrases.length == 1) {
      kept = Arrays.copyOf(spans, nonOverlapping(found, terms[0].folded().length, true));
    } else if (nears.length == 1 && phrases.length == 0) {
      kept = Arrays.copyOf(spans, found);
    } else {
      kept = NearSpans.leftmostLongest(spans, found);
    }
    if (nears.length > 0) {
      paragraphs.toIndexedPositions(doc, kept);
    }
    return kept;
  }

  /**
   * Gathers the document's spans in {@link #spans}: every phrase's starts and every pair's spans, in
   * the rules' positions when the query has a NEAR pair; returns their number.
   */
  private int collect(int doc) throws IOException {
    int found = 0;
    for (int i = 0; i < phrases.length; i++) {
      PhrasePostings p = phrases[i];
      if (p != null && p.advance(doc)) {
        int n = p.readStarts();
        int[] starts = p.starts();
        if (nears.length > 0) { // measured as NEAR spans are, in the rules' positions
          paragraphs.toRulePositions(doc, starts, n);
        }
        for (int k = 0; k < n; k++) {
          add(NearSpans.span(starts[k], starts[k] + p.length()), found++);
        }
      }
    }
    if (nears.length == 0) {
      return found;
    }
    if (found > 1) {
      long[] kept = NearSpans.leftmostLongest(spans, found);
      System.arraycopy(kept, 0, spans, 0, kept.length);
      found = kept.length;
    }
    for (int i = 0; i < nears.length; i++) {
      for (long s : nearSpans(i, doc)) {
        add(s, found++);
      }
    }
    return found;
  }

  /**
   * One phrase's starts come ascending: left to right, each after the one before ends. With
   * {@code keep}, the kept spans are moved to the front of {@link #spans}.
   */
  private int nonOverlapping(int found, int length, boolean keep) {
    int count = 0;
    int free = Integer.MIN_VALUE;
    for (int i = 0; i < found; i++) {
      int start = NearSpans.start(spans[i]);
      if (start >= free) {
        if (keep) {
          spans[count] = spans[i];
        }
        count++;
        free = start + length;
      }
    }
    return count;
  }

  private void add(long span, int at) {
    if (at == spans.length) {
      spans = Arrays.copyOf(spans, at * 2);
    }
    spans[at] = span;
  }

  /** Pair {@code i}'s spans in the document. */
  private long[] nearSpans(int i, int doc) throws IOException {
    NearTerm n = nears[i];
    PhrasePostings a = nearPostings[i][0];
    PhrasePostings b = same(n) ? a : nearPostings[i][1];
    if (a == null || b == null || !a.advance(doc) || !b.advance(doc)) {
      return new long[0];
    }
    int na = a.readStarts();
    int[] as = a.starts();
    paragraphs.toRulePositions(doc, as, na);
    if (b == a) {
      return NearSpans.find(as, na, a.length(), as, na, a.length(), true, n.distance());
    }
    int nb = b.readStarts();
    paragraphs.toRulePositions(doc, b.starts(), nb);
    return NearSpans.find(as, na, a.length(), b.starts(), nb, b.length(), false, n.distance());
  }
}
