package org.policykb.research;

import java.util.Arrays;
import org.policykb.query.InvalidRequestException;
import org.policykb.search.Grams;
import org.policykb.search.SequenceSymbols;
import org.policykb.search.TextSequences;
import org.policykb.text.WordSegmenter;

/**
 * The n-grams of a subcorpus counted from its sequences ({@link TextSequences}): each n-gram's frequency, range,
 * and on request its dispersion (Gries's DP, by {@link Dispersion}'s rule) and its average reduced frequency (ARF,
 * Savický and Hlaváčová 2002). One rule for both engines, which only read the sequences from their indexes.
 *
 * <p>A unit counts when it is a word ({@link WordSegmenter#isWord}) or a letter or digit; anything else in a sequence
 * (punctuation, an empty position, a paragraph break) ends a run, and an n-gram is {@code n} units of one run. The
 * subcorpus's size is its units, and a document's share of it (DP) its own units. ARF reads the subcorpus as its
 * documents one after another in id order, the positions those of the units, and an n-gram at the position of its
 * first unit.
 *
 * <p>The n-grams are kept in an open-addressing table of their units' ids, not as strings: an n-gram's text is made
 * only for the n-grams listed.
 */
public final class NGramCounts {
  /** Distinct n-grams counted at most, so that a count never takes more memory than a server has to give. */
  static final int MAX_DISTINCT = maxDistinct();

  private final SequenceSymbols symbols;
  private final Grams.Unit unit;
  private final String generation;
  private final int n;
  private byte[] words = new byte[1024]; // a word id's kind, as found: 0 not yet, 1 a word, 2 not a word
  private long tokens;
  private long documents;
  // the table: keys n ints an entry, slots the entries' indexes (-1 free)
  private int[] keys;
  private int[] slots;
  private int size;
  private long[] frequency;
  private int[] range;
  private int[] lastDoc;
  private long[] covered;
  private long[] deviations;
  private double[] arfSums;
  private boolean dispersion;
  private boolean arf;

  private NGramCounts(TextSequences sequences, int n) {
    this.symbols = sequences.symbols();
    this.unit = sequences.unit();
    this.generation = sequences.generation();
    this.n = n;
    int capacity = 1 << 16;
    keys = new int[capacity * n];
    slots = new int[capacity * 2];
    Arrays.fill(slots, -1);
    frequency = new long[capacity];
    range = new int[capacity];
    lastDoc = new int[capacity];
  }

  /**
   * Counts the {@code grams.n()}-grams of {@code sequences}, reading them once, or twice for DP or ARF (which need an
   * n-gram's frequency first).
   *
   * @param arf whether ARF is computed: the sequences must have been asked for in id order
   * @throws InvalidRequestException when the subcorpus has more than {@link #MAX_DISTINCT} distinct n-grams
   */
  public static NGramCounts count(TextSequences sequences, Grams grams, boolean dispersion, boolean arf) {
    if (sequences.unit() != grams.unit()) {
      throw new IllegalArgumentException("sequences of " + sequences.unit() + " for n-grams of " + grams.unit());
    }
    NGramCounts c = new NGramCounts(sequences, grams.n());
    long[][] sizes = {new long[1024]};
    sequences.forEach((symbols, length) -> {
      int doc = (int) c.documents++;
      if (sizes[0].length == doc) {
        sizes[0] = Arrays.copyOf(sizes[0], doc * 2);
      }
      sizes[0][doc] = c.first(symbols, length, doc);
    });
    c.lastDoc = null; // only the first reading needs it
    if (dispersion || arf) {
      c.second(sequences, sizes[0], dispersion, arf);
    }
    return c;
  }

  /** The first reading: each n-gram's frequency and range; the document's units. */
  private long first(int[] symbols, int length, int doc) {
    long units = 0;
    int run = 0;
    for (int i = 0; i < length; i++) {
      if (!counts(symbols[i])) {
        run = 0;
        continue;
      }
      units++;
      if (++run >= n) {
        int e = add(symbols, i - n + 1);
        frequency[e]++;
        if (lastDoc[e] != doc + 1) {
          lastDoc[e] = doc + 1;
          range[e]++;
        }
      }
    }
    tokens += units;
    return units;
  }

