package org.policykb.lucene;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.policykb.index.Fields;
import org.policykb.query.DocumentOrder;

/** A {@link DocumentOrder} as a Lucene {@link Sort}, from doc values. */
final class Sorts {
  private Sorts() {}

  static Sort of(DocumentOrder order) {
    return new Sort(order.keys().stream().map(Sorts::field).toArray(SortField[]::new));
  }

  private static SortField field(DocumentOrder.Key key) {
    return switch (key.by()) {
      case YEAR -> numeric(Fields.YEAR, SortField.Type.INT, key.descending(),
          key.descending() ? Integer.MIN_VALUE : Integer.MAX_VALUE);
      case DATE -> numeric(Fields.DATE, SortField.Type.LONG, key.descending(), key.descending() ? Long.MIN_VALUE : Long.MAX_VALUE);
      case SCORE -> key.descending() ? SortField.FIELD_SCORE : new SortField(null, SortField.Type.SCORE, true);
      case ID -> new SortField(Fields.ID, SortField.Type.STRING, key.descending());
      case CITED_BY -> numeric(Fields.CITED_BY, SortField.Type.LONG, key.descending(), 0L);
    };
  }

  private static SortField numeric(String field, SortField.Type type, boolean reverse, Object missing) {
    SortField f = new SortField(field, type, reverse);
    f.setMissingValue(missing);
    return f;
  }
}
