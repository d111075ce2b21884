package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.model.PolicyDocument;
import org.policykb.query.CitationBand;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryParser;
import org.policykb.research.Collocates;
import org.policykb.research.Suggester;
import org.policykb.research.Trend;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.CollocatesResult;
import org.policykb.search.RelatedResult;
import org.policykb.search.SuggestResult;
import org.policykb.search.TrendRequest;
import org.policykb.search.TrendResult;
import org.policykb.text.QueryOccurrences;
import org.policykb.text.WordSegmenter;

/**
 * The research answers on the cluster: the engine-neutral trend, collocates and suggestions
 * ({@link org.policykb.research}) fed from one index — its aggregations, its texts read page by
 * page, its word statistics summed over the shards — and related documents by the same choice of
 * terms as the embedded engine's.
 */
final class ClusterResearch {
  private static final ObjectMapper JSON = Json.mapper();

  private final ClusterClient client;
  private final ClusterReader reader;
  private final ClusterWorks works;
  private final ClusterQueries queries;
  private final long researchTimeoutMillis;
  private final org.apache.lucene.analysis.Analyzer words = org.policykb.analysis.Analyzers.words();
  private final Collocates collocates = new Collocates(new WordSegmenter(words));
  private final Suggester suggester = new Suggester(new WordSegmenter(words));

  ClusterResearch(ClusterClient client, ClusterReader reader, ClusterQueries queries, long researchTimeoutMillis) {
    this.client = client;
    this.reader = reader;
    this.works = new ClusterWorks(client);
    this.queries = queries;
    this.researchTimeoutMillis = researchTimeoutMillis;
  }

  /** Occurrences and documents per year or source, each bucket's size beside them. */
  TrendResult trend(String index, String generation, TrendRequest request, long deadline) {
    long started = System.nanoTime();
    ParsedQuery parsed = QueryParser.parse(request.q());
    Facet by = request.by();
    boolean byYear = by == Facet.YEAR;
    String field = ClusterQueries.field(by);
    Map<Object, Trend.Counts> buckets = new java.util.HashMap<>();
    // every document under the filters, per bucket: how many and how many characters
    ObjectNode sizes = JSON.createObjectNode();
    sizes.put("size", 0);
    JsonNode restriction = ClusterQueries.filters(request.filters());
    sizes.set("query", restriction == null ? JSON.createObjectNode().set("match_all", JSON.createObjectNode()) : restriction);
    ObjectNode characters = JSON.createObjectNode();
    characters.putObject("sum").put("field", Fields.TEXT_CHARS);
    perBucket(sizes.putObject("aggs"), by, "characters", characters);
    JsonNode searched = client.post("/" + index + "/_search", sizes);
    ClusterReader.checkShards(searched);
    buckets(searched.path("aggregations"), by).forEach((key, b) -> {
      Trend.Counts c = buckets.computeIfAbsent(key, k -> new Trend.Counts());
      c.allDocuments = b.path("doc_count").asLong();
      c.characters = b.path("characters").path("value").asLong();
    });
    JsonNode matching = reader.matching(index, parsed, request.filters(), deadline);
    long[] totals = new long[2];
    org.policykb.query.QueryTerm phrase = ClusterOccurrences.countable(parsed);
    if (phrase != null && occurrencesFromIndex(index, phrase, matching, by, buckets, totals)) {
      return TrendResult.of(request, totals[0], totals[1], generation, started, Trend.buckets(buckets, request.by()));
    }
    // the matching documents' occurrences, counted on their texts as the concordance counts them
    reader.scan(index, matching, List.of(ClusterSchema.DOC + ".text", field), ClusterReader.byId(), deadline, researchTimeoutMillis, h -> {
      JsonNode source = h.path("_source");
      int n = QueryOccurrences.find(source.path(ClusterSchema.DOC).path("text").asText(""), parsed, 0).total();
      JsonNode v = source.path(field);
      List<Object> of = new ArrayList<>();
      if (v.isMissingNode() || v.isNull() || v.isArray() && v.isEmpty()) {
        of.add(null);
      } else {
        for (JsonNode one : v.isArray() ? v : List.of(v)) {
          of.add(byYear ? (Object) one.asInt() : by == Facet.CITED_BY ? CitationBand.of(one.asLong()).label() : one.asText());
        }
      }
      return new Object[] {of, n};
    }, counted -> {
      @SuppressWarnings("unchecked")
      List<Object> of = (List<Object>) counted[0];
      for (Object value : of) {
        Trend.Counts c = buckets.computeIfAbsent(value, k -> new Trend.Counts());
        c.documents++;
        c.occurrences += (Integer) counted[1];
      }
      totals[0] += (Integer) counted[1];
      totals[1]++;
    });
    return TrendResult.of(request, totals[0], totals[1], generation, started, Trend.buckets(buckets, request.by()));
  }

