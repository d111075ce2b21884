package org.policykb.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.policykb.index.Fields;
import org.policykb.query.InvalidRequestException;
import org.policykb.search.Grams;
import org.policykb.search.SearchTimeoutException;
import org.policykb.search.SequenceSymbols;
import org.policykb.search.TextSequences;

/**
 * A subcorpus's texts read back from the index: characters from the forward index ({@link ForwardIndex}), words from
 * the positions of {@link Fields#TEXT_WORDS}'s postings, every term's postings advanced over the subcorpus's documents
 * of a chunk and each position written into its document's sequence. A chunk holds at most {@link #CHUNK} words, so
 * the whole collection is read with bounded memory; in id order every word sequence is held at once (at most
 * {@link #MAX_IN_ID_ORDER} words).
 */
final class LuceneSequences implements TextSequences {
  /** Words a chunk of word sequences holds at most. */
  static final long CHUNK = 8_000_000;
  /** Words the word sequences of a subcorpus read in id order may have at most: all are held at once. */
  static final long MAX_IN_ID_ORDER = 64_000_000;
  /** Terms read between two looks at the clock. */
  private static final int CHECK_EVERY = 4096;

  private final MatchingDocs matches;
  private final Grams.Unit unit;
  private final String generation;
  private final boolean inIdOrder;
  private final long deadline;
  private final long limitMillis;
  private final SequenceSymbols symbols;
  /** The subcorpus's documents in id order, when asked for: leaf index and segment doc. */
  private int[][] order;
  /** Every word sequence, in id order, once read (both passes of a count read them). */
  private int[][] held;

  LuceneSequences(MatchingDocs matches, Grams.Unit unit, String generation, boolean inIdOrder, long deadline,
      long limitMillis) {
    this.matches = matches;
    this.unit = unit;
    this.symbols = new SequenceSymbols(unit);
    this.generation = generation;
    this.inIdOrder = inIdOrder;
    this.deadline = deadline;
    this.limitMillis = limitMillis;
  }

  @Override
  public Grams.Unit unit() {
    return unit;
  }

  @Override
  public String generation() {
    return generation;
  }

  @Override
  public SequenceSymbols symbols() {
    return symbols;
  }

