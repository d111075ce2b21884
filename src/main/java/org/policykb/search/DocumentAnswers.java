package org.policykb.search;

import java.util.ArrayList;
import java.util.List;
import org.policykb.model.PolicyDocument;
import org.policykb.query.InvalidRequestException;
import org.policykb.query.ParsedQuery;
import org.policykb.text.Occurrence;
import org.policykb.text.OccurrenceFinder;
import org.policykb.text.Passage;
import org.policykb.text.QueryOccurrences;
import org.policykb.text.Snippet;
import org.policykb.text.SnippetFormatter;

/**
 * The parts of an answer cut from one document's text — a hit's count and snippets, a document's
 * snippets — the same whichever backend found the document, so offsets and counts agree.
 */
public final class DocumentAnswers {
  /** Documents a lookup by 发文字号 lists at most: one number names one document, a few when it was republished. */
  public static final int MAX_BY_NUMBER = 100;

  /** The normalised form of a 发文字号 to look up; a value that is no 发文字号 is a bad request. */
  public static String numberToFind(String docNumber) {
    if (docNumber == null || docNumber.isBlank()) {
      throw new InvalidRequestException("doc_number must not be empty");
    }
    org.policykb.model.DocNumber n = org.policykb.model.DocNumber.parse(docNumber.strip());
    if (n == null) {
      throw new InvalidRequestException("doc_number is not a 发文字号 (机关代字〔年份〕序号号, e.g. 国发〔2020〕7号): '" + docNumber + "'");
    }
    return n.normalized();
  }

  public static final int HIT_SNIPPETS = 3;
  public static final int HIT_WINDOW = 30;
  /** Occurrences kept for a hit's snippets; all of them are still counted. */
  public static final int HIT_OCCURRENCES_SCANNED = 64;

  private DocumentAnswers() {}

  /** A hit of document {@code d} with its occurrences and snippets; {@code citedBy} the works citing its work. */
  public static SearchHit hit(PolicyDocument d, float score, ParsedQuery parsed, int citedBy) {
    OccurrenceFinder.Found found = QueryOccurrences.find(d.text(), parsed, HIT_OCCURRENCES_SCANNED);
    List<Passage> passages = SnippetFormatter.passages(d.text(), found.first(), HIT_WINDOW, HIT_SNIPPETS);
    return new SearchHit(
        d.id(), d.title(), d.date(), d.year(), d.source(), d.authorLine(), d.url(), score, found.total(), passages,
        d.official().docNumber(), d.official().issuers(), d.official().docType(), d.official().dateSigned(), citedBy,
        null);
  }

  /** Characters of context a snippet may have on each side. */
  public static final int MAX_SNIPPET_WINDOW = 1000;

  public static void checkSnippetRequest(int window, int limit) {
    if (window < 0 || window > MAX_SNIPPET_WINDOW) {
      throw new InvalidRequestException("window must be 0.." + MAX_SNIPPET_WINDOW + ", was " + window);
    }
    if (limit < 1) {
      throw new InvalidRequestException("limit must be 1 or more, was " + limit);
    }
  }

  public static SnippetResult snippets(PolicyDocument d, ParsedQuery parsed, int window, int limit, String generation) {
    OccurrenceFinder.Found found = QueryOccurrences.find(d.text(), parsed, limit);
    List<Snippet> snippets = new ArrayList<>();
    for (Occurrence o : found.first()) {
      snippets.add(SnippetFormatter.snippet(d, o, window));
    }
    return new SnippetResult(d.id(), d.title(), found.total(), generation, snippets);
  }

  /** Documents one 文号 registry lists at most: every serial of a busy agency code over decades. */
  public static final int MAX_REGISTRY = 100_000;
  /** The longest agency code (机关代字, or the series of a 令 or 公告) a registry is asked for. */
  public static final int MAX_AGENCY_CODE = 60;

  /** An agency code to list the registry of: not empty, not longer than {@link #MAX_AGENCY_CODE}. */
  public static void checkAgencyCode(String agencyCode) {
    if (agencyCode == null || agencyCode.isBlank()) {
      throw new InvalidRequestException("agency_code must not be empty: the 机关代字 of a 发文字号, e.g. 国办发");
    }
    if (agencyCode.strip().length() > MAX_AGENCY_CODE) {
      throw new InvalidRequestException("agency_code is " + agencyCode.strip().length() + " characters long; at most "
          + MAX_AGENCY_CODE);
    }
  }

  public static void checkId(String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidRequestException("id must not be empty");
    }
  }
}
