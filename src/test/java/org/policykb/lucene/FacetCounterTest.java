package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.policykb.query.CitationBand;
import org.policykb.query.Facet;
import org.policykb.search.FacetValue;

/**
 * Facet counts of few and of most documents (the latter counted as the collection's less the documents
 * that do not match) against counts made in the test from the values each document was given, over
 * several segments with deleted documents, missing values, outlying years and several parks a document.
 */
class FacetCounterTest {
  private record Values(Integer year, Long citedBy, String source, List<String> parks, int group) {}

  @Test
  void fewAndMostMatchesCountAsTheTestCountsThem() throws IOException {
    Random random = new Random(20261207);
    List<Values> all = new ArrayList<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < 2000; i++) {
          Integer year = random.nextInt(8) == 0 ? null : random.nextInt(30) == 0 ? 900 + random.nextInt(3) : 1990 + random.nextInt(12);
          Long citedBy = random.nextInt(3) == 0 ? null : (long) random.nextInt(40);
          String source = random.nextInt(5) == 0 ? null : "来源" + random.nextInt(7);
          List<String> parks = new ArrayList<>();
          for (int p = random.nextInt(4); p > 0; p--) {
            String park = "园区" + random.nextInt(9);
            if (!parks.contains(park)) {
              parks.add(park);
            }
          }
          Values v = new Values(year, citedBy, source, parks, i % 10);
          Document d = new Document();
          d.add(new StringField("group", "g" + v.group(), Field.Store.NO));
          d.add(new StringField("n", "n" + i, Field.Store.NO));
          if (year != null) {
            d.add(new NumericDocValuesField(Facet.YEAR.field(), year));
          }
          if (citedBy != null) {
            d.add(new NumericDocValuesField(Facet.CITED_BY.field(), citedBy));
          }
          if (source != null) {
            d.add(new SortedSetDocValuesField(Facet.SOURCE.field(), new BytesRef(source)));
          }
          parks.forEach(p -> d.add(new SortedSetDocValuesField(Facet.PARK.field(), new BytesRef(p))));
          writer.addDocument(d);
          all.add(v);
          if (i % 300 == 299) {
            writer.commit();
          }
        }
        for (int i = 0; i < 2000; i += 13) { // deleted documents count nowhere
          writer.deleteDocuments(new Term("n", "n" + i));
          all.set(i, null);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (List<Integer> groups : List.of(List.of(3), List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))) {
          BooleanQuery.Builder q = new BooleanQuery.Builder();
          groups.forEach(g -> q.add(new TermQuery(new Term("group", "g" + g)), BooleanClause.Occur.SHOULD));
          MatchingDocs matches = MatchingDocs.of(searcher, q.build());
          var counted = FacetCounter.count(reader, matches, EnumSet.of(Facet.YEAR, Facet.SOURCE, Facet.PARK, Facet.CITED_BY), 100,
              searcher.getTaskExecutor());
          List<Values> matching = all.stream().filter(v -> v != null && groups.contains(v.group())).toList();
          assertEquals(expectedYears(matching), counted.get(Facet.YEAR.apiName()), "years of groups " + groups);
          assertEquals(expectedValues(matching.stream().map(v -> v.source() == null ? List.<String>of() : List.of(v.source())).toList()),
              counted.get(Facet.SOURCE.apiName()), "sources of groups " + groups);
          assertEquals(expectedValues(matching.stream().map(Values::parks).toList()), counted.get(Facet.PARK.apiName()),
              "parks of groups " + groups);
          assertEquals(expectedBands(matching), counted.get(Facet.CITED_BY.apiName()), "bands of groups " + groups);
        }
      }
    }
  }

  private static List<FacetValue> expectedYears(List<Values> docs) {
    TreeMap<Integer, Long> years = new TreeMap<>(Comparator.reverseOrder());
    long missing = 0;
    for (Values v : docs) {
      if (v.year() == null) {
        missing++;
      } else {
        years.merge(v.year(), 1L, Long::sum);
      }
    }
    List<FacetValue> out = new ArrayList<>();
    years.forEach((y, n) -> out.add(new FacetValue(y, n)));
    out.add(new FacetValue(null, missing));
    return out;
  }

  private static List<FacetValue> expectedValues(List<List<String>> perDocument) {
    Map<String, Long> counts = new HashMap<>();
    long missing = 0;
    for (List<String> values : perDocument) {
      if (values.isEmpty()) {
        missing++;
      }
      values.forEach(s -> counts.merge(s, 1L, Long::sum));
    }
    List<FacetValue> out = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.add(new FacetValue(e.getKey(), e.getValue())));
    out.add(new FacetValue(null, missing));
    return out;
  }

  private static List<FacetValue> expectedBands(List<Values> docs) {
    long[] bands = new long[CitationBand.values().length];
    long missing = 0;
    for (Values v : docs) {
      if (v.citedBy() == null) {
        missing++;
      } else {
        bands[CitationBand.of(v.citedBy()).ordinal()]++;
      }
    }
    List<FacetValue> out = new ArrayList<>();
    for (CitationBand b : CitationBand.values()) {
      if (bands[b.ordinal()] > 0) {
        out.add(new FacetValue(b.label(), bands[b.ordinal()]));
      }
    }
    out.add(new FacetValue(null, missing));
    return out;
  }
}
