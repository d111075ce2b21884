package org.policykb.search;

import java.time.LocalDate;
import java.util.List;
import org.policykb.text.Passage;

/**
 * One document in a result page.
 *
 * @param occurrences how many times the query's phrases occur in the document's text
 * @param passages the first passages of the text around occurrences, with the matches' offsets
 * @param citedBy how many works of the corpus cite the document's work (resolved links)
 * @param work the document's work with its members; null until the backend has looked it up
 */
public record SearchHit(
    String id,
    String title,
    LocalDate date,
    Integer year,
    String source,
    String author,
    String url,
    float score,
    int occurrences,
    List<Passage> passages,
    String docNumber,
    List<String> issuers,
    String docType,
    LocalDate dateSigned,
    int citedBy,
    Work work) {
  /** This hit with its work. */
  public SearchHit withWork(Work w) {
    return new SearchHit(id, title, date, year, source, author, url, score, occurrences, passages, docNumber, issuers,
        docType, dateSigned, citedBy, w);
  }
}