  @Override
  public void forEach(Visitor visitor) {
    try {
      if (unit == Grams.Unit.CHAR) {
        characters(visitor);
      } else if (inIdOrder) {
        heldWords(visitor);
      } else {
        for (MatchingDocs.Leaf leaf : matches.leaves()) {
          words(leaf, visitor);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void characters(Visitor visitor) throws IOException {
    int[] buffer = new int[1024];
    if (!inIdOrder) {
      for (MatchingDocs.Leaf leaf : matches.leaves()) {
        ForwardIndex forward = new ForwardIndex(leaf.context().reader());
        DocIdSetIterator it = leaf.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          buffer = visit(forward, doc, buffer, visitor);
        }
        checkTime();
      }
      return;
    }
    ForwardIndex[] forward = new ForwardIndex[matches.leaves().size()];
    int[] last = new int[forward.length];
    int visited = 0;
    for (int[] d : order()) {
      // doc values are read forwards: a document before the last one read in its segment needs a new reader
      if (forward[d[0]] == null || d[1] <= last[d[0]]) {
        forward[d[0]] = new ForwardIndex(matches.leaves().get(d[0]).context().reader());
      }
      last[d[0]] = d[1];
      buffer = visit(forward[d[0]], d[1], buffer, visitor);
      if (++visited % CHECK_EVERY == 0) {
        checkTime();
      }
    }
  }

  private static int[] visit(ForwardIndex forward, int doc, int[] buffer, Visitor visitor) throws IOException {
    if (!forward.read(doc, Integer.MAX_VALUE)) {
      visitor.document(buffer, 0);
      return buffer;
    }
    var sequence = forward.sequence();
    int size = sequence.size();
    if (buffer.length < size) {
      buffer = new int[Math.max(size, buffer.length * 2)];
    }
    for (int i = 0; i < size; i++) {
      buffer[i] = sequence.at(i);
    }
    visitor.document(buffer, size);
    return buffer;
  }

  /** The documents of one segment in chunks of about {@link #CHUNK} words, each chunk's sequences read and visited. */
  private void words(MatchingDocs.Leaf leaf, Visitor visitor) throws IOException {
    NumericDocValues counts = DocValues.getNumeric(leaf.context().reader(), Fields.WORD_COUNT);
    DocIdSetIterator it = leaf.iterator();
    List<Integer> chunk = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    long words = 0;
    for (int doc = it.nextDoc(); ; doc = it.nextDoc()) {
      boolean end = doc == DocIdSetIterator.NO_MORE_DOCS;
      if (!end) {
        long size = counts.advanceExact(doc) ? counts.longValue() : 0;
        chunk.add(doc);
        sizes.add(size);
        words += size;
      }
      if ((end || words >= CHUNK) && !chunk.isEmpty()) {
        int[] docs = chunk.stream().mapToInt(Integer::intValue).toArray();
        int[][] sequences = read(leaf, docs, sizes.stream().mapToLong(Long::longValue).toArray());
        for (int[] s : sequences) {
          visitor.document(s, s.length);
        }
        chunk.clear();
        sizes.clear();
        words = 0;
      }
      if (end) {
        return;
      }
    }
  }

  /** Every word sequence of the subcorpus, read once and visited in id order. */
  private void heldWords(Visitor visitor) throws IOException {
    if (held == null) {
      long words = 0;
      List<int[][]> byLeaf = new ArrayList<>();
      List<long[]> sizesByLeaf = new ArrayList<>();
      List<int[]> docsByLeaf = new ArrayList<>();
      for (MatchingDocs.Leaf leaf : matches.leaves()) {
        NumericDocValues counts = DocValues.getNumeric(leaf.context().reader(), Fields.WORD_COUNT);
        DocIdSetIterator it = leaf.iterator();
        long[] sizes = new long[leaf.docs().cardinality()];
        int i = 0;
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          sizes[i] = counts.advanceExact(doc) ? counts.longValue() : 0;
          words += sizes[i++];
        }
        sizesByLeaf.add(sizes);
      }
      if (words > MAX_IN_ID_ORDER) {
        throw new InvalidRequestException("ARF reads a subcorpus's words in the order of its documents, at most "
            + MAX_IN_ID_ORDER + " words at once; this one has " + words + ": narrow it, or ask without arf");
      }
      for (int l = 0; l < matches.leaves().size(); l++) {
        MatchingDocs.Leaf leaf = matches.leaves().get(l);
        int[] docs = new int[leaf.docs().cardinality()];
        DocIdSetIterator it = leaf.iterator();
        int i = 0;
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          docs[i++] = doc;
        }
        docsByLeaf.add(docs);
        byLeaf.add(read(leaf, docs, sizesByLeaf.get(l)));
      }
      int[][] all = new int[(int) matches.count()][];
      int k = 0;
      for (int[] d : order()) {
        all[k++] = byLeaf.get(d[0])[Arrays.binarySearch(docsByLeaf.get(d[0]), d[1])];
      }
      held = all;
    }
    for (int[] s : held) {
      visitor.document(s, s.length);
    }
  }

  /**
   * The word sequences of {@code docs} (ascending) of one segment: each term's postings advanced from one of these
   * documents to the next (leapfrogging over the others), each position given the term's id.
   */
  private int[][] read(MatchingDocs.Leaf leaf, int[] docs, long[] sizes) throws IOException {
    int[][] sequences = new int[docs.length][];
    int[] lengths = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      // words, and room for the terms that are no words and the empty positions between clauses
      sequences[i] = new int[(int) Math.min(Integer.MAX_VALUE - 8, sizes[i] + sizes[i] / 2 + 16)];
      Arrays.fill(sequences[i], EMPTY);
    }
    Terms field = leaf.context().reader().terms(Fields.TEXT_WORDS);
    if (field != null && docs.length > 0) {
      FixedBitSet members = leaf.docs();
      int first = docs[0];
      int lastDoc = docs[docs.length - 1];
      TermsEnum te = field.iterator();
      PostingsEnum postings = null;
      int seen = 0;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        if (++seen % CHECK_EVERY == 0) {
          checkTime();
        }
        postings = te.postings(postings, PostingsEnum.POSITIONS);
        int id = EMPTY;
        int doc = postings.advance(first);
        while (doc <= lastDoc) {
          if (!members.get(doc)) {
            int next = doc + 1 < members.length() ? members.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
            if (next > lastDoc) {
              break;
            }
            doc = postings.advance(next);
            continue;
          }
          if (id == EMPTY) {
            id = symbols.idOf(term.utf8ToString());
          }
          int i = Arrays.binarySearch(docs, doc);
          int[] s = sequences[i];
          for (int k = postings.freq(); k > 0; k--) {
            int p = postings.nextPosition();
            if (p >= s.length) {
              int grown = s.length;
              s = Arrays.copyOf(s, Math.max(p + 1, s.length * 2));
              Arrays.fill(s, grown, s.length, EMPTY);
              sequences[i] = s;
            }
            s[p] = id;
            lengths[i] = Math.max(lengths[i], p + 1);
          }
          doc = postings.nextDoc();
        }
      }
    }
    for (int i = 0; i < docs.length; i++) {
      if (sequences[i].length != lengths[i]) {
        sequences[i] = Arrays.copyOf(sequences[i], lengths[i]);
      }
    }
    return sequences;
  }

  /** The subcorpus's documents in the order of their ids (code point order, as UTF-8 bytes compare). */
  private int[][] order() throws IOException {
    if (order == null) {
      List<Object[]> docs = new ArrayList<>();
      for (int l = 0; l < matches.leaves().size(); l++) {
        MatchingDocs.Leaf leaf = matches.leaves().get(l);
        SortedDocValues idValues = DocValues.getSorted(leaf.context().reader(), Fields.ID);
        DocIdSetIterator it = leaf.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          BytesRef id = idValues.advanceExact(doc) ? BytesRef.deepCopyOf(idValues.lookupOrd(idValues.ordValue())) : new BytesRef();
          docs.add(new Object[] {id, new int[] {l, doc}});
        }
      }
      docs.sort((a, b) -> ((BytesRef) a[0]).compareTo((BytesRef) b[0]));
      order = docs.stream().map(o -> (int[]) o[1]).toArray(int[][]::new);
    }
    return order;
  }

  private void checkTime() {
    if (System.nanoTime() > deadline) {
      throw new SearchTimeoutException(limitMillis);
    }
  }
}
