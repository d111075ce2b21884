package org.policykb.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.policykb.analysis.Analyzers;
import org.policykb.model.PolicyDocument;
import org.policykb.query.DocumentOrder;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryParser;
import org.policykb.research.Collocates;
import org.policykb.research.Concordance;
import org.policykb.research.RelatedTerms;
import org.policykb.research.Suggester;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.CollocatesResult;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.ConcordanceResult;
import org.policykb.search.DocumentAnswers;
import org.policykb.search.DocumentNotFoundException;
import org.policykb.search.FacetValue;
import org.policykb.search.Health;
import org.policykb.search.RelatedResult;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.search.SearchTimeoutException;
import org.policykb.search.SnippetResult;
import org.policykb.search.SuggestResult;
import org.policykb.search.TrendRequest;
import org.policykb.search.TrendResult;
import org.policykb.search.Work;
import org.policykb.text.WordSegmenter;

/**
 * {@link SearchBackend} over the Lucene index on this machine: the generation {@code CURRENT}
 * names, switched by {@link #reload()} without failing a request in flight.
 */
public final class LuceneSearchBackend implements SearchBackend {
  public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;

  private final ServedIndex served;
  /** The whole collection's word counts of the served generation, by count and dispersion ({@link #wordCounts}). */
  private final java.util.Map<String, org.policykb.search.WordCounts> collectionCounts =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final LuceneQueryBuilder queries = new LuceneQueryBuilder();
  private final Analyzer words = Analyzers.words();
  private final WordSegmenter segmenter = new WordSegmenter(words);
  private final Collocates collocates = new Collocates(segmenter);
  private final Related related = new Related(words);
  private final Suggester suggester = new Suggester(segmenter);

  private final long timeoutMillis;
  private final long researchTimeoutMillis;
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
    this.researchTimeoutMillis = SearchBackend.researchTimeoutMillis(timeoutMillis);
    this.threads = threads;
    this.minDocsPerSlice = minDocsPerSlice;
    AtomicInteger named = new AtomicInteger();
    this.searchThreads = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "search-" + named.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * The facets of a search, each counted under {@link Filters#forFacet its filters}: the search's own
   * matches for a facet no filter narrows, the matches without its own filter for one that is.
   */
  private Map<String, List<FacetValue>> facets(
      IndexSearcher searcher, ServedIndex.Generation generation, ParsedQuery parsed, SearchRequest request, MatchingDocs all)
      throws IOException {
    Map<Filters, Set<Facet>> byFilters = new LinkedHashMap<>();
    for (Facet f : request.facets()) {
      byFilters.computeIfAbsent(request.filters().forFacet(f), k -> EnumSet.noneOf(Facet.class)).add(f);
    }
    Map<String, List<FacetValue>> counted = new HashMap<>();
    for (Map.Entry<Filters, Set<Facet>> group : byFilters.entrySet()) {
      MatchingDocs matches = all;
      if (!group.getKey().equals(request.filters())) {
        try {
          matches = MatchingDocs.of(searcher, queries.matching(parsed, group.getKey()));
        } catch (MatchingDocs.TimedOut e) {
          throw new SearchTimeoutException(timeoutMillis);
        }
      }
      counted.putAll(FacetCounter.count(generation.reader(), matches, group.getValue(), request.facetSize(), searcher.getTaskExecutor()));
    }
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      if (counted.containsKey(f.apiName())) {
        out.put(f.apiName(), counted.get(f.apiName()));
      }
    }
    return out;
  }

