package org.policykb.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policykb.query.CitationBand;
import org.policykb.query.Facet;
import org.policykb.search.TrendResult;

/**
 * The trend's buckets, whichever engine tallied them: occurrences per year or per source beside the
 * size of each bucket (documents and characters), so that an uneven collection does not pass for a
 * trend.
 */
public final class Trend {
  private Trend() {}

  /** One bucket's tallies: matching documents and their occurrences, all documents and their characters. */
  public static final class Counts {
    public long documents;
    public long occurrences;
    public long allDocuments;
    public long characters;
  }

  /** The buckets as the answer lists them, whichever backend tallied them; {@code by} null for groups of context. */
  public static List<TrendResult.Bucket> buckets(Map<Object, Counts> buckets, Facet by) {
    List<TrendResult.Bucket> out = new ArrayList<>();
    buckets.forEach((value, c) -> out.add(new TrendResult.Bucket(value, c.documents, c.occurrences, c.allDocuments,
        c.characters, c.characters == 0 ? 0 : c.occurrences * 1_000_000.0 / c.characters)));
    out.sort(order(by));
    return out;
  }

  /**
   * Years oldest first; bands of citing works from none up; other values by occurrences, then documents, then in code
   * point order; the null bucket last.
   */
  private static Comparator<TrendResult.Bucket> order(Facet by) {
    Comparator<TrendResult.Bucket> nullLast = Comparator.comparing(b -> b.value() == null);
    if (by == Facet.YEAR) {
      return nullLast.thenComparing(b -> b.value() == null ? 0 : (Integer) b.value());
    }
    if (by == Facet.CITED_BY) {
      return nullLast.thenComparing(b -> b.value() == null ? 0 : CitationBand.parse((String) b.value()).ordinal());
    }
    return nullLast
        .thenComparing(TrendResult.Bucket::occurrences, Comparator.reverseOrder())
        .thenComparing(TrendResult.Bucket::allDocuments, Comparator.reverseOrder())
        .thenComparing(b -> Objects.toString(b.value(), ""), org.policykb.text.CodePoints::compare);
  }

}
