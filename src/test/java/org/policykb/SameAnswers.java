package org.policykb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykb.index.Json;
import org.policykb.query.Count;
import org.policykb.query.Facet;
import org.policykb.query.Filters;
import org.policykb.search.CollocateFilter;
import org.policykb.search.CollocatesRequest;
import org.policykb.search.CollocatesResult;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.ConcordanceResult;
import org.policykb.search.SearchBackend;
import org.policykb.search.SearchHit;
import org.policykb.search.SearchRequest;
import org.policykb.search.SearchResult;
import org.policykb.search.SuggestResult;
import org.policykb.search.TrendRequest;

/**
 * Two backends that hold the same documents give the same answers, request by request, as JSON without
 * the time taken and the generation: searches (totals, ids, order, scores, facets, snippets), concordances
 * and exports, trends, dispersion, collocates, related documents, links, sequences, word counts,
 * frequencies, keywords and suggestions. The two are the embedded index and OpenSearch
 * ({@code OpenSearchParityTest}), or a generation built incrementally and one built whole from the same
 * files ({@code KeptDeletionsTest}).
 */
public final class SameAnswers {
  private final SearchBackend a;
  private final SearchBackend b;

  public SameAnswers(SearchBackend a, SearchBackend b) {
    this.a = a;
    this.b = b;
  }

  /** Every query in several requests, with snippets of its first hits; returns how many answers were compared. */
  public int answers(List<String> queries) {
    int compared = 0;
    String someSource = a.search(new SearchRequest("的", 1, 1, SearchRequest.Sort.RELEVANCE, Filters.NONE,
        Set.of(Facet.SOURCE), 5)).facets().get("source").get(0).value() instanceof String s ? s : null;
    List<Filters> filters = new ArrayList<>(List.of(Filters.NONE, Filters.NONE.withCount(org.policykb.query.Count.WORKS),
        Filters.of(Map.of("from", List.of("2000"), "to", List.of("2020-06"))),
        Filters.of(Map.of("undated", List.of("only")))));
    if (someSource != null) {
      filters.add(Filters.of(Map.of("source", List.of(someSource))));
    }
    filters.add(Filters.of(Map.of("issuer", List.of("国务院", "科技部", "北京市中医管理局"), "doc_type", List.of("通知", "意见"))));
    filters.add(Filters.of(Map.of("agency_code", List.of("国发", "国办发", "工信部联科"), "doc_year", List.of("2023", "2019"))));
    filters.add(Filters.of(Map.of("region", List.of("江苏", "北京", "广东"), "level", List.of("省", "市", "县"))));
    filters.add(Filters.of(Map.of("cited_by", List.of("0", "2-4", "50+"))));
    // Every query unfiltered, and each filter with every sixth query: every filter on every query took seven
    // minutes of the test run, and a filter is rendered for the cluster by the same code whatever the query
    for (int i = 0; i < queries.size(); i++) {
      String q = queries.get(i);
      for (Filters f : List.of(Filters.NONE, filters.get(1 + i % (filters.size() - 1)))) {
        for (SearchRequest r : List.of(
            new SearchRequest(q, 1, 10, SearchRequest.Sort.RELEVANCE, f, Set.of(Facet.values()), 20),
            new SearchRequest(q, 2, 5, SearchRequest.Sort.DATE, f, Set.of(), 10),
            new SearchRequest(q, 1, 5, SearchRequest.Sort.DATE_ASC, f, Set.of(), 10))) {
          SearchResult e = a.search(r);
          SearchResult o = b.search(r);
          assertEquals(json(e), json(o), q + " " + r);
          compared++;
          if (r.page() == 1) {
            for (ConcordanceRequest.Order order : ConcordanceRequest.Order.values()) {
              ConcordanceRequest c = new ConcordanceRequest(q, f, 12, order, 3, 40);
              assertEquals(json(a.concordance(c)), json(b.concordance(c)), q + " " + c);
              compared++;
            }
            for (Facet by : List.of(Facet.YEAR, Facet.SOURCE, Facet.ISSUER, Facet.LEVEL, Facet.CITED_BY)) {
              TrendRequest t = new TrendRequest(q, f, by);
              assertEquals(json(a.trend(t)), json(b.trend(t)), q + " " + t);
              compared++;
            }
            for (org.policykb.search.HitContext context : List.of(new org.policykb.search.HitContext(true, 0),
                new org.policykb.search.HitContext(false, 0), new org.policykb.search.HitContext(false, 2))) {
              TrendRequest t = new TrendRequest(q, f, null, context);
              assertEquals(json(a.trend(t)), json(b.trend(t)), q + " " + t);
              compared++;
            }
            for (org.policykb.search.DispersionRequest.Sort sort : org.policykb.search.DispersionRequest.Sort.values()) {
              org.policykb.search.DispersionRequest d = new org.policykb.search.DispersionRequest(q, f, sort, 1, 30);
              assertEquals(json(a.dispersion(d)), json(b.dispersion(d)), q + " " + d);
              compared++;
            }
            for (CollocatesRequest.Side side : CollocatesRequest.Side.values()) {
              CollocatesRequest c = new CollocatesRequest(q, f, 4, 2, 30, side);
              assertEquals(json(a.collocates(c)), json(b.collocates(c)), q + " " + c);
              compared++;
            }
            if (f == Filters.NONE && i % 3 == 0) { // each statistic, unit and stop list, and their lines: every third query
              compared += collocateLinesCompared(q);
            }
            ConcordanceRequest all = new ConcordanceRequest(q, f, 5, ConcordanceRequest.Order.DOC, 0, Long.MAX_VALUE);
            List<ConcordanceLine> e1 = new ArrayList<>();
            List<ConcordanceLine> o1 = new ArrayList<>();
            assertEquals(json(a.concordance(all, e1::add)), json(b.concordance(all, o1::add)), q);
            assertEquals(e1, o1, q + ": every line of an export");
          }
          if (f == Filters.NONE && r.page() == 1) {
            for (SearchHit h : e.hits().subList(0, Math.min(3, e.hits().size()))) {
              assertEquals(json(a.snippets(h.id(), q, 20, 100)), json(b.snippets(h.id(), q, 20, 100)), q);
              assertEquals(json(a.document(h.id())), json(b.document(h.id())), h.id());
              assertEquals(json(a.related(h.id(), 8)), json(b.related(h.id(), 8)), "related " + h.id());
              compared++;
            }
          }
        }
      }
    }
    return compared;
  }

