package org.policykb.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterCodecReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.IOBooleanSupplier;

/**
 * A generation's reader whose term and field statistics are those of its live documents only, as if
 * its deleted documents had been merged away.
 *
 * <p>An incremental build deletes the old version of every changed document and keeps the segment
 * that holds it (rewriting every segment to drop 1 % of its documents would write the whole index
 * again). Lucene counts a deleted document in its segment's statistics until a merge drops it:
 * relevance (BM25's document frequencies and average length), collocates' corpus frequencies,
 * suggestions' document counts and related documents would then depend on what was deleted and
 * when. Here each segment that holds deletions answers, per field, with what its deleted documents
 * contributed taken away — found once per reader and field by reading the field's postings for the
 * deleted documents — and a term only deleted documents held is not there at all. Postings, doc
 * values and stored fields are unchanged: as everywhere in Lucene, they still hold the deleted
 * documents, which {@link LeafReader#getLiveDocs()} marks and every search leaves out.
 */
final class LiveStatistics extends FilterDirectoryReader {
  /** Read for every search: found when the generation opens, not in a request's time. */
  private static final List<String> WARMED = List.of(org.policykb.index.Fields.TEXT_EXACT,
      org.policykb.index.Fields.TEXT_WORDS, org.policykb.index.Fields.TITLE_EXACT, org.policykb.index.Fields.TITLE_WORDS);

  /** {@code reader} itself when it holds no deleted document; else a reader with live statistics, warmed. */
  static DirectoryReader of(DirectoryReader reader) throws IOException {
    if (!reader.hasDeletions()) {
      return reader;
    }
    LiveStatistics live = new LiveStatistics(reader);
    live.warm();
    return live;
  }

  private LiveStatistics(DirectoryReader in) throws IOException {
    super(in, new SubReaderWrapper() {
      @Override
      public LeafReader wrap(LeafReader reader) {
        if (reader.getLiveDocs() == null || !(reader instanceof CodecReader codec)) {
          return reader;
        }
        return new Leaf(codec);
      }
    });
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new LiveStatistics(in);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return in.getReaderCacheHelper();
  }