  /** The second reading: each n-gram's deviation (DP) and its reduced frequency's sum (ARF), its frequency known. */
  private void second(TextSequences sequences, long[] sizes, boolean dispersion, boolean arf) {
    this.dispersion = dispersion;
    this.arf = arf;
    deviations = dispersion ? new long[size] : null;
    covered = dispersion ? new long[size] : null;
    arfSums = arf ? new double[size] : null;
    int[] inDoc = dispersion ? new int[size] : null;
    long[] firstAt = arf ? new long[size] : null;
    long[] lastAt = arf ? new long[size] : null;
    if (arf) {
      Arrays.fill(firstAt, -1);
    }
    int[][] touched = {new int[1024]};
    long[] offset = {0};
    int[] docs = {0};
    sequences.forEach((symbols, length) -> {
      int doc = docs[0]++;
      int touchedSize = 0;
      long unit = 0;
      int run = 0;
      for (int i = 0; i < length; i++) {
        if (!counts(symbols[i])) {
          run = 0;
          continue;
        }
        unit++;
        if (++run < n) {
          continue;
        }
        int e = find(symbols, i - n + 1);
        if (dispersion && inDoc[e]++ == 0) {
          if (touchedSize == touched[0].length) {
            touched[0] = Arrays.copyOf(touched[0], touchedSize * 2);
          }
          touched[0][touchedSize++] = e;
          covered[e] += sizes[doc];
        }
        if (arf) {
          long p = offset[0] + unit - n; // the position of its first unit
          if (firstAt[e] < 0) {
            firstAt[e] = p;
          } else {
            arfSums[e] += Math.min(p - lastAt[e], (double) tokens / frequency[e]);
          }
          lastAt[e] = p;
        }
      }
      for (int t = 0; t < touchedSize; t++) {
        int e = touched[0][t];
        deviations[e] += Dispersion.deviation(inDoc[e], sizes[doc], frequency[e], tokens);
        inDoc[e] = 0;
      }
      offset[0] += unit;
    });
    if (arf) {
      for (int e = 0; e < size; e++) {
        // from the last occurrence round to the first, as if the subcorpus were a circle
        arfSums[e] += Math.min(firstAt[e] + tokens - lastAt[e], (double) tokens / frequency[e]);
      }
    }
  }

  /** Whether a symbol is a unit of an n-gram: a word, or a letter or digit. */
  private boolean counts(int symbol) {
    if (symbol < 0) {
      return false;
    }
    if (unit == Grams.Unit.CHAR) {
      return Character.isLetterOrDigit(symbol);
    }
    if (symbol >= words.length) {
      words = Arrays.copyOf(words, Math.max(symbol + 1, words.length * 2));
    }
    if (words[symbol] == 0) {
      words[symbol] = WordSegmenter.isWord(symbols.symbol(symbol)) ? (byte) 1 : (byte) 2;
    }
    return words[symbol] == 1;
  }

  private int hash(int[] symbols, int start) {
    int h = 0;
    for (int k = 0; k < n; k++) {
      h = 31 * h + symbols[start + k];
    }
    return (h ^ (h >>> 16)) * 0x45d9f3b;
  }

  private int find(int[] symbols, int start) {
    int mask = slots.length - 1;
    for (int s = hash(symbols, start) & mask; ; s = (s + 1) & mask) {
      int e = slots[s];
      if (e < 0 || same(e, symbols, start)) {
        return e;
      }
    }
  }

  private int add(int[] symbols, int start) {
    int mask = slots.length - 1;
    int s = hash(symbols, start) & mask;
    for (; ; s = (s + 1) & mask) {
      int e = slots[s];
      if (e < 0) {
        break;
      }
      if (same(e, symbols, start)) {
        return e;
      }
    }
    if (size == MAX_DISTINCT) {
      throw new InvalidRequestException("the subcorpus has more than " + MAX_DISTINCT + " distinct " + n
          + "-grams, more than can be counted at once: narrow it, or count shorter n-grams");
    }
    if (size == frequency.length) {
      grow();
      return add(symbols, start);
    }
    int e = size++;
    System.arraycopy(symbols, start, keys, e * n, n);
    slots[s] = e;
    return e;
  }