  /**
   * The matching documents and their occurrences per bucket, as the shards count them from positions
   * ({@link ClusterOccurrences}); false, with nothing counted, when a bucket's values are more than one aggregation lists.
   */
  private boolean occurrencesFromIndex(String index, org.policykb.query.QueryTerm phrase, JsonNode matching, Facet by,
      Map<Object, Trend.Counts> buckets, long[] totals) {
    ObjectNode body = JSON.createObjectNode();
    body.set("query", ClusterOccurrences.scored(phrase, matching));
    body.put("size", 0);
    body.put("track_total_hits", true);
    ObjectNode aggs = body.putObject("aggs");
    perBucket(aggs, by, "occurrences", ClusterOccurrences.sumOfScores());
    aggs.set("occurrences", ClusterOccurrences.sumOfScores());
    JsonNode searched = client.post("/" + index + "/_search", body);
    ClusterReader.checkShards(searched);
    JsonNode answer = searched.path("aggregations");
    if (answer.path("values").path("sum_other_doc_count").asLong(0) > 0) {
      return false;
    }
    buckets(answer, by).forEach((key, b) -> {
      Trend.Counts c = buckets.computeIfAbsent(key, k -> new Trend.Counts());
      c.documents = b.path("doc_count").asLong();
      c.occurrences = ClusterOccurrences.count(b.path("occurrences"));
    });
    totals[0] = ClusterOccurrences.count(answer.path("occurrences"));
    totals[1] = searched.path("hits").path("total").path("value").asLong();
    return true;
  }

  /**
   * The aggregations of a trend's buckets: {@code values}, one bucket per value of {@code by} (its bands for the citing
   * works), and {@code missing}, the documents without one; each with {@code metric} as {@code name}.
   */
  private static void perBucket(ObjectNode aggs, Facet by, String name, JsonNode metric) {
    ObjectNode values = aggs.putObject("values");
    if (by == Facet.CITED_BY) {
      ClusterQueries.bands(values);
    } else {
      values.putObject("terms").put("field", ClusterQueries.field(by)).put("size", ClusterQueries.FACET_VALUES)
          .put("shard_size", ClusterQueries.FACET_VALUES);
    }
    values.putObject("aggs").set(name, metric);
    ObjectNode missing = aggs.putObject("missing");
    missing.putObject("missing").put("field", ClusterQueries.field(by));
    missing.putObject("aggs").set(name, metric.deepCopy());
  }