  @Override
  public void reload() throws IOException {
    served.reload();
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long started = System.nanoTime();
    ParsedQuery parsed = QueryParser.parse(request.q());
    Query query = FilterQueries.restrict(queries.build(parsed), request.filters());
    Query matching = queries.matching(parsed, request.filters());
    DocumentOrder order = request.sort().order();
    Sort sort = Sorts.of(order);
    // the score is a sort key, so every hit carries it
    int scoreAt = order.keys().stream().map(DocumentOrder.Key::by).toList().indexOf(DocumentOrder.By.SCORE);
    int wanted = request.page() * request.size();
    return served.with(generation -> {
      // a searcher of this request's own, so the timeout is this request's alone
      IndexSearcher searcher = searcher(generation);
      searcher.setTimeout(new QueryTimeoutImpl(timeoutMillis));
      // The exact phrases are checked once: every match is collected (which counts the exact
      // total), then only the wanted hits are ranked over those matches, so Lucene may skip the
      // documents that cannot make the page without reading a phrase's positions again. Checking
      // positions is most of a search's time (fair benchmark, 1 GB): doing it in one pass, not in
      // a ranking pass and again in a counting pass, is what a first-time query gains.
      MatchingDocs all;
      try {
        all = MatchingDocs.of(searcher, matching);
      } catch (MatchingDocs.TimedOut e) {
        throw new SearchTimeoutException(timeoutMillis);
      }
      Map<String, List<FacetValue>> facets = request.facets().isEmpty() ? Map.of() : facets(searcher, generation, parsed, request, all);
      Query ranked = queries.build(parsed, all.asQuery());
      TopDocs top = searcher.search(ranked, new TopFieldCollectorManager(sort, wanted, null, wanted));
      long total = all.count();
      if (searcher.timedOut()) {
        throw new SearchTimeoutException(timeoutMillis);
      }
      int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
      // each hit's document is loaded and its occurrences counted in parallel, in hit order
      // (with the role its stored fields give, so that its work needs no search by id)
      List<Callable<WorkLookup.Hit>> work = new ArrayList<>();
      for (ScoreDoc sd : page) {
        float score = (Float) ((FieldDoc) sd).fields[scoreAt];
        int citedBy = citedBy(searcher.getIndexReader(), sd.doc);
        work.add(() -> {
          org.apache.lucene.document.Document stored = searcher.storedFields().document(sd.doc);
          return new WorkLookup.Hit(DocumentAnswers.hit(DocumentMapper.fromLucene(stored), score, parsed, citedBy),
              DocumentMapper.roleOf(stored));
        });
      }
      List<SearchHit> hits = WorkLookup.attach(searcher, searcher.getTaskExecutor().invokeAll(work));
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      return new SearchResult(
          request.q(), total, tookMs, request.page(), request.size(),
          request.sort().name().toLowerCase(java.util.Locale.ROOT), generation.name(), hits, facets);
    });
  }

  @Override
  public SnippetResult snippets(String id, String q, int window, int limit) {
    DocumentAnswers.checkSnippetRequest(window, limit);
    ParsedQuery parsed = QueryParser.parse(q);
    return served.with(generation -> DocumentAnswers.snippets(find(generation, id), parsed, window, limit, generation.name()));
  }

  @Override
  public ConcordanceResult concordance(ConcordanceRequest request) {
    List<ConcordanceLine> lines = new ArrayList<>();
    return concordance(request, lines::add, researchDeadline()).withLines(lines);
  }

  /** Exports take as long as they take: the lines stream out as they are found. */
  @Override
  public ConcordanceResult concordance(ConcordanceRequest request, Consumer<ConcordanceLine> sink) {
    return concordance(request, sink, Long.MAX_VALUE);
  }

  private ConcordanceResult concordance(ConcordanceRequest request, Consumer<ConcordanceLine> sink, long deadline) {
    long started = System.nanoTime();
    ParsedQuery parsed = QueryParser.parse(request.q());
    Query documents = queries.matching(parsed, request.filters());
    return served.with(generation -> {
      Concordance.Totals totals = new LuceneConcordance(
          scan(generation, deadline), new IndexSearcher(generation.reader()), parsed, documents).run(request, sink);
      return ConcordanceResult.of(request, totals.occurrences(), totals.documents(), generation.name(), started);
    });
  }