  /**
   * Both units with another statistic and the stop list either way, and the concordance of each one's
   * first collocate on both engines: its total is the collocate's lines.
   */
  private int collocateLinesCompared(String q) {
    int compared = 0;
    for (CollocatesRequest.Unit unit : CollocatesRequest.Unit.values()) {
      boolean words = unit == CollocatesRequest.Unit.WORD;
      CollocatesRequest c = new CollocatesRequest(q, Filters.NONE, 5, 2, 30, CollocatesRequest.Side.BOTH,
          words ? CollocatesRequest.Statistic.MI : CollocatesRequest.Statistic.LOGDICE, !words, unit);
      CollocatesResult e = a.collocates(c);
      assertEquals(json(e), json(b.collocates(c)), q + " " + c);
      compared++;
      if (!e.collocates().isEmpty()) {
        CollocatesResult.Collocate first = e.collocates().get(0);
        for (ConcordanceRequest.Order order : List.of(ConcordanceRequest.Order.DOC, ConcordanceRequest.Order.RIGHT)) {
          ConcordanceRequest near = new ConcordanceRequest(q, Filters.NONE, 10, order, 0, 50,
              new CollocateFilter(first.word(), 5, CollocatesRequest.Side.BOTH, unit));
          ConcordanceResult lines = a.concordance(near);
          assertEquals(first.lines(), lines.totalOccurrences(), q + " near " + first.word());
          assertEquals(json(lines), json(b.concordance(near)), q + " " + near);
          compared++;
        }
      }
    }
    return compared;
  }

  /** Every document's links out and in, whole and a page of one kind. */
  public void links(List<String> ids) {
    for (String id : ids) {
      for (var direction : org.policykb.search.LinksRequest.Direction.values()) {
        var all = new org.policykb.search.LinksRequest(id, direction, Set.of(), 0, 500);
        assertEquals(json(a.links(all)), json(b.links(all)), id + " " + direction);
        var page = new org.policykb.search.LinksRequest(id, direction, Set.of(org.policykb.model.Reference.Kind.IMPLEMENTS,
            org.policykb.model.Reference.Kind.CITES), 1, 2);
        assertEquals(json(a.links(page)), json(b.links(page)), id + " " + direction + " page");
      }
    }
  }