  /** Finds the deletions of the fields every search reads, a segment and field per core. */
  private void warm() throws IOException {
    List<Callable<Void>> work = new ArrayList<>();
    for (LeafReaderContext context : leaves()) {
      if (context.reader() instanceof Leaf leaf) {
        for (String field : WARMED) {
          work.add(() -> {
            leaf.deletions(field);
            return null;
          });
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      for (Future<Void> f : pool.invokeAll(work)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading a generation's deleted documents", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** What one segment's deleted documents hold of one field: each term's documents and occurrences, and the sums. */
  record Deletions(BytesRefHash terms, int[] docFreqs, long[] totalTermFreqs, int docCount, long sumDocFreq,
      long sumTotalTermFreq) {

    /** The deleted documents' share of {@code term}'s document frequency (0 when none held it). */
    int docFreq(BytesRef term) {
      int id = terms.find(term);
      return id < 0 ? 0 : docFreqs[id];
    }

    long totalTermFreq(BytesRef term) {
      int id = terms.find(term);
      return id < 0 ? 0 : totalTermFreqs[id];
    }

    /**
     * Reads every term's postings for the deleted documents: by stepping through a short list, by
     * jumping from deleted document to deleted document through a long one.
     */
    static Deletions of(Terms field, Bits live, int maxDoc) throws IOException {
      int[] deleted = deletedDocs(live, maxDoc);
      boolean freqs = field.hasFreqs();
      int flags = freqs ? PostingsEnum.FREQS : PostingsEnum.NONE;
      BytesRefHash terms = new BytesRefHash();
      int[] dfs = new int[16];
      long[] ttfs = new long[16];
      org.apache.lucene.util.FixedBitSet holding = new org.apache.lucene.util.FixedBitSet(Math.max(1, maxDoc));
      long sumDf = 0;
      long sumTtf = 0;
      TermsEnum te = field.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        postings = te.postings(postings, flags);
        int df = 0;
        long ttf = 0;
        if (te.docFreq() <= 4 * deleted.length) {
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (!live.get(doc)) {
              df++;
              ttf += freqs ? postings.freq() : 1;
              holding.set(doc);
            }
          }
        } else {
          int doc = -1;
          for (int target : deleted) {
            if (doc < target) {
              doc = postings.advance(target);
            }
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
              break;
            }
            if (doc == target) {
              df++;
              ttf += freqs ? postings.freq() : 1;
              holding.set(doc);
            }
          }
        }
        if (df > 0) {
          int id = terms.add(term);
          dfs = org.apache.lucene.util.ArrayUtil.grow(dfs, id + 1);
          ttfs = org.apache.lucene.util.ArrayUtil.grow(ttfs, id + 1);
          dfs[id] = df;
          ttfs[id] = ttf;
          sumDf += df;
          sumTtf += ttf;
        }
      }
      return new Deletions(terms, dfs, ttfs, holding.cardinality(), sumDf, freqs ? sumTtf : sumDf);
    }

    private static int[] deletedDocs(Bits live, int maxDoc) {
      int n = 0;
      int[] out = new int[16];
      for (int doc = 0; doc < maxDoc; doc++) {
        if (!live.get(doc)) {
          out = org.apache.lucene.util.ArrayUtil.grow(out, n + 1);
          out[n++] = doc;
        }
      }
      return java.util.Arrays.copyOf(out, n);
    }
  }

  /** A segment with deletions, its postings' statistics live. */
  static final class Leaf extends FilterCodecReader {
    private final Map<String, Deletions> deletions = new ConcurrentHashMap<>();
    private final FieldsProducer postings;

    Leaf(CodecReader in) {
      super(in);
      this.postings = new LiveFields(in.getPostingsReader(), this);
    }

    Deletions deletions(String field) throws IOException {
      try {
        return deletions.computeIfAbsent(field, f -> {
          try {
            Terms terms = in.terms(f);
            return terms == null ? null : Deletions.of(terms, in.getLiveDocs(), in.maxDoc());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public FieldsProducer getPostingsReader() {
      return postings;
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  /** A segment's postings whose fields answer with live statistics. */
  private static final class LiveFields extends FieldsProducer {
    private final FieldsProducer in;
    private final Leaf leaf;

    LiveFields(FieldsProducer in, Leaf leaf) {
      this.in = in;
      this.leaf = leaf;
    }

    @Override
    public Iterator<String> iterator() {
      return in.iterator();
    }

    @Override
    public Terms terms(String field) throws IOException {
      Terms terms = in.terms(field);
      return terms == null ? null : new LiveTerms(terms, leaf.deletions(field));
    }

    @Override
    public int size() {
      return in.size();
    }

    @Override
    public void close() {
      // the segment owns its postings; this view closes nothing
    }

    @Override
    public void checkIntegrity() throws IOException {
      in.checkIntegrity();
    }
  }

  /**
   * A field's terms with the deleted documents' share taken from every statistic; a term left with no
   * live document is skipped. Extends {@link Terms} (not a filter of it) so that the minimum, the
   * maximum and automaton intersection are found through this iterator.
   */
  private static final class LiveTerms extends Terms {
    private final Terms in;
    private final Deletions deleted;

    LiveTerms(Terms in, Deletions deleted) {
      this.in = in;
      this.deleted = deleted;
    }

    @Override
    public TermsEnum iterator() throws IOException {
      return new LiveTermsEnum(in.iterator(), deleted);
    }

    @Override
    public long size() {
      return -1; // how many terms are left is not known without enumerating them
    }

    @Override
    public long getSumTotalTermFreq() throws IOException {
      return in.getSumTotalTermFreq() - deleted.sumTotalTermFreq();
    }

    @Override
    public long getSumDocFreq() throws IOException {
      return in.getSumDocFreq() - deleted.sumDocFreq();
    }

    @Override
    public int getDocCount() throws IOException {
      return in.getDocCount() - deleted.docCount();
    }

    @Override
    public boolean hasFreqs() {
      return in.hasFreqs();
    }

    @Override
    public boolean hasOffsets() {
      return in.hasOffsets();
    }

    @Override
    public boolean hasPositions() {
      return in.hasPositions();
    }

    @Override
    public boolean hasPayloads() {
      return in.hasPayloads();
    }
  }

  private static final class LiveTermsEnum extends FilterLeafReader.FilterTermsEnum {
    private final Deletions deleted;

    LiveTermsEnum(TermsEnum in, Deletions deleted) {
      super(in);
      this.deleted = deleted;
    }

    private boolean live() throws IOException {
      return in.docFreq() > deleted.docFreq(in.term());
    }

    @Override
    public BytesRef next() throws IOException {
      for (BytesRef term = in.next(); term != null; term = in.next()) {
        if (live()) {
          return term;
        }
      }
      return null;
    }

    @Override
    public boolean seekExact(BytesRef text) throws IOException {
      return in.seekExact(text) && live();
    }

    @Override
    public IOBooleanSupplier prepareSeekExact(BytesRef text) throws IOException {
      IOBooleanSupplier found = in.prepareSeekExact(text);
      return found == null ? null : () -> found.get() && live();
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) throws IOException {
      SeekStatus status = in.seekCeil(text);
      if (status == SeekStatus.END || live()) {
        return status;
      }
      return next() == null ? SeekStatus.END : SeekStatus.NOT_FOUND;
    }

    @Override
    public void seekExact(long ord) {
      throw new UnsupportedOperationException("terms by ordinal");
    }

    @Override
    public long ord() {
      throw new UnsupportedOperationException("terms by ordinal");
    }

    @Override
    public int docFreq() throws IOException {
      return in.docFreq() - deleted.docFreq(in.term());
    }

    @Override
    public long totalTermFreq() throws IOException {
      return in.totalTermFreq() - deleted.totalTermFreq(in.term());
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
      return in.postings(reuse, flags);
    }

    @Override
    public ImpactsEnum impacts(int flags) throws IOException {
      return in.impacts(flags); // bounds over all the segment's documents: still bounds of the live ones'
    }
  }
}
