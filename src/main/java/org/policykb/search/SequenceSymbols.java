package org.policykb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbols of an engine's {@link TextSequences}: a character is its code point; a term gets an id the first time
 * the engine meets it, kept for every later reading, so that both readings of a count see the same ids.
 */
public final class SequenceSymbols {
  private final Grams.Unit unit;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();

  public SequenceSymbols(Grams.Unit unit) {
    this.unit = unit;
  }

  /** The id of a term the engine met, given it when it is new. */
  public int idOf(String term) {
    Integer id = ids.get(term);
    if (id == null) {
      id = terms.size();
      ids.put(term, id);
      terms.add(term);
    }
    return id;
  }

  /** {@link TextSequences#symbol}. */
  public String symbol(int id) {
    return unit == Grams.Unit.CHAR ? Character.toString(id) : terms.get(id);
  }

  /** {@link TextSequences#id}. */
  public int id(String symbol) {
    if (unit == Grams.Unit.CHAR) {
      return symbol.codePointCount(0, symbol.length()) == 1 ? symbol.codePointAt(0) : TextSequences.EMPTY;
    }
    return ids.getOrDefault(symbol, TextSequences.EMPTY);
  }
}
