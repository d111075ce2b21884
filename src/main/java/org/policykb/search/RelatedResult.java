package org.policykb.search;

import java.time.LocalDate;
import java.util.List;

/** The documents most like one document, most alike first; never the document itself. */
public record RelatedResult(String id, String generation, List<Related> related) {
  /** @param score MoreLikeThis's BM25 score over the document's most telling words */
  public record Related(String id, String title, LocalDate date, Integer year, String source, float score) {}
}
