package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.policykb.analysis.Analyzers;
import org.policykb.index.Fields;
import org.policykb.index.Json;
import org.policykb.query.CitationBand;
import org.policykb.query.DatePlan;
import org.policykb.query.DocumentOrder;
import org.policykb.query.ExactPhrase;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.query.NearTerm;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryTerm;
import org.policykb.query.Scoring;
import org.policykb.search.SearchRequest;

/**
 * {@link ParsedQuery} and {@link Filters} → OpenSearch query DSL, clause for clause what the embedded
 * engine's renderer builds from the same plan, so that the same documents match and score the same:
 * exact phrases as {@link ExactPhrase} says, dates as {@link DatePlan} says, the same smartcn words
 * as term clauses, relevance as {@link Scoring} says.
 */
final class ClusterQueries {
  private static final ObjectMapper JSON = Json.mapper();
  /** Values a facet's or a trend's aggregation lists; more distinct values than this are not counted exactly. */
  static final int FACET_VALUES = 10_000;
  private final org.policykb.text.WordSegmenter words = new org.policykb.text.WordSegmenter(Analyzers.words());

  /**
   * What decides whether a document is a hit: a NEAR pair as an {@code intervals} query, exact when
   * {@link #nearDecidedOnIndex} says so, else the candidates its texts confirm ({@code ClusterReader}).
   */
  ObjectNode matching(ParsedQuery parsed, Filters filters) {
    ObjectNode bool = JSON.createObjectNode();
    ObjectNode b = bool.putObject("bool");
    ArrayNode filter = b.putArray("filter");
    parsed.required().forEach(group -> filter.add(anyOf(group)));
    parsed.near().forEach(n -> {
      if (n.a().folded().length >= 2 && n.b().folded().length >= 2 && !sharesBigram(n)) {
        filter.add(near(n));
      } else {
        filter.add(exact(n.a()));
        filter.add(exact(n.b()));
      }
    });
    if (!parsed.excluded().isEmpty()) {
      ArrayNode not = b.putArray("must_not");
      parsed.excluded().forEach(t -> not.add(exact(t)));
    }
    JsonNode restriction = filters(filters);
    if (restriction != null) {
      filter.add(restriction);
    }
    return bool;
  }

  /** Scoring over the documents {@code matching} keeps: BM25 of each phrase's words, its title phrase boosted. */
  ObjectNode ranked(ParsedQuery parsed, JsonNode matching) {
    ObjectNode top = JSON.createObjectNode();
    ObjectNode b = top.putObject("bool");
    b.putArray("filter").add(matching);
    ArrayNode should = b.putArray("should");
    should.addObject().putObject("match_all").put("boost", 0f);
    for (QueryTerm t : parsed.positiveTerms()) {
      if (t.titleOnly()) {
        words(should, Fields.TITLE_WORDS, t.phrase());
      } else {
        words(should, Fields.TEXT_WORDS, t.phrase());
        List<String> titleWords = analyze(t.phrase());
        if (!titleWords.isEmpty()) {
          ObjectNode inTitle = should.addObject().putObject("bool");
          inTitle.putArray("filter").add(exact(Fields.TITLE_EXACT, t.folded(), 1f));
          ArrayNode any = inTitle.putArray("should");
          titleWords.forEach(w -> any.addObject().putObject("term").putObject(Fields.TITLE_WORDS).put("value", w));
          inTitle.put("minimum_should_match", 0);
          inTitle.put("boost", Scoring.TITLE_BOOST);
        }
      }
    }
    b.put("minimum_should_match", 1);
    return top;
  }

  /**
   * A page of search hits: {@code matching} ranked, the filters ({@code restriction}, null for none)
   * applied after scoring, and the facets counted under the filters. The filters stay out of the query:
   * a date range outside every document of a shard would rewrite that shard's query to nothing, and
   * the shard would give no term statistics to the DFS phase, so scores would not be the whole index's.
   */
  ObjectNode search(SearchRequest request, ParsedQuery parsed, JsonNode matching, JsonNode restriction, long timeoutMillis) {
    ObjectNode body = JSON.createObjectNode();
    body.set("query", ranked(parsed, matching));
    if (restriction != null) {
      body.set("post_filter", restriction);
    }
    body.put("from", (request.page() - 1) * request.size());
    body.put("size", request.size());
    body.put("track_total_hits", true);
    body.put("track_scores", true);
    body.putArray("_source").add(ClusterSchema.DOC).add(Fields.CITED_BY);
    body.put("timeout", timeoutMillis + "ms");
    body.set("sort", ClusterQueries.sort(request.sort().order()));
    if (!request.facets().isEmpty()) {
      ObjectNode top = body.putObject("aggs");
      for (Facet f : request.facets()) {
        // each facet under its own filters (Filters.forFacet): a filter aggregation named by facetScope
        String scope = facetScope(f, request.filters());
        ObjectNode aggs = top;
        if (scope != null) {
          ObjectNode scoped = (ObjectNode) top.get(scope);
          if (scoped == null) {
            scoped = top.putObject(scope);
            scoped.set("filter", filters(request.filters().forFacet(f)));
            scoped.putObject("aggs");
          }
          aggs = (ObjectNode) scoped.get("aggs");
        }
        facetAggregation(aggs, f);
      }
    }
    return body;
  }