  /** A subcorpus's sequences as an engine reads them, each symbol written out, document by document. */
  private static List<List<String>> sequences(org.policykb.search.SearchBackend engine, org.policykb.query.Subcorpus s,
      org.policykb.search.Grams.Unit unit) {
    return engine.sequences(s, unit, true, seq -> {
      List<List<String>> out = new java.util.ArrayList<>();
      seq.forEach((symbols, length) -> {
        List<String> doc = new java.util.ArrayList<>(length);
        for (int i = 0; i < length; i++) {
          doc.add(symbols[i] < 0 ? "∅" : seq.symbol(symbols[i]));
        }
        out.add(doc);
      });
      return out;
    });
  }

  /** Every document's sequences of a subcorpus, in both units. */
  public void sequences(org.policykb.query.Subcorpus s) {
    for (org.policykb.search.Grams.Unit unit : org.policykb.search.Grams.Unit.values()) {
      List<List<String>> e = sequences(a, s, unit);
      List<List<String>> o = sequences(b, s, unit);
      assertEquals(e.size(), o.size(), unit + ": documents");
      for (int i = 0; i < e.size(); i++) {
        assertEquals(String.join(" ", e.get(i)), String.join(" ", o.get(i)), unit + ": document " + i);
      }
    }
  }

  /** Word counts, frequency lists of words and n-grams, and keywords against the rest, of each subcorpus. */
  public void wordCounts(List<org.policykb.query.Subcorpus> subcorpora) {
    for (org.policykb.query.Subcorpus s : subcorpora) {
      org.policykb.search.WordCounts e = a.wordCounts(s, true);
      assertTrue(e.tokens() > 0, s + " has words");
      assertEquals(json(e), json(b.wordCounts(s, true)), s.toString());
      for (org.policykb.search.Grams g : List.of(org.policykb.search.Grams.WORDS,
          new org.policykb.search.Grams(org.policykb.search.Grams.Unit.WORD, 1),
          new org.policykb.search.Grams(org.policykb.search.Grams.Unit.WORD, 3),
          new org.policykb.search.Grams(org.policykb.search.Grams.Unit.CHAR, 2),
          new org.policykb.search.Grams(org.policykb.search.Grams.Unit.CHAR, 5))) {
        boolean arf = g != org.policykb.search.Grams.WORDS; // single words from the postings, and with ARF from sequences
        org.policykb.search.FrequencyRequest f = new org.policykb.search.FrequencyRequest(s, g, arf,
            arf ? org.policykb.search.FrequencyRequest.Sort.ARF : org.policykb.search.FrequencyRequest.Sort.DP, 2, true, 0, 200);
        assertEquals(json(org.policykb.research.Frequencies.of(a, f)),
            json(org.policykb.research.Frequencies.of(b, f)), s + " " + g);
        org.policykb.search.KeywordsRequest k = new org.policykb.search.KeywordsRequest(s,
            org.policykb.search.KeywordsRequest.Against.REST, null, g, 2, "0.05", true,
            org.policykb.search.KeywordsRequest.Sort.LL, 100);
        assertEquals(json(org.policykb.research.Keywords.of(a, k)),
            json(org.policykb.research.Keywords.of(b, k)), s + " " + g);
      }
    }
  }

  /** The suggestions for each prefix, counted in works and files in turn; returns how many had any. */
  public int suggestions(List<String> prefixes) {
    int nonEmpty = 0;
    for (String prefix : prefixes) {
      Count count = nonEmpty % 2 == 0 ? Count.WORKS : Count.FILES; // both ways of counting, in turn
      SuggestResult e = a.suggest(prefix, 10, count);
      assertEquals(json(e), json(b.suggest(prefix, 10, count)), prefix + " " + count);
      nonEmpty += e.suggestions().isEmpty() ? 0 : 1;
    }
    return nonEmpty;
  }

  /** An answer as compared: without the time it took and the generation that gave it. */
  public static JsonNode json(Object answer) {
    JsonNode tree = Json.mapper().valueToTree(answer);
    if (tree instanceof ObjectNode o) {
      o.remove("tookMs");
      o.remove("took_ms");
      o.remove("generation");
    }
    return tree;
  }
}
