package org.policykb.query;

/**
 * {@code A NEAR/n B}: phrases A and B, in either order and not overlapping, with at most
 * {@code distance} indexed characters (folded code points) between the end of one and the start of
 * the other, in one paragraph; its occurrences are {@code text.NearSpans}'.
 */
public record NearTerm(QueryTerm a, QueryTerm b, int distance) {
  public static final int MAX_DISTANCE = 1000;

  public NearTerm {
    if (distance < 0 || distance > MAX_DISTANCE) {
      throw new QuerySyntaxException("NEAR/" + distance + ": the distance must be 0.." + MAX_DISTANCE);
    }
  }

  @Override
  public String toString() {
    return a + " NEAR/" + distance + " " + b;
  }
}
