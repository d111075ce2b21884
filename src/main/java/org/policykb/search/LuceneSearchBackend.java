package org.policykb.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.policykb.index.DocumentMapper;
import org.policykb.index.Fields;
import org.policykb.index.IndexInfo;
import org.policykb.model.PolicyDocument;

/**
 * {@link SearchBackend} over the Lucene index on this machine: the generation {@code CURRENT}
 * names, switched by {@link #reload()} without failing a request in flight.
 */
public final class LuceneSearchBackend implements SearchBackend {
  public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;
  static final int HIT_SNIPPETS = 3;
  static final int HIT_WINDOW = 30;
  /** Occurrences kept for a hit's snippets; all of them are still counted. */
  static final int HIT_OCCURRENCES_SCANNED = 64;
  /** Up to this many hits the ranking pass counts them all; beyond, they are counted on their own. */
  static final int EXACT_TOTAL_UP_TO = 1000;

  private final ServedIndex served;
  private final LuceneQueryBuilder queries = new LuceneQueryBuilder();

  private final long timeoutMillis;
  /** Threads that search slices of the index and prepare hits in parallel; one per core. */
  private final ExecutorService searchThreads;
  private final int threads;
  private final int minDocsPerSlice;

  public LuceneSearchBackend(Path indexDir) throws IOException {
    this(indexDir, DEFAULT_TIMEOUT_MILLIS);
  }

  /** @param timeoutMillis a search running longer is abandoned with {@link SearchTimeoutException} */
  public LuceneSearchBackend(Path indexDir, long timeoutMillis) throws IOException {
    this(indexDir, timeoutMillis, Runtime.getRuntime().availableProcessors(), SlicedSearcher.MIN_DOCS_PER_SLICE);
  }

