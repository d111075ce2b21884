package org.policykb.query;

/**
 * The shape of relevance, the same on every engine: BM25 of each phrase's smartcn words, and, when
 * the title holds the phrase, BM25 of its words in the title, multiplied by {@link #TITLE_BOOST}.
 * Only term statistics go into a score (a phrase's would not be global on a sharded cluster).
 */
public final class Scoring {
  private Scoring() {}

  public static final float TITLE_BOOST = 2f;
}