  /**
   * Where a search's answer holds the counts of {@code facet}: null for the top level (no filter
   * narrows it), {@code filtered} under the search's own filters, {@code own_<facet>} under the
   * filters without its own ({@link Filters#forFacet}).
   */
  static String facetScope(Facet facet, Filters filters) {
    Filters own = filters.forFacet(facet);
    if (filters(own) == null) {
      return null;
    }
    return own.equals(filters) ? "filtered" : "own_" + facet.apiName();
  }

  private void words(ArrayNode should, String field, String phrase) {
    for (String w : analyze(phrase)) {
      should.addObject().putObject("term").putObject(field).put("value", w);
    }
  }

  /** The smartcn words of a phrase, as the embedded query builder gets them. */
  private List<String> analyze(String phrase) {
    return words.terms(phrase);
  }

  private static JsonNode anyOf(List<QueryTerm> group) {
    if (group.size() == 1) {
      return exact(group.get(0));
    }
    ObjectNode q = JSON.createObjectNode();
    ObjectNode b = q.putObject("bool");
    ArrayNode should = b.putArray("should");
    group.forEach(t -> should.add(exact(t)));
    b.put("minimum_should_match", 1);
    return q;
  }

  /**
   * The pair as the stock {@code intervals} query: either phrase's bigrams in a row (positions one
   * apart, so a paragraph's gap breaks them), then the two in either order with at most n + 1
   * positions between — a phrase's interval ends at its last bigram, one position before its last
   * code point. Equal to {@link org.policykb.text.NearSpans}' rule except where the second phrase
   * could start on the first one's last code point, which the intervals do not tell apart.
   */
  static JsonNode near(NearTerm n) {
    ObjectNode q = JSON.createObjectNode();
    ArrayNode either = q.putObject("intervals").putObject(Fields.TEXT_EXACT).putObject("any_of").putArray("intervals");
    either.add(ordered(n.a(), n.b(), n.distance() + 1));
    either.add(ordered(n.b(), n.a(), n.distance() + 1));
    return q;
  }

  /**
   * True when {@link #near} decides the pair exactly: both phrases of two code points or more, and
   * neither can begin on the other's last code point (one code point of overlap, which positions of
   * bigrams cannot tell from a pair that touches).
   */
  static boolean nearDecidedOnIndex(NearTerm n) {
    int[] a = n.a().folded();
    int[] b = n.b().folded();
    return a.length >= 2 && b.length >= 2 && a[a.length - 1] != b[0] && b[b.length - 1] != a[0] && !sharesBigram(n);
  }

  /**
   * Whether the pair's phrases share a bigram — the same phrase twice (代表大会 NEAR 代表大会), or two that
   * overlap (人民代表 NEAR 代表大会). Ordered intervals over sources that share terms miss pairs that are
   * there (…人民代表大会行使国家权力。人民代表大会…), so such a pair is never decided on the index: the
   * documents holding both phrases are its candidates, each confirmed on its text ({@code ClusterReader}).
   */
  static boolean sharesBigram(NearTerm n) {
    java.util.Set<Long> a = bigrams(n.a().folded());
    return bigrams(n.b().folded()).stream().anyMatch(a::contains);
  }