  @Override
  public TrendResult trend(TrendRequest request) {
    long started = System.nanoTime();
    ParsedQuery parsed = QueryParser.parse(request.q());
    Query matching = queries.matching(parsed, request.filters());
    if (request.context() != null) {
      // grouped by context: the keys of a context sort, from the postings and the forward index
      ConcordanceRequest sort = new ConcordanceRequest(request.q(), request.filters(), 0,
          request.context().left() ? ConcordanceRequest.Order.LEFT : ConcordanceRequest.Order.RIGHT, 0, 0);
      return served.with(generation -> {
        LuceneConcordance concordance = new LuceneConcordance(scan(generation, researchDeadline()),
            new IndexSearcher(generation.reader()), parsed, matching);
        Concordance.Keys keys = org.policykb.research.ContextGroups.keys(() -> {
          try {
            return concordance.keys(sort);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        return TrendResult.of(request, keys.keys().length, keys.withLines(), generation.name(), started,
            org.policykb.research.ContextGroups.buckets(keys, request.context()));
      });
    }
    return served.with(generation -> {
      LuceneTrend.Totals t = new LuceneTrend(searcher(generation), parsed).run(matching, request.filters(), request.by());
      return TrendResult.of(request, t.occurrences(), t.documents(), generation.name(), started, t.buckets());
    });
  }

  @Override
  public org.policykb.search.DispersionResult dispersion(org.policykb.search.DispersionRequest request) {
    long started = System.nanoTime();
    ParsedQuery parsed = QueryParser.parse(request.q());
    Query matching = queries.matching(parsed, request.filters());
    return served.with(generation -> LuceneDispersion.run(scan(generation, researchDeadline()),
        new IndexSearcher(generation.reader()), parsed, matching, request, generation.name(), started));
  }

  @Override
  public CollocatesResult collocates(CollocatesRequest request) {
    long started = System.nanoTime();
    ParsedQuery parsed = QueryParser.parse(request.q());
    Query matching = queries.matching(parsed, request.filters());
    return served.with(generation -> LuceneCollocates.run(collocates, scan(generation, researchDeadline()),
        new IndexSearcher(generation.reader()), queries, parsed, matching, request, generation.name(), started));
  }

  @Override
  public org.policykb.search.WordCounts wordCounts(org.policykb.query.Subcorpus subcorpus, boolean dispersion) {
    Query all = documents(subcorpus);
    boolean whole = subcorpus.q() == null && subcorpus.filters().equals(org.policykb.query.Filters.NONE.withCount(
        subcorpus.filters().count()));
    return served.with(generation -> {
      if (!whole) {
        return LuceneWordCounts.count(new IndexSearcher(generation.reader()), all, dispersion, generation.name());
      }
      // the whole collection's counts change only with the generation: counted once per generation (keyness against
      // the rest asks for them every time)
      String key = generation.name() + " " + subcorpus.filters().count() + " " + dispersion;
      org.policykb.search.WordCounts kept = collectionCounts.get(key);
      if (kept == null) {
        kept = LuceneWordCounts.count(new IndexSearcher(generation.reader()), all, dispersion, generation.name());
        collectionCounts.keySet().removeIf(k -> !k.startsWith(generation.name() + " "));
        collectionCounts.put(key, kept);
      }
      return kept;
    });
  }

  @Override
  public <T> T sequences(org.policykb.query.Subcorpus subcorpus, org.policykb.search.Grams.Unit unit, boolean inIdOrder,
      java.util.function.Function<org.policykb.search.TextSequences, T> work) {
    Query all = documents(subcorpus);
    long deadline = researchDeadline();
    return served.with(generation -> work.apply(new LuceneSequences(
        MatchingDocs.of(new IndexSearcher(generation.reader()), all), unit, generation.name(), inIdOrder, deadline,
        researchTimeoutMillis)));
  }

  /** A subcorpus's documents: those its query matches under its filters, or every document they keep. */
  private Query documents(org.policykb.query.Subcorpus subcorpus) {
    Query documents = subcorpus.q() == null ? FilterQueries.of(subcorpus.filters())
        : queries.matching(QueryParser.parse(subcorpus.q()), subcorpus.filters());
    return documents == null ? new org.apache.lucene.search.MatchAllDocsQuery() : documents;
  }

  @Override
  public RelatedResult related(String id, int size) {
    RelatedTerms.checkSize(size);
    return served.with(generation -> {
      PolicyDocument d = find(generation, id);
      IndexSearcher searcher = new IndexSearcher(generation.reader());
      return new RelatedResult(d.id(), generation.name(),
          related.find(searcher, d, WorkLookup.roleOf(searcher, id).work(), size));
    });
  }

  @Override
  public SuggestResult suggest(String prefix, int size, org.policykb.query.Count count) {
    Suggester.check(prefix, size);
    return served.with(generation -> new SuggestResult(prefix, generation.name(),
        suggester.suggest(LuceneSuggestions.of(new IndexSearcher(generation.reader()), queries, count), prefix.strip(), size)));
  }

  @Override
  public PolicyDocument document(String id) {
    return served.with(generation -> find(generation, id));
  }

  @Override
  public Work work(String id) {
    DocumentAnswers.checkId(id);
    return served.with(generation -> WorkLookup.of(new IndexSearcher(generation.reader()), id));
  }

  @Override
  public List<PolicyDocument> documentsByNumber(String docNumber) {
    String normalized = DocumentAnswers.numberToFind(docNumber);
    return served.with(generation -> {
      IndexSearcher searcher = new IndexSearcher(generation.reader());
      TopDocs top = searcher.search(new TermQuery(new org.apache.lucene.index.Term(org.policykb.index.Fields.DOC_NUMBER, normalized)),
          DocumentAnswers.MAX_BY_NUMBER, new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(
              org.policykb.index.Fields.ID, org.apache.lucene.search.SortField.Type.STRING)));
      List<PolicyDocument> out = new ArrayList<>();
      for (var hit : top.scoreDocs) {
        out.add(DocumentMapper.fromLucene(searcher.storedFields().document(hit.doc)));
      }
      return out;
    });
  }

  @Override
  public org.policykb.search.LinksResult links(org.policykb.search.LinksRequest request) {
    DocumentAnswers.checkId(request.id());
    return served.with(generation -> LuceneLinks.page(new IndexSearcher(generation.reader()), generation.links(), request,
        generation.name()));
  }

  @Override
  public long edges(org.policykb.search.EdgesRequest request, java.util.function.Consumer<org.policykb.model.Link> sink) {
    return served.with(generation -> LuceneLinks.edges(new IndexSearcher(generation.reader()), generation.links(), request,
        sink));
  }

  @Override
  public org.policykb.search.RegistryResult registry(String agencyCode, Integer year) {
    DocumentAnswers.checkAgencyCode(agencyCode);
    return served.with(generation -> {
      IndexSearcher searcher = new IndexSearcher(generation.reader());
      org.apache.lucene.search.BooleanQuery.Builder q = new org.apache.lucene.search.BooleanQuery.Builder()
          .add(new TermQuery(new org.apache.lucene.index.Term(org.policykb.index.Fields.AGENCY_CODE, agencyCode.strip())),
              org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new TermQuery(new org.apache.lucene.index.Term(org.policykb.index.Fields.WORK_SHOWN, "true")),
              org.apache.lucene.search.BooleanClause.Occur.FILTER);
      if (year != null) {
        q.add(new TermQuery(new org.apache.lucene.index.Term(org.policykb.index.Fields.DOC_YEAR, year.toString())),
            org.apache.lucene.search.BooleanClause.Occur.FILTER);
      }
      List<org.policykb.search.RegistryResult.Numbered> numbered = new ArrayList<>();
      for (var hit : searcher.search(q.build(), DocumentAnswers.MAX_REGISTRY).scoreDocs) {
        var n = DocumentMapper.numberedOf(searcher.storedFields().document(hit.doc));
        if (n != null) {
          numbered.add(n);
        }
      }
      return org.policykb.search.RegistryResult.of(agencyCode.strip(), year, generation.name(), numbered);
    });
  }

  private static PolicyDocument find(ServedIndex.Generation generation, String id) throws IOException {
    DocumentAnswers.checkId(id);
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
      ServedIndex.State state = served.state();
      return new Health(state.problem() == null ? "ok" : "degraded", reader.numDocs(), generation.name(),
          info.builtAt(), info.schemaVersion(), state.current(), state.problem());
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

  /** A research answer that reads stored texts gives up after this long (exports excepted). */
  private long researchDeadline() {
    return researchTimeoutMillis == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + researchTimeoutMillis * 1_000_000;
  }

  private DocumentScan scan(ServedIndex.Generation generation, long deadline) {
    return new DocumentScan(new IndexSearcher(generation.reader()), searchThreads, threads, deadline,
        researchTimeoutMillis);
  }

  private IndexSearcher searcher(ServedIndex.Generation generation) {
    return new SlicedSearcher(generation.reader(), searchThreads, threads, minDocsPerSlice);
  }

  /** How many works cite the work of document {@code doc} ({@link org.policykb.index.Fields#CITED_BY}). */
  private static int citedBy(org.apache.lucene.index.IndexReader reader, int doc) throws IOException {
    var leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, reader.leaves()));
    var values = leaf.reader().getNumericDocValues(org.policykb.index.Fields.CITED_BY);
    return values != null && values.advanceExact(doc - leaf.docBase) ? (int) values.longValue() : 0;
  }
}
