package org.policykb.search;

import java.io.Closeable;
import java.util.List;
import org.policykb.model.PolicyDocument;

/**
 * What the API is served from. The Lucene index on this machine is one implementation; a search
 * cluster can be another, with the same query language and the same answers.
 */
public interface SearchBackend extends Closeable {
  /**
   * A JSON concordance page, a trend counted on texts and collocates read stored texts: their time
   * limit is this many times the search's (30 s by default), generous since they are research
   * questions, but bounded, so a thread is never held for minutes; a 503 then says to narrow the
   * query. CSV/TSV exports have none.
   */
  int RESEARCH_TIMEOUT_FACTOR = 6;

  /** The time limit of a research answer when a search's is {@code timeoutMillis}. */
  static long researchTimeoutMillis(long timeoutMillis) {
    return timeoutMillis > Long.MAX_VALUE / RESEARCH_TIMEOUT_FACTOR / 1_000_000
        ? Long.MAX_VALUE : timeoutMillis * RESEARCH_TIMEOUT_FACTOR;
  }


  SearchResult search(SearchRequest request);

  /** Every occurrence of {@code q} in document {@code id}, at most {@code limit} listed. */
  SnippetResult snippets(String id, String q, int window, int limit);

  /** A page of the concordance: lines {@code offset…offset+limit} and the exact totals. */
  ConcordanceResult concordance(ConcordanceRequest request);

  /**
   * The concordance's lines from {@code offset} (at most {@code limit}) handed to {@code sink} one by
   * one as they are found, for exports of any size; the result has the totals and no lines.
   */
  ConcordanceResult concordance(ConcordanceRequest request, java.util.function.Consumer<ConcordanceLine> sink);

  /** Occurrences and documents per year or source, with each bucket's size for normalising. */
  TrendResult trend(TrendRequest request);

  /**
   * Where the query's hits fall in each matching text, a page of documents at a time, the positions those of the
   * exact field ({@link DispersionResult.Document}), the same on every engine.
   */
  DispersionResult dispersion(DispersionRequest request);

  /** The words around the query's occurrences, ranked by log-likelihood. */
  CollocatesResult collocates(CollocatesRequest request);

  /**
   * Every word of a subcorpus with its frequency, range and dispersion, and the subcorpus's size, counted from the
   * index (never from stored texts). The corpus statistics (frequency lists, keyness) are made from these.
   *
   * @param dispersion whether each word's DP is computed (a second reading of the postings); null when not
   */
  WordCounts wordCounts(org.policykb.query.Subcorpus subcorpus, boolean dispersion);

  /**
   * Runs {@code work} on a subcorpus's texts as sequences of words or characters, read from the index, while the
   * generation they come from is served.
   *
   * @param inIdOrder whether the documents are visited in the order of their ids (code point order), which both
   *     engines can give, for a figure that depends on the order (ARF); otherwise in the engine's own order
   * @throws org.policykb.query.InvalidRequestException when the sequences asked for in id order are more than the
   *     engine can hold at once
   */
  <T> T sequences(org.policykb.query.Subcorpus subcorpus, Grams.Unit unit, boolean inIdOrder,
      java.util.function.Function<TextSequences, T> work);

  /**
   * The documents most like document {@code id}, never itself nor another member of its work, and
   * one member (the shown one) of each other work.
   *
   * @throws DocumentNotFoundException when no document has this id
   */
  RelatedResult related(String id, int size);

  /** Words and phrases of the collection starting with {@code prefix}, in most documents first. */
  SuggestResult suggest(String prefix, int size, org.policykb.query.Count count);

  /** @throws DocumentNotFoundException when no document has this id */
  PolicyDocument document(String id);

  /**
   * The work document {@code id} belongs to, with every member (itself included).
   *
   * @throws DocumentNotFoundException when no document has this id
   */
  Work work(String id);

  /**
   * The documents whose 发文字号 is {@code docNumber}, written in any of its forms (〔〕 [] 【】 ［］ （）,
   * full-width digits, spaces), in id order, at most {@link DocumentAnswers#MAX_BY_NUMBER}.
   */
  List<PolicyDocument> documentsByNumber(String docNumber);

  /**
   * A page of document {@code request.id()}'s links, with their counts.
   *
   * @throws DocumentNotFoundException when no document has this id
   */
  LinksResult links(LinksRequest request);

  /**
   * Every resolved link out of the subcorpus {@code request} names, handed to {@code sink} in the order the build
   * resolved them (by citing document, then as its text names them); returns how many.
   */
  long edges(EdgesRequest request, java.util.function.Consumer<org.policykb.model.Link> sink);

  /**
   * The 文号 registry of an agency code (机关代字) as documents state it, for one year or (null) every year: each work
   * once, by its shown member.
   */
  RegistryResult registry(String agencyCode, Integer year);

  Health health();

  /** The generation answers come from now, without asking the index anything else. */
  default String servedGeneration() {
    return health().generation();
  }

  /** Makes the newest committed index visible; searches in flight finish on the one they began with. */
  void reload() throws java.io.IOException;
}
