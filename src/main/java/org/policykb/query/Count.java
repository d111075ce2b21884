package org.policykb.query;

/**
 * What a total counts: {@code works} (default), each work once — the files and records of one text
 * ({@code org.policykb.index.Works}) are one, counted by the member whose text is shown — or
 * {@code files}, every file and record.
 */
public enum Count {
  WORKS,
  FILES;

  /** The {@code count} parameter; null or empty is {@link #WORKS}. */
  public static Count parse(String value) {
    return EnumParameter.parse(Count.class, "count", value, WORKS);
  }
}
