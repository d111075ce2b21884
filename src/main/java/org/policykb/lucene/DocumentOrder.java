package org.policykb.lucene;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.policykb.index.Fields;

/**
 * The date orders of documents, in one place. A document with only a year sorts with its year,
 * after the documents of that year that have a full date; undated documents come last; ties are
 * broken by id.
 */
final class DocumentOrder {
  private DocumentOrder() {}

  /** Newest first ({@code sort=date} of search), then by score. */
  static Sort newestFirst() {
    return new Sort(
        numeric(Fields.YEAR, SortField.Type.INT, true, Integer.MIN_VALUE),
        numeric(Fields.DATE, SortField.Type.LONG, true, Long.MIN_VALUE),
        SortField.FIELD_SCORE,
        byId());
  }

  /** Oldest first: the document order of concordances. */
  static Sort oldestFirst() {
    return new Sort(
        numeric(Fields.YEAR, SortField.Type.INT, false, Integer.MAX_VALUE),
        numeric(Fields.DATE, SortField.Type.LONG, false, Long.MAX_VALUE),
        byId());
  }

  /** By relevance, ties by id. */
  static Sort relevance() {
    return new Sort(SortField.FIELD_SCORE, byId());
  }

  private static SortField numeric(String field, SortField.Type type, boolean reverse, Object missing) {
    SortField f = new SortField(field, type, reverse);
    f.setMissingValue(missing);
    return f;
  }

  /** By id: ties of the orders above, and a sample that does not depend on how an index is laid out. */
  static SortField byId() {
    return new SortField(Fields.ID, SortField.Type.STRING);
  }
}
