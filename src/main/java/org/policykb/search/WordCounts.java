package org.policykb.search;

import java.util.Map;

/**
 * The words of a subcorpus as an engine's index counts them (the index's word field, only the terms
 * that are words): each word's frequency, its range (the documents it occurs in) and its dispersion over the
 * documents (Gries's DP, computed by the research package's Dispersion), with the subcorpus's size in words and documents.
 *
 * @param words every word that occurs in the subcorpus
 */
public record WordCounts(long tokens, long documents, Map<String, Word> words, String generation) {
  /** One word's figures in the subcorpus; {@code dp} is null when it was not asked for. */
  public record Word(long frequency, long range, Double dp) {}
}
