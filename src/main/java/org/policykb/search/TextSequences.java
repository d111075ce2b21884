package org.policykb.search;

/**
 * A subcorpus's texts as an engine's index holds them, document by document, as sequences of symbols: for
 * {@link Grams.Unit#CHAR} the exact field's folded code points (a paragraph break is {@code 0}), for
 * {@link Grams.Unit#WORD} the word field's terms by position (an empty position is {@code -1}), each term an id of
 * this object's own ({@link #symbol}). What n-grams are counted from (the research package's NGramCounter); the
 * engine reads them from its index, never from stored texts where it holds them otherwise.
 */
public interface TextSequences {
  /** The symbol of an empty position in a word sequence. */
  int EMPTY = -1;

  /** One document's sequence: {@code symbols[0..length)}; the array is the engine's, reused for the next document. */
  @FunctionalInterface
  interface Visitor {
    void document(int[] symbols, int length);
  }

  Grams.Unit unit();

  String generation();

  /**
   * Visits every document of the subcorpus once, in the order the engine was asked for; each call visits them again,
   * in the same order, with the same ids.
   */
  void forEach(Visitor visitor);

  /** The symbols' ids, which outlive the sequences (a count keeps them, not the index they were read from). */
  SequenceSymbols symbols();

  /** The text of symbol {@code id}: a term, or a code point's character. */
  default String symbol(int id) {
    return symbols().symbol(id);
  }

  /** The id of a term (a code point for characters); {@link #EMPTY} when no visited document has it. */
  default int id(String symbol) {
    return symbols().id(symbol);
  }
}
