package org.policykb.query;

/**
 * Which documents a filter's dates keep, decided once for every engine. A document dated to the
 * day is kept when its day is in the range; one dated only to a year when its year is in the range
 * of years the days span; an undated one as {@link Filters.Undated} says.
 *
 * @param kind what kind of restriction this is
 * @param fromDay first epoch day kept, null for no lower bound (used by {@link Kind#RANGE})
 * @param toDay last epoch day kept, null for no upper bound
 * @param fromYear first year kept for a document with a year and no day, null for no lower bound
 * @param toYear last such year kept, null for no upper bound
 * @param withUndated whether a {@link Kind#RANGE} also keeps undated documents
 */
public record DatePlan(Kind kind, Long fromDay, Long toDay, Integer fromYear, Integer toYear, boolean withUndated) {
  public enum Kind {
    /** Every document: no date restriction. */
    ALL,
    /** Only documents without a year. */
    UNDATED,
    /** Only documents with a year. */
    DATED,
    /** A day range (a document with only a year by the years it spans), perhaps with the undated. */
    RANGE
  }

  public static DatePlan of(Filters f) {
    boolean range = f.hasDateRange();
    switch (f.undated()) {
      case ONLY -> {
        return new DatePlan(Kind.UNDATED, null, null, null, null, true);
      }
      case EXCLUDE -> {
        if (!range) {
          return new DatePlan(Kind.DATED, null, null, null, null, false);
        }
      }
      case INCLUDE -> {
        if (!range) {
          return new DatePlan(Kind.ALL, null, null, null, null, true);
        }
      }
    }
    return new DatePlan(Kind.RANGE,
        f.from() == null ? null : f.from().toEpochDay(), f.to() == null ? null : f.to().toEpochDay(),
        f.from() == null ? null : f.from().getYear(), f.to() == null ? null : f.to().getYear(),
        f.undated() == Filters.Undated.INCLUDE);
  }
}
