package org.policykb.lucene;

import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.policykb.index.Fields;
import org.policykb.query.CitationBand;
import org.policykb.query.Count;
import org.policykb.query.DatePlan;
import org.policykb.query.Facet;
import org.policykb.query.Filters;

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
    f.keywordValues().forEach((facet, values) -> {
      if (facet == Facet.CITED_BY) {
        citedBy(all, values);
      } else {
        anyOf(all, facet.field(), values);
      }
    });
    if (f.count() == Count.WORKS) {
      all.add(new TermQuery(new Term(Fields.WORK_SHOWN, "true")), Occur.FILTER);
    }
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

  /** The {@link DatePlan} as Lucene queries. */
  private static Query dates(Filters f) {
    DatePlan plan = DatePlan.of(f);
    Query undated = new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(new FieldExistsQuery(Fields.YEAR), Occur.MUST_NOT)
        .build();
    return switch (plan.kind()) {
      case ALL -> null;
      case UNDATED -> undated;
      case DATED -> new FieldExistsQuery(Fields.YEAR);
      case RANGE -> {
        Query yearOnly = new BooleanQuery.Builder()
            .add(IntPoint.newRangeQuery(Fields.YEAR, or(plan.fromYear(), Integer.MIN_VALUE), or(plan.toYear(), Integer.MAX_VALUE)),
                Occur.FILTER)
            .add(new FieldExistsQuery(Fields.DATE), Occur.MUST_NOT)
            .build();
        BooleanQuery.Builder any = new BooleanQuery.Builder()
            .add(LongPoint.newRangeQuery(Fields.DATE, or(plan.fromDay(), Long.MIN_VALUE), or(plan.toDay(), Long.MAX_VALUE)),
                Occur.SHOULD)
            .add(yearOnly, Occur.SHOULD);
        if (plan.withUndated()) {
          any.add(undated, Occur.SHOULD);
        }
        yield any.setMinimumNumberShouldMatch(1).build();
      }
    };
  }

  private static <T> T or(T value, T unbounded) {
    return value == null ? unbounded : value;
  }

  /**
   * Documents whose count of citing works is in any of the bands: a range over its doc values, which the build
   * updates in place (a point field could not be).
   */
  private static void citedBy(BooleanQuery.Builder all, List<String> bands) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String label : bands) {
      CitationBand b = CitationBand.parse(label);
      any.add(NumericDocValuesField.newSlowRangeQuery(Fields.CITED_BY, b.min(), b.max()), Occur.SHOULD);
    }
    all.add(any.setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
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
