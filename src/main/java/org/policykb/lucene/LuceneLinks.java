package org.policykb.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.model.Link;
import org.policykb.model.Reference.Kind;
import org.policykb.search.LinksRequest;
import org.policykb.search.LinksResult;

/**
 * The links of a generation as a Lucene index of their own, in the folder {@value #FOLDER} of the generation: one
 * entry per link ({@link Fields.Link}), rewritten whole by every build; and the count of citing works on each
 * document of the main index ({@link Fields#CITED_BY}), updated in place where it changed.
 */
final class LuceneLinks {
  static final String FOLDER = "links";
  private static final ObjectMapper JSON = Json.mapper();

  private LuceneLinks() {}

  /** Writes {@code links} as the links index of the generation in {@code generationDir}, replacing what is there. */
  static void write(Path generationDir, List<Link> links) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (Directory dir = FSDirectory.open(generationDir.resolve(FOLDER)); IndexWriter writer = new IndexWriter(dir, config)) {
      long seq = 0;
      for (Link l : links) {
        writer.addDocument(toLucene(l, seq++));
      }
      writer.commit();
    }
  }

  private static Document toLucene(Link l, long seq) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.Link.FROM, l.from(), Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.Link.FROM, new BytesRef(l.from())));
    doc.add(new StringField(Fields.Link.FROM_WORK, l.fromWork(), Field.Store.NO));
    if (l.fromShown()) {
      doc.add(new StringField(Fields.Link.FROM_SHOWN, "true", Field.Store.NO));
    }
    if (l.to() != null) {
      doc.add(new StringField(Fields.Link.TO, l.to(), Field.Store.NO));
    }
    doc.add(new StringField(Fields.Link.KIND, l.kind().key(), Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.Link.KIND, new BytesRef(l.kind().key())));
    doc.add(new NumericDocValuesField(Fields.Link.FROM_DAY, l.fromDate() == null ? Long.MAX_VALUE : l.fromDate().toEpochDay()));
    if (l.fromDate() != null) {
      doc.add(new NumericDocValuesField(Fields.Link.FROM_YEAR, l.fromDate().getYear()));
    }
    if (l.toDate() != null) {
      doc.add(new NumericDocValuesField(Fields.Link.TO_YEAR, l.toDate().getYear()));
    }
    doc.add(new NumericDocValuesField(Fields.Link.SEQ, seq));
    doc.add(new StoredField(Fields.Link.SOURCE, JSON.writeValueAsString(l)));
    return doc;
  }

  /**
   * Sets {@link Fields#CITED_BY} of every document {@code writer} holds to {@code citedBy} (absent: 0), writing only
   * the values that change; returns how many changed.
   */
  static int setCitedBy(IndexWriter writer, Map<String, Integer> citedBy) throws IOException {
    Map<String, Integer> changes = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
        NumericDocValues counts = leaf.reader().getNumericDocValues(Fields.CITED_BY);
        var live = leaf.reader().getLiveDocs();
        for (int doc = 0; ids != null && doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc) || !ids.advanceExact(doc)) {
            continue;
          }
          String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
          long now = counts != null && counts.advanceExact(doc) ? counts.longValue() : 0;
          int wanted = citedBy.getOrDefault(id, 0);
          if (now != wanted) {
            changes.put(id, wanted);
          }
        }
      }
    }
    for (Map.Entry<String, Integer> c : changes.entrySet()) {
      writer.updateNumericDocValue(DocumentMapper.idTerm(c.getKey()), Fields.CITED_BY, c.getValue());
    }
    return changes.size();
  }

  /** The links index of a generation; null when it has none. */
  static DirectoryReader open(Path generationDir) throws IOException {
    Path folder = generationDir.resolve(FOLDER);
    if (!java.nio.file.Files.isDirectory(folder)) {
      return null;
    }
    Directory dir = FSDirectory.open(folder);
    DirectoryReader reader = DirectoryReader.open(dir);
    reader.getReaderCacheHelper().addClosedListener(key -> dir.close());
    reader.getContext();
    return reader;
  }

  /** A page of a document's links: {@code main} finds the document and the citing texts, {@code links} the links. */
  static LinksResult page(IndexSearcher main, DirectoryReader links, LinksRequest request, String generation) throws IOException {
    String work = WorkLookup.roleOf(main, request.id()).work();
    LinksResult.Party self = self(main, request.id(), work);
    boolean in = request.direction() == LinksRequest.Direction.IN;
    Query all = in
        ? new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.Link.TO, work)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(Fields.Link.FROM_SHOWN, "true")), BooleanClause.Occur.FILTER).build()
        : new TermQuery(new Term(Fields.Link.FROM, request.id()));
    Map<String, Long> byKind = new LinkedHashMap<>();
    for (String k : Kind.keys()) {
      byKind.put(k, 0L);
    }
    Map<Integer, Long> byYear = new TreeMap<>();
    if (links == null) {
      return new LinksResult(request.id(), work, generation, self, request.direction().name().toLowerCase(java.util.Locale.ROOT), 0,
          byKind, byYear, request.offset(), List.of());
    }
    IndexSearcher searcher = new IndexSearcher(links);
    Query listed = request.kinds().isEmpty() ? all : new BooleanQuery.Builder().add(all, BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(Fields.Link.KIND, request.kinds().stream().map(k -> new BytesRef(k.key())).toList()),
            BooleanClause.Occur.FILTER).build();
    Weight weight = searcher.createWeight(searcher.rewrite(all), ScoreMode.COMPLETE_NO_SCORES, 1);
    String yearField = in ? Fields.Link.FROM_YEAR : Fields.Link.TO_YEAR;
    long total = 0;
    for (LeafReaderContext leaf : links.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      SortedDocValues kinds = leaf.reader().getSortedDocValues(Fields.Link.KIND);
      NumericDocValues years = leaf.reader().getNumericDocValues(yearField);
      var it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        kinds.advanceExact(doc);
        String kind = kinds.lookupOrd(kinds.ordValue()).utf8ToString();
        byKind.merge(kind, 1L, Long::sum);
        if (request.lists(Kind.of(kind))) {
          total++;
          if (years != null && years.advanceExact(doc)) {
            byYear.merge((int) years.longValue(), 1L, Long::sum);
          }
        }
      }
    }
    List<LinksResult.Entry> entries = new ArrayList<>();
    if (request.limit() > 0 && request.offset() < total) {
      Sort order = in ? new Sort(new SortField(Fields.Link.FROM_DAY, SortField.Type.LONG), new SortField(Fields.Link.FROM,
          SortField.Type.STRING), new SortField(Fields.Link.SEQ, SortField.Type.LONG))
          : new Sort(new SortField(Fields.Link.SEQ, SortField.Type.LONG));
      TopDocs top = searcher.search(listed, request.offset() + request.limit(), order);
      for (int i = request.offset(); i < top.scoreDocs.length; i++) {
        Link l = JSON.readValue(searcher.storedFields().document(top.scoreDocs[i].doc).get(Fields.Link.SOURCE), Link.class);
        String text = !request.evidence() ? null : l.inTitle() ? l.fromTitle() : textOf(main, l.from());
        entries.add(LinksResult.Entry.of(l, LinksResult.Evidence.of(l, text)));
      }
    }
    return new LinksResult(request.id(), work, generation, self, request.direction().name().toLowerCase(java.util.Locale.ROOT), total,
        byKind, byYear, request.offset(), entries);
  }

  /**
   * The resolved links out of the documents {@code request}'s filters keep in {@code main}, in the order they were
   * written (the build's), handed to {@code sink}; returns how many.
   */
  static long edges(IndexSearcher main, DirectoryReader links, org.policykb.search.EdgesRequest request,
      java.util.function.Consumer<Link> sink) throws IOException {
    if (links == null) {
      return 0;
    }
    Set<String> ids = new HashSet<>();
    Set<String> works = new HashSet<>();
    Query filter = FilterQueries.of(request.filters());
    Weight subcorpus = main.createWeight(main.rewrite(filter == null ? new MatchAllDocsQuery() : filter),
        ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : main.getIndexReader().leaves()) {
      Scorer scorer = subcorpus.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      SortedDocValues idValues = leaf.reader().getSortedDocValues(Fields.ID);
      SortedDocValues workValues = leaf.reader().getSortedDocValues(Fields.WORK_ID);
      var it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (idValues.advanceExact(doc)) {
          ids.add(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
        }
        if (workValues != null && workValues.advanceExact(doc)) {
          works.add(workValues.lookupOrd(workValues.ordValue()).utf8ToString());
        }
      }
    }
    // the links of the subcorpus's documents, by the order they were written in
    List<long[]> found = new ArrayList<>();
    for (LeafReaderContext leaf : links.leaves()) {
      SortedDocValues from = leaf.reader().getSortedDocValues(Fields.Link.FROM);
      SortedDocValues kinds = leaf.reader().getSortedDocValues(Fields.Link.KIND);
      NumericDocValues seqs = leaf.reader().getNumericDocValues(Fields.Link.SEQ);
      var live = leaf.reader().getLiveDocs();
      for (int doc = 0; from != null && doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc) || !from.advanceExact(doc) || !kinds.advanceExact(doc)
            || !ids.contains(from.lookupOrd(from.ordValue()).utf8ToString())
            || !request.lists(Kind.of(kinds.lookupOrd(kinds.ordValue()).utf8ToString())) || !seqs.advanceExact(doc)) {
          continue;
        }
        found.add(new long[] {seqs.longValue(), leaf.docBase + doc});
      }
    }
    found.sort(Comparator.comparingLong(f -> f[0]));
    long n = 0;
    var stored = links.storedFields();
    for (long[] f : found) {
      Link l = JSON.readValue(stored.document((int) f[1]).get(Fields.Link.SOURCE), Link.class);
      if (l.resolved() && (!request.within() || works.contains(l.to()))) {
        sink.accept(l);
        n++;
      }
    }
    return n;
  }

  /** The document as its links see it ({@link org.policykb.index.LinkSignature#dateOf}). */
  private static LinksResult.Party self(IndexSearcher main, String id, String work) throws IOException {
    TopDocs top = main.search(new TermQuery(DocumentMapper.idTerm(id)), 1);
    org.policykb.model.PolicyDocument d = DocumentMapper.fromLucene(main.storedFields().document(top.scoreDocs[0].doc));
    org.policykb.ingest.Regions.Place place = org.policykb.ingest.Regions.of(d.official().issuers());
    return new LinksResult.Party(d.id(), work, d.title(), org.policykb.index.LinkSignature.dateOf(d), place.province(),
        place.level());
  }

  /** The text of a document of the main index; null when it is gone. */
  private static String textOf(IndexSearcher main, String id) {
    try {
      TopDocs top = main.search(new TermQuery(DocumentMapper.idTerm(id)), 1);
      return top.scoreDocs.length == 0 ? null : DocumentMapper.textOf(main.storedFields().document(top.scoreDocs[0].doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