  /** The buckets of {@link #perBucket}'s answer that hold a document, by their value (null: without one). */
  private static Map<Object, JsonNode> buckets(JsonNode answer, Facet by) {
    Map<Object, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode b : answer.path("values").path("buckets")) {
      if (b.path("doc_count").asLong() > 0) { // a band of citing works may hold none
        out.put(by == Facet.YEAR ? (Object) b.path("key").asInt() : b.path("key").asText(), b);
      }
    }
    if (answer.path("missing").path("doc_count").asLong() > 0) {
      out.put(null, answer.path("missing"));
    }
    return out;
  }

  /** The words (or n-grams) around the query's occurrences, ranked against the collection's frequencies. */
  CollocatesResult collocates(String index, String generation, CollocatesRequest request, long deadline) {
    long started = System.nanoTime();
    ParsedQuery parsed = QueryParser.parse(request.q());
    JsonNode matching = reader.matching(index, parsed, request.filters(), deadline);
    long[] documents = {0};
    List<List<Collocates.Window>> all = new ArrayList<>();
    Collocates neighbourhoods = collocates.forRequest();
    reader.scan(index, matching, List.of(ClusterSchema.DOC + ".text"), ClusterReader.byId(), deadline, researchTimeoutMillis, h -> {
      String text = h.path("_source").path(ClusterSchema.DOC).path("text").asText("");
      return neighbourhoods.windows(text, QueryOccurrences.find(text, parsed), request.span(), request.unit());
    }, found -> {
      documents[0]++;
      all.add(found);
    });
    Collocates.Tally tally = new Collocates.Tally(documents[0], request);
    all.forEach(windows -> windows.forEach(tally::add));
    try {
      return tally.result(new Collocates.Frequencies() {
        private ClusterReader.WordFrequencies words;

        @Override
        public long corpusWords() {
          if (words == null) {
            words = reader.wordFrequencies(index, List.of());
          }
          return words.corpusWords();
        }

        @Override
        public Map<String, Long> of(java.util.Collection<String> items, CollocatesRequest.Unit unit) {
          if (unit == CollocatesRequest.Unit.NGRAM) {
            return phraseOccurrences(index, items, deadline);
          }
          words = reader.wordFrequencies(index, List.copyOf(items));
          return words.of();
        }
      }, generation, started);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Phrases whose occurrences one scan counts. */
  private static final int PHRASES_PER_SCAN = 256;

  /**
   * Each phrase's occurrences in the whole collection, as search counts them: the texts that hold any
   * of a batch of phrases are read once and each phrase counted on them, as the trend counts.
   */
  private Map<String, Long> phraseOccurrences(String index, java.util.Collection<String> phrases, long deadline) {
    List<String> asked = phrases.stream().filter(p -> p.indexOf('"') < 0).toList();
    Map<String, Long> out = new java.util.HashMap<>();
    for (int from = 0; from < asked.size(); from += PHRASES_PER_SCAN) {
      List<String> batch = asked.subList(from, Math.min(asked.size(), from + PHRASES_PER_SCAN));
      List<ParsedQuery> parsed = batch.stream().map(p -> QueryParser.parse('"' + p + '"')).toList();
      ObjectNode any = JSON.createObjectNode();
      ObjectNode bool = any.putObject("bool");
      ArrayNode should = bool.putArray("should");
      parsed.forEach(p -> should.add(queries.matching(p, Filters.NONE)));
      bool.put("minimum_should_match", 1);
      List<org.policykb.query.QueryTerm> terms = parsed.stream().map(p -> p.textTerms().get(0)).toList();
      reader.scan(index, any, List.of(ClusterSchema.DOC + ".text"), ClusterReader.byId(), deadline, researchTimeoutMillis,
          h -> QueryOccurrences.counts(h.path("_source").path(ClusterSchema.DOC).path("text").asText(""), terms), n -> {
        for (int i = 0; i < n.length; i++) {
          out.merge(batch.get(i), (long) n[i], Long::sum);
        }
      });
    }
    return out;
  }

  /** The documents most like document {@code id}: MoreLikeThis's choice of terms with the cluster's statistics. */
  RelatedResult related(String index, String generation, String id, int size) {
    PolicyDocument d = reader.find(index, id);
    Map<String, int[]> tf = ClusterMoreLikeThis.frequencies(words, Fields.TEXT_WORDS, d.text());
    // the collection's statistics as Lucene's reader gives them to MoreLikeThis, summed over the
    // shards; a published generation holds no deleted documents, so maxDoc is the live count (the
    // deleted ones _stats still counts are tombstones, documents without fields)
    ClusterReader.WordFrequencies stats = reader.wordFrequencies(index, ClusterMoreLikeThis.candidates(tf));
    long maxDoc = client.get("/" + index + "/_stats/docs").path("_all").path("primaries").path("docs").path("count").asLong();
    Map<String, Long> df = stats.documents();
    long docCount = stats.fieldDocuments();
    List<ClusterMoreLikeThis.Term> terms = ClusterMoreLikeThis.choose(tf, w -> df.getOrDefault(w, 0L), docCount, maxDoc);
    List<RelatedResult.Related> related = new ArrayList<>();
    if (!terms.isEmpty()) {
      ObjectNode body = JSON.createObjectNode();
      ObjectNode bool = body.putObject("query").putObject("bool");
      ArrayNode should = bool.putArray("must").addObject().putObject("bool").putArray("should");
      terms.forEach(t -> should.addObject().putObject("term").putObject(Fields.TEXT_WORDS).put("value", t.word())
          .put("boost", t.boost()));
      ArrayNode not = bool.putArray("must_not");
      not.addObject().putObject("term").put(Fields.ID, d.id());
      not.addObject().putObject("term").put(Fields.WORK_ID, works.roleOf(index, id).work());
      bool.putArray("filter").addObject().putObject("term").put(Fields.WORK_SHOWN, true);
      body.put("size", size);
      body.putArray("_source").add(ClusterSchema.DOC + ".id").add(ClusterSchema.DOC + ".title")
          .add(ClusterSchema.DOC + ".date").add(ClusterSchema.DOC + ".year").add(ClusterSchema.DOC + ".source");
      ArrayNode sort = body.putArray("sort");
      sort.addObject().putObject("_score").put("order", "desc");
      sort.addObject().putObject(Fields.ID).put("order", "asc");
      body.put("track_scores", true);
      JsonNode found = client.post("/" + index + "/_search?search_type=dfs_query_then_fetch", body);
      ClusterReader.checkShards(found);
      for (JsonNode h : found.path("hits").path("hits")) {
        JsonNode r = h.path("_source").path(ClusterSchema.DOC);
        related.add(new RelatedResult.Related(r.path("id").asText(), r.path("title").asText(null),
            r.hasNonNull("date") ? java.time.LocalDate.parse(r.path("date").asText()) : null,
            r.hasNonNull("year") ? r.path("year").asInt() : null, r.path("source").asText(null),
            (float) h.path("_score").asDouble()));
      }
    }
    return new RelatedResult(d.id(), generation, related);
  }

  SuggestResult suggest(String index, String generation, String prefix, int size, org.policykb.query.Count count) {
    try {
      return new SuggestResult(prefix, generation, suggester.suggest(suggestions(index, count), prefix.strip(), size));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The cluster as a source of suggestions: its word field's terms (fielddata), sampled texts, counts (of works or of files). */
  private Suggester.Source suggestions(String index, org.policykb.query.Count count) {
    return new Suggester.Source() {
      @Override
      public Map<String, Long> words(String folded) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        ObjectNode terms = body.putObject("aggs").putObject("words").putObject("terms");
        terms.put("field", Fields.TEXT_WORDS).put("include", regexpLiteral(folded) + ".+")
            .put("size", Suggester.MAX_TERMS_SCANNED).put("shard_size", Suggester.MAX_TERMS_SCANNED);
        terms.putObject("order").put("_key", "asc");
        JsonNode answer = client.post("/" + index + "/_search?request_cache=false", body);
        ClusterReader.checkShards(answer);
        Map<String, Long> out = new LinkedHashMap<>();
        answer.path("aggregations").path("words").path("buckets")
            .forEach(b -> out.put(b.path("key").asText(), b.path("doc_count").asLong()));
        return out;
      }

      @Override
      public List<String> sample(ParsedQuery parsed) {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", queries.matching(parsed, Filters.NONE));
        body.put("size", Suggester.SAMPLED_DOCUMENTS);
        body.putArray("_source").add(ClusterSchema.DOC + ".text");
        body.putArray("sort").addObject().put(Fields.ID, "asc");
        JsonNode answer = client.post("/" + index + "/_search", body);
        ClusterReader.checkShards(answer);
        List<String> texts = new ArrayList<>();
        answer.path("hits").path("hits").forEach(h -> texts.add(h.path("_source").path(ClusterSchema.DOC).path("text").asText("")));
        return texts;
      }

      @Override
      public long count(ParsedQuery parsed) {
        ObjectNode body = JSON.createObjectNode();
        body.set("query", queries.matching(parsed, Filters.NONE.withCount(count)));
        return client.post("/" + index + "/_count", body).path("count").asLong();
      }
    };
  }

  /** A string as a literal in Lucene's regular expression syntax (what {@code include} takes). */
  private static String regexpLiteral(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (".?+*|{}[]()\"\\#@&<>~".indexOf(cp) >= 0) {
        out.append('\\');
      }
      out.appendCodePoint(cp);
    });
    return out.toString();
  }
}
