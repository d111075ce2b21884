package org.policykb.search;

import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.policykb.index.Fields;

/** {@link Filters} → the Lucene query that keeps exactly the documents they let take part. */
final class FilterQueries {
  private FilterQueries() {}

  /** The filter as a query, or null when it keeps every document. */
  static Query of(Filters f) {
    if (f.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    Query dates = dates(f);
    if (dates != null) {
      all.add(dates, Occur.FILTER);
    }
    f.keywordValues().forEach((facet, values) -> anyOf(all, facet.field, values));
    BooleanQuery built = all.build();
    return built.clauses().isEmpty() ? null : built;
  }

  /** {@code query} restricted to the filter's documents. */
  static Query restrict(Query query, Filters f) {
    Query filter = of(f);
    if (filter == null) {
      return query;
    }
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  private static Query dates(Filters f) {
    Query undated = new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(new FieldExistsQuery(Fields.YEAR), Occur.MUST_NOT)
        .build();
    switch (f.undated()) {
      case ONLY -> {
        return undated;
      }
      case EXCLUDE -> {
        if (!f.hasDateRange()) {
          return new FieldExistsQuery(Fields.YEAR);
        }
      }
      case INCLUDE -> {
        if (!f.hasDateRange()) {
          return null;
        }
      }
    }
    long fromDay = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
    long toDay = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
    int fromYear = f.from() == null ? Integer.MIN_VALUE : f.from().getYear();
    int toYear = f.to() == null ? Integer.MAX_VALUE : f.to().getYear();
    Query yearOnly = new BooleanQuery.Builder()
        .add(IntPoint.newRangeQuery(Fields.YEAR, fromYear, toYear), Occur.FILTER)
        .add(new FieldExistsQuery(Fields.DATE), Occur.MUST_NOT)
        .build();
    BooleanQuery.Builder any = new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(Fields.DATE, fromDay, toDay), Occur.SHOULD)
        .add(yearOnly, Occur.SHOULD);
    if (f.undated() == Filters.Undated.INCLUDE) {
      any.add(undated, Occur.SHOULD);
    }
    return any.setMinimumNumberShouldMatch(1).build();
  }

  private static void anyOf(BooleanQuery.Builder all, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
    all.add(any.setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
  }
}
