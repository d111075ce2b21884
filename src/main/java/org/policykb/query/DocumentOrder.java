package org.policykb.query;

import java.util.List;

/**
 * The orders of documents, stated once for every engine. A document with only a year sorts with its
 * year, after the documents of that year that have a full date; a document without a value of a key
 * sorts after those with one, whichever the direction; ties are broken by id.
 */
public record DocumentOrder(List<Key> keys) {
  /** What a key sorts by. */
  public enum By {
    YEAR,
    DATE,
    SCORE,
    ID,
    /** How many works cite the document's work ({@code cited_by}, set by the build). */
    CITED_BY
  }

  /** One key of an order; a missing value sorts last in either direction. */
  public record Key(By by, boolean descending) {}

  public DocumentOrder {
    keys = List.copyOf(keys);
  }

  /** Newest first ({@code sort=date} of search), then by score. */
  public static final DocumentOrder NEWEST_FIRST = new DocumentOrder(List.of(
      new Key(By.YEAR, true), new Key(By.DATE, true), new Key(By.SCORE, true), new Key(By.ID, false)));

  /** Oldest first ({@code sort=date_asc} of search), then by score. */
  public static final DocumentOrder OLDEST_FIRST_THEN_SCORE = new DocumentOrder(List.of(
      new Key(By.YEAR, false), new Key(By.DATE, false), new Key(By.SCORE, true), new Key(By.ID, false)));

  /** Oldest first: the document order of concordances. */
  public static final DocumentOrder OLDEST_FIRST = new DocumentOrder(List.of(
      new Key(By.YEAR, false), new Key(By.DATE, false), new Key(By.ID, false)));

  /** Most cited first ({@code sort=cited_by} of search), then by score. */
  public static final DocumentOrder MOST_CITED = new DocumentOrder(List.of(
      new Key(By.CITED_BY, true), new Key(By.SCORE, true), new Key(By.ID, false)));

  /** By relevance, ties by id. */
  public static final DocumentOrder RELEVANCE = new DocumentOrder(List.of(new Key(By.SCORE, true), new Key(By.ID, false)));

  /** By id: a sample or a scan that does not depend on how an index is laid out. */
  public static final DocumentOrder BY_ID = new DocumentOrder(List.of(new Key(By.ID, false)));
}