  /** Searches on {@code threads} threads, in slices of at least {@code minDocsPerSlice} documents. */
  LuceneSearchBackend(Path indexDir, long timeoutMillis, int threads, int minDocsPerSlice) throws IOException {
    this.served = new ServedIndex(indexDir);
    this.timeoutMillis = timeoutMillis;
    this.threads = threads;
    this.minDocsPerSlice = minDocsPerSlice;
    AtomicInteger named = new AtomicInteger();
    this.searchThreads = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "search-" + named.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void reload() throws IOException {
    served.reload();
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long started = System.nanoTime();
    ParsedQuery parsed = QueryParser.parse(request.q());
    Query query = queries.build(parsed);
    Query matching = queries.matching(parsed);
    boolean byDate = request.sort() == SearchRequest.Sort.DATE;
    Sort sort = byDate
        ? new Sort(dateNewestFirst(), SortField.FIELD_SCORE, idOrder())
        : new Sort(SortField.FIELD_SCORE, idOrder());
    int scoreAt = byDate ? 1 : 0; // the score is a sort key, so every hit carries it
    int wanted = request.page() * request.size();
    return served.with(generation -> {
      // a searcher of this request's own, so the timeout is this request's alone
      IndexSearcher searcher = searcher(generation);
      searcher.setTimeout(new QueryTimeoutImpl(timeoutMillis));
      // Only the wanted hits are ranked, so Lucene may skip documents that cannot make the page;
      // the total is then counted exactly on the matching clauses alone, without scoring.
      TopDocs top = searcher.search(query,
          new TopFieldCollectorManager(sort, wanted, null, Math.max(wanted, EXACT_TOTAL_UP_TO)));
      long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
          ? top.totalHits.value()
          : searcher.count(matching);
      if (searcher.timedOut()) {
        throw new SearchTimeoutException(timeoutMillis);
      }
      int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
      // each hit's document is loaded and its occurrences counted in parallel, in hit order
      List<Callable<SearchHit>> work = new ArrayList<>();
      for (ScoreDoc sd : page) {
        float score = (Float) ((FieldDoc) sd).fields[scoreAt];
        work.add(() -> hit(DocumentMapper.fromLucene(searcher.storedFields().document(sd.doc)), score, parsed));
      }
      List<SearchHit> hits = searcher.getTaskExecutor().invokeAll(work);
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      return new SearchResult(
          request.q(), total, tookMs, request.page(), request.size(),
          request.sort().name().toLowerCase(java.util.Locale.ROOT), generation.name(), hits);
    });
  }

  private static SearchHit hit(PolicyDocument d, float score, ParsedQuery parsed) {
    List<QueryTerm> terms = parsed.positiveTerms();
    OccurrenceFinder.Found found = OccurrenceFinder.find(d.text(), terms, HIT_OCCURRENCES_SCANNED);
    List<String> snippets = SnippetFormatter.marked(d.text(), found.first(), HIT_WINDOW, HIT_SNIPPETS);
    String author = d.authors().isEmpty() ? null : String.join("、", d.authors());
    return new SearchHit(d.id(), d.title(), d.date(), d.source(), author, d.url(), score, found.total(), snippets);
  }

  @Override
  public SnippetResult snippets(String id, String q, int window, int limit) {
    if (window < 0 || window > 1000) {
      throw new InvalidRequestException("window must be 0..1000, was " + window);
    }
    if (limit < 1) {
      throw new InvalidRequestException("limit must be 1 or more, was " + limit);
    }
    ParsedQuery parsed = QueryParser.parse(q);
    return served.with(generation -> {
      PolicyDocument d = find(generation, id);
      OccurrenceFinder.Found found = OccurrenceFinder.find(d.text(), parsed.positiveTerms(), limit);
      List<Snippet> snippets = new ArrayList<>();
      for (Occurrence o : found.first()) {
        snippets.add(SnippetFormatter.snippet(d.text(), o, window));
      }
      return new SnippetResult(d.id(), d.title(), found.total(), generation.name(), snippets);
    });
  }

  /** Receives the occurrences of one document. */
  public interface OccurrenceSink {
    void accept(PolicyDocument document, List<Occurrence> occurrences);
  }

  /**
   * Every occurrence of {@code q} in every matching document, document by document in index order;
   * only one document is held at a time. Returns the number of occurrences. The corpus-wide
   * concordance is built on this.
   */
  public long forEachOccurrence(String q, OccurrenceSink sink) {
    ParsedQuery parsed = QueryParser.parse(q);
    Query query = queries.build(parsed);
    return served.with(generation -> {
      IndexSearcher searcher = new IndexSearcher(generation.reader());
      FixedBitSet matching = new FixedBitSet(generation.reader().maxDoc());
      searcher.search(query, new CollectorManager<SimpleCollector, Void>() {
        @Override
        public SimpleCollector newCollector() {
          return new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
              base = context.docBase;
            }

            @Override
            public void collect(int doc) {
              synchronized (matching) {
                matching.set(base + doc);
              }
            }

            @Override
            public ScoreMode scoreMode() {
              return ScoreMode.COMPLETE_NO_SCORES;
            }
          };
        }

        @Override
        public Void reduce(Collection<SimpleCollector> collectors) {
          return null;
        }
      });
      long total = 0;
      StoredFields stored = searcher.storedFields();
      BitSetIterator docs = new BitSetIterator(matching, matching.cardinality());
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        PolicyDocument d = DocumentMapper.fromLucene(stored.document(doc));
        List<Occurrence> found = OccurrenceFinder.find(d.text(), parsed.positiveTerms());
        total += found.size();
        sink.accept(d, found);
      }
      return total;
    });
  }

  @Override
  public PolicyDocument document(String id) {
    return served.with(generation -> find(generation, id));
  }

  private static PolicyDocument find(ServedIndex.Generation generation, String id) throws IOException {
    if (id == null || id.isBlank()) {
      throw new InvalidRequestException("id must not be empty");
    }
    IndexSearcher searcher = new IndexSearcher(generation.reader());
    TopDocs top = searcher.search(new TermQuery(DocumentMapper.idTerm(id)), 1);
    if (top.scoreDocs.length == 0) {
      throw new DocumentNotFoundException(id);
    }
    return DocumentMapper.fromLucene(searcher.storedFields().document(top.scoreDocs[0].doc));
  }

  @Override
  public Health health() {
    return served.with(generation -> {
      DirectoryReader reader = generation.reader();
      IndexInfo info = IndexInfo.fromUserData(reader.getIndexCommit().getUserData());
      return new Health("ok", reader.numDocs(), generation.name(), info.builtAt(), info.schemaVersion());
    });
  }

  @Override
  public void close() throws IOException {
    try {
      served.close();
    } finally {
      searchThreads.shutdown();
    }
  }

  private IndexSearcher searcher(ServedIndex.Generation generation) {
    return new SlicedSearcher(generation.reader(), searchThreads, threads, minDocsPerSlice);
  }

  private static SortField dateNewestFirst() {
    SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return date;
  }

  private static SortField idOrder() {
    return new SortField(Fields.ID, SortField.Type.STRING);
  }
}