  private static java.util.Set<Long> bigrams(int[] cps) {
    java.util.Set<Long> out = new java.util.HashSet<>();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(((long) cps[i] << 32) | (cps[i + 1] & 0xffffffffL));
    }
    return out;
  }

  /**
   * For a pair of phrases of two code points or more that {@link #near} does not decide exactly: the
   * phrases where one begins on the other's last code point (A and B run together on it), as exact
   * clauses. A document holding none of them is decided by {@link #near} exactly; otherwise empty (and
   * always for phrases that share a bigram, which the intervals do not decide at all).
   */
  static List<JsonNode> touching(NearTerm n) {
    int[] a = n.a().folded();
    int[] b = n.b().folded();
    List<JsonNode> out = new java.util.ArrayList<>();
    if (a.length < 2 || b.length < 2 || sharesBigram(n)) {
      return out;
    }
    if (a[a.length - 1] == b[0]) {
      out.add(exact(Fields.TEXT_EXACT, runTogether(a, b), 1f));
    }
    if (b[b.length - 1] == a[0] && !java.util.Arrays.equals(a, b)) {
      out.add(exact(Fields.TEXT_EXACT, runTogether(b, a), 1f));
    }
    return out;
  }

  private static int[] runTogether(int[] first, int[] second) {
    int[] out = java.util.Arrays.copyOf(first, first.length + second.length - 1);
    System.arraycopy(second, 1, out, first.length, second.length - 1);
    return out;
  }

  private static ObjectNode ordered(QueryTerm first, QueryTerm second, int maxGaps) {
    ObjectNode rule = JSON.createObjectNode();
    ObjectNode all = rule.putObject("all_of");
    all.put("ordered", true);
    all.put("max_gaps", maxGaps);
    ArrayNode parts = all.putArray("intervals");
    parts.add(bigramsInARow(first.folded()));
    parts.add(bigramsInARow(second.folded()));
    return rule;
  }

  private static ObjectNode bigramsInARow(int[] cps) {
    StringBuilder bigrams = new StringBuilder();
    for (int i = 0; i + 1 < cps.length; i++) {
      if (i > 0) {
        bigrams.append(' ');
      }
      bigrams.appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]);
    }
    ObjectNode rule = JSON.createObjectNode();
    ObjectNode match = rule.putObject("match");
    match.put("query", bigrams.toString());
    match.put("analyzer", "whitespace");
    match.put("ordered", true);
    match.put("max_gaps", 0);
    return rule;
  }

  private static JsonNode exact(QueryTerm t) {
    return exact(t.titleOnly() ? Fields.TITLE_EXACT : Fields.TEXT_EXACT, t.folded(), 1f);
  }

  /**
   * The {@link ExactPhrase} in the DSL: its bigrams at their positions, a gap token keeping each
   * skipped position free; one code point is a prefix.
   */
  static JsonNode exact(String field, int[] cps, float boost) {
    ExactPhrase plan = ExactPhrase.of(cps);
    ObjectNode q = JSON.createObjectNode();
    if (plan.isPrefix()) {
      ObjectNode prefix = q.putObject("prefix").putObject(field);
      prefix.put("value", plan.prefix());
      if (boost != 1f) {
        prefix.put("boost", boost);
      }
      return q;
    }
    String[] tokens = new String[plan.length()];
    java.util.Arrays.fill(tokens, ClusterSchema.GAP);
    plan.bigrams().forEach(b -> tokens[b.position()] = b.text());
    ObjectNode phrase = q.putObject("match_phrase").putObject(field);
    phrase.put("query", String.join(" ", tokens));
    phrase.put("analyzer", ClusterSchema.EXACT_QUERY_ANALYZER);
    if (boost != 1f) {
      phrase.put("boost", boost);
    }
    return q;
  }

  /** A {@link DocumentOrder} as the DSL's sort. */
  static ArrayNode sort(DocumentOrder order) {
    ArrayNode sort = JSON.createArrayNode();
    for (DocumentOrder.Key key : order.keys()) {
      String direction = key.descending() ? "desc" : "asc";
      switch (key.by()) {
        case YEAR -> sort.addObject().putObject(Fields.YEAR).put("order", direction).put("missing", "_last");
        case DATE -> sort.addObject().putObject(Fields.DATE).put("order", direction).put("missing", "_last");
        case SCORE -> sort.addObject().putObject("_score").put("order", direction);
        case ID -> sort.addObject().putObject(Fields.ID).put("order", direction);
        case CITED_BY -> sort.addObject().putObject(Fields.CITED_BY).put("order", direction).put("missing", 0);
      }
    }
    return sort;
  }

  /** The filters in the DSL; null when every document takes part. */
  static JsonNode filters(Filters f) {
    if (f.isEmpty()) {
      return null;
    }
    ObjectNode q = JSON.createObjectNode();
    ArrayNode all = q.putObject("bool").putArray("filter");
    JsonNode dates = dates(f);
    if (dates != null) {
      all.add(dates);
    }
    f.keywordValues().forEach((facet, values) -> {
      if (facet == Facet.CITED_BY) {
        citedBy(all, values);
      } else {
        anyOf(all, field(facet), values);
      }
    });
    if (f.count() == org.policykb.query.Count.WORKS) {
      all.addObject().putObject("term").put(Fields.WORK_SHOWN, true);
    }
    return all.isEmpty() ? null : q;
  }

  /** The cluster's field of a facet. */
  static String field(Facet f) {
    return switch (f) {
      case YEAR -> Fields.YEAR;
      case SOURCE -> Fields.SOURCE_NAME;
      case PARK -> Fields.PARK;
      case CITES -> Fields.CITES;
      case ISSUER -> Fields.ISSUER;
      case DOC_TYPE -> Fields.DOC_TYPE;
      case AGENCY_CODE -> Fields.AGENCY_CODE;
      case DOC_YEAR -> Fields.DOC_YEAR;
      case CATEGORY -> Fields.CATEGORY;
      case REGION -> Fields.REGION;
      case LEVEL -> Fields.LEVEL;
      case CITED_BY -> Fields.CITED_BY;
    };
  }

  /** Documents whose count of citing works is in any of the bands. */
  private static void citedBy(ArrayNode all, List<String> bands) {
    ObjectNode any = all.addObject().putObject("bool");
    ArrayNode should = any.putArray("should");
    for (String label : bands) {
      CitationBand b = CitationBand.parse(label);
      should.addObject().putObject("range").putObject(Fields.CITED_BY).put("gte", b.min()).put("lte", b.max());
    }
    any.put("minimum_should_match", 1);
  }

  /** A range aggregation of the counts of citing works into their bands, into {@code agg}. */
  static void bands(ObjectNode agg) {
    ObjectNode range = agg.putObject("range").put("field", Fields.CITED_BY);
    ArrayNode ranges = range.putArray("ranges");
    for (CitationBand b : CitationBand.values()) {
      ObjectNode r = ranges.addObject().put("key", b.label()).put("from", b.min());
      if (b.max() < Integer.MAX_VALUE) {
        r.put("to", b.max() + 1); // to is exclusive
      }
    }
  }

  /** The aggregation that counts facet {@code f}: its values' counts, or for the citing works their bands. */
  static void facetAggregation(ObjectNode aggs, Facet f) {
    if (f == Facet.CITED_BY) {
      bands(aggs.putObject(f.apiName()));
    } else {
      aggs.putObject(f.apiName()).putObject("terms").put("field", field(f)).put("size", FACET_VALUES)
          .put("shard_size", FACET_VALUES);
    }
    aggs.putObject(f.apiName() + "_missing").putObject("missing").put("field", field(f));
  }

  private static void anyOf(ArrayNode all, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode terms = all.addObject().putObject("terms").putArray(field);
      values.forEach(terms::add);
    }
  }

  /** The {@link DatePlan} in the DSL. */
  private static JsonNode dates(Filters f) {
    DatePlan plan = DatePlan.of(f);
    ObjectNode undated = JSON.createObjectNode();
    undated.putObject("bool").putArray("must_not").addObject().putObject("exists").put("field", Fields.YEAR);
    ObjectNode hasYear = JSON.createObjectNode();
    hasYear.putObject("exists").put("field", Fields.YEAR);
    switch (plan.kind()) {
      case ALL -> {
        return null;
      }
      case UNDATED -> {
        return undated;
      }
      case DATED -> {
        return hasYear;
      }
      case RANGE -> {
        ObjectNode any = JSON.createObjectNode();
        ObjectNode b = any.putObject("bool");
        ArrayNode should = b.putArray("should");
        range(should.addObject().putObject("range").putObject(Fields.DATE), plan.fromDay(), plan.toDay());
        ObjectNode yearOnly = should.addObject().putObject("bool");
        range(yearOnly.putArray("filter").addObject().putObject("range").putObject(Fields.YEAR), plan.fromYear(),
            plan.toYear());
        yearOnly.putArray("must_not").addObject().putObject("exists").put("field", Fields.DATE);
        if (plan.withUndated()) {
          should.add(undated);
        }
        b.put("minimum_should_match", 1);
        return any;
      }
    }
    throw new IllegalStateException(plan.kind().name());
  }

  private static void range(ObjectNode range, Number from, Number to) {
    if (from != null) {
      range.put("gte", from.longValue());
    }
    if (to != null) {
      range.put("lte", to.longValue());
    }
  }
}