  private boolean same(int e, int[] symbols, int start) {
    for (int k = 0; k < n; k++) {
      if (keys[e * n + k] != symbols[start + k]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int capacity = (int) Math.min((long) frequency.length * 2, MAX_DISTINCT);
    keys = Arrays.copyOf(keys, capacity * n);
    frequency = Arrays.copyOf(frequency, capacity);
    range = Arrays.copyOf(range, capacity);
    lastDoc = Arrays.copyOf(lastDoc, capacity);
    slots = new int[Integer.highestOneBit(capacity) * 4];
    Arrays.fill(slots, -1);
    int mask = slots.length - 1;
    for (int e = 0; e < size; e++) {
      int s = hash(keys, e * n) & mask;
      while (slots[s] >= 0) {
        s = (s + 1) & mask;
      }
      slots[s] = e;
    }
  }

  private static int maxDistinct() {
    // an entry takes about 4n + 40 bytes with its slots; a count may use a quarter of the heap
    long perEntry = 4L * 6 + 40;
    return (int) Math.max(1 << 20, Math.min(Integer.MAX_VALUE / 8, Runtime.getRuntime().maxMemory() / 4 / perEntry));
  }

  /** The subcorpus's size in units: words for word n-grams, letters and digits for character n-grams. */
  public long tokens() {
    return tokens;
  }

  public long documents() {
    return documents;
  }

  public String generation() {
    return generation;
  }

  /** How many bytes the counts hold, about: what keeping them costs. */
  public long bytes() {
    return (long) frequency.length * (4L * n + 16) + 4L * slots.length;
  }

  /** The distinct n-grams; an entry is {@code 0..size()-1}. */
  public int size() {
    return size;
  }

  public long frequency(int e) {
    return frequency[e];
  }

  public long range(int e) {
    return range[e];
  }

  /** DP of entry {@code e}; NaN when it was not asked for. */
  public double dp(int e) {
    return dispersion ? Dispersion.dp(frequency[e], covered[e], deviations[e], tokens) : Double.NaN;
  }

  /** ARF of entry {@code e}: between 1 (every occurrence in one place) and its frequency (evenly apart); NaN when not asked. */
  public double arf(int e) {
    return arf ? arfSums[e] / ((double) tokens / frequency[e]) : Double.NaN;
  }

  /** Entry {@code e}'s text: its words with a space between, or its characters. */
  public String text(int e) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0 && unit == Grams.Unit.WORD) {
        out.append(' ');
      }
      out.append(symbols.symbol(keys[e * n + k]));
    }
    return out.toString();
  }

  /** Unit {@code k} of entry {@code e}, as {@link #text} writes it. */
  public String unit(int e, int k) {
    return symbols.symbol(keys[e * n + k]);
  }

  /** Entries {@code a} and {@code b} in the code point order of their texts, without making them. */
  public int compareTexts(int a, int b) {
    for (int k = 0; k < n; k++) {
      int x = rank(keys[a * n + k]);
      int y = rank(keys[b * n + k]);
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  private int[] ranks;

  /**
   * A symbol's place in the code point order of the symbols: a character's code point; a word's rank among the words
   * (words a space joins compare as their texts do, a space coming before every character of a word).
   */
  private int rank(int symbol) {
    if (unit == Grams.Unit.CHAR) {
      return symbol;
    }
    if (ranks == null) {
      int max = 0;
      for (int i = 0; i < size * n; i++) {
        max = Math.max(max, keys[i]);
      }
      Integer[] order = new Integer[max + 1];
      for (int i = 0; i <= max; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> org.policykb.text.CodePoints.compare(symbols.symbol(x), symbols.symbol(y)));
      ranks = new int[max + 1];
      for (int i = 0; i <= max; i++) {
        ranks[order[i]] = i;
      }
    }
    return ranks[symbol];
  }

  /** The entry of an n-gram written as {@link #text} writes it; -1 when it does not occur. */
  public int find(String text) {
    int[] ids = new int[n];
    if (unit == Grams.Unit.WORD) {
      String[] parts = text.split(" ", -1);
      if (parts.length != n) {
        return -1;
      }
      for (int k = 0; k < n; k++) {
        ids[k] = symbols.id(parts[k]);
      }
    } else {
      int[] cps = text.codePoints().toArray();
      if (cps.length != n) {
        return -1;
      }
      ids = cps;
    }
    for (int id : ids) {
      if (id < 0) {
        return -1;
      }
    }
    return find(ids, 0);
  }
}
