package org.policykb;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The tests' own reading of {@code A NEAR/n B}, written from the README's sentence and sharing no
 * code with the product: the text is folded code point by code point (NFKC, lower case,
 * Traditional→Simplified; whitespace, controls, format characters and soft punctuation dropped) and
 * cut into paragraphs at every blank line; A and B occur in one paragraph, do not overlap, and at
 * most n folded characters lie between them. The occurrences are found by trying every pair; the
 * spans counted are the pairs' spans that hold no other, taken from the left without overlap.
 *
 * <p>Also draws pairs from texts (near, touching, overlapping, across a paragraph break, the same
 * phrase twice, one character) and writes generated documents over a small alphabet, where
 * phrases repeat, overlap themselves and touch often.
 */
public final class NearReference {
  private static final String SOFT = "\"'“”‘’‚‛„‟「」『』﹁﹂﹃﹄〝〞〟《》〈〉<>«»‹›()（）[]［］【】〔〕〖〗{}｛｝⦅⦆｟｠·・‧•∙";
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");

  /** A text as folded characters, each with its paragraph and the span of the text it came from. */
  public static final class Folded {
    final int[] cps;
    final int[] paragraph;
    final int[] from;
    final int[] to;

    private Folded(int[] cps, int[] paragraph, int[] from, int[] to) {
      this.cps = cps;
      this.paragraph = paragraph;
      this.from = from;
      this.to = to;
    }

    public int size() {
      return cps.length;
    }

    public String folded(int start, int end) {
      return new String(cps, start, end - start);
    }

    /** The text's characters from folded character {@code start} to the end of {@code end - 1}. */
    public String original(String text, int start, int end) {
      return text.substring(from[start], to[end - 1]);
    }

    public int paragraphOf(int i) {
      return paragraph[i];
    }

    /** Folded character {@code i}. */
    public int codePoint(int i) {
      return cps[i];
    }

    /** Where the character folded character {@code i} came from starts in the text. */
    public int from(int i) {
      return from[i];
    }

    /** Where the character folded character {@code i} came from ends in the text. */
    public int to(int i) {
      return to[i];
    }
  }

  /** One occurrence of a pair, as a span of the text. */
  public record Span(int start, int end) {}

  private NearReference() {}

  private static final java.util.Map<Integer, String> FOLDS = new java.util.concurrent.ConcurrentHashMap<>();

  public static String fold(int cp) {
    return FOLDS.computeIfAbsent(cp, NearReference::computeFold);
  }

  private static synchronized String computeFold(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
        || Character.getType(cp) == Character.CONTROL || SOFT.indexOf(cp) >= 0) {
      return "";
    }
    String s = T2S.transliterate(NFKC.normalize(new String(Character.toChars(cp))).toLowerCase(Locale.ROOT));
    StringBuilder kept = new StringBuilder();
    s.codePoints().filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || SOFT.indexOf(c) >= 0))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  public static Folded fold(String text) {
    List<int[]> out = new ArrayList<>();
    int paragraph = 0;
    for (int i = 0; i < text.length(); ) {
      if (text.startsWith("\n\n", i)) {
        paragraph++;
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      final int p = paragraph;
      final int at = i;
      fold(cp).codePoints().forEach(c -> out.add(new int[] {c, p, at, next}));
      i = next;
    }
    return new Folded(
        out.stream().mapToInt(e -> e[0]).toArray(), out.stream().mapToInt(e -> e[1]).toArray(),
        out.stream().mapToInt(e -> e[2]).toArray(), out.stream().mapToInt(e -> e[3]).toArray());
  }

  public static int[] foldPhrase(String phrase) {
    StringBuilder b = new StringBuilder();
    phrase.codePoints().forEach(cp -> b.append(fold(cp)));
    return b.codePoints().toArray();
  }

  /**
   * The README's key of a concordance line sorted by context: the folded characters next to the
   * match at text offsets {@code start…end}, read outward from it, a paragraph break read as -1
   * (below every character), at most 16 of them.
   */
  public static List<Integer> contextKey(Folded f, int start, int end, boolean left) {
    List<Integer> key = new ArrayList<>();
    if (left) {
      int j = firstWhere(f.size(), i -> f.to(i) > start) - 1; // the last character that ends by the match's start
      for (; j >= 0 && key.size() < 16; j--) {
        if (j + 1 < f.size() && f.paragraphOf(j) != f.paragraphOf(j + 1)) {
          key.add(-1);
          if (key.size() == 16) {
            break;
          }
        }
        key.add(f.codePoint(j));
      }
    } else {
      int j = firstWhere(f.size(), i -> f.from(i) >= end); // the first character from the match's end on
      for (; j < f.size() && key.size() < 16; j++) {
        if (j > 0 && f.paragraphOf(j) != f.paragraphOf(j - 1)) {
          key.add(-1);
          if (key.size() == 16) {
            break;
          }
        }
        key.add(f.codePoint(j));
      }
    }
    return key;
  }

  /** The first index below {@code n} where a property that holds from some index on holds; n if none. */
  private static int firstWhere(int n, java.util.function.IntPredicate holds) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (holds.test(mid)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Keys in code point order, a shorter one before the longer ones it begins. */
  public static int compareKeys(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return Integer.compare(a.get(i), b.get(i));
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** Every document a build indexed, read back from the engine: its text, and the text folded. */
  public static void readBack(org.policykb.index.BuildReport built, org.policykb.search.SearchBackend engine,
      java.util.Map<String, String> texts, java.util.Map<String, Folded> folded) {
    for (var r : built.results()) {
      if (r.status() == org.policykb.ingest.IngestResult.Status.OK) {
        org.policykb.model.PolicyDocument d = engine.document(r.id());
        texts.put(d.id(), d.text());
        folded.put(d.id(), fold(d.text()));
      }
    }
  }

  /** The pair's occurrences in the text, left to right. */
  public static List<Span> spans(String text, String a, String b, int distance) {
    return spans(fold(text), foldPhrase(a), foldPhrase(b), distance);
  }

  public static List<Span> spans(Folded t, int[] a, int[] b, int distance) {
    int[] as = starts(t, a).stream().mapToInt(Integer::intValue).toArray();
    int[] bs = starts(t, b).stream().mapToInt(Integer::intValue).toArray();
    boolean same = Arrays.equals(a, b);
    java.util.Set<Long> pairs = new java.util.HashSet<>(); // every pair's span: first index, end index (exclusive)
    for (int x : as) {
      // only a B within reach of x can pair with it: those starting from x - distance - |B| on
      int from = Arrays.binarySearch(bs, x - distance - b.length);
      for (int k = from < 0 ? -from - 1 : from; k < bs.length && bs[k] <= x + a.length + distance; k++) {
        int y = bs[k];
        if (same && x == y || t.paragraph[x] != t.paragraph[y]) {
          continue;
        }
        int xe = x + a.length;
        int ye = y + b.length;
        if (y >= xe && y - xe <= distance) {
          pairs.add(((long) x << 32) | ye);
        } else if (x >= ye && x - ye <= distance) {
          pairs.add(((long) y << 32) | xe);
        }
      }
    }
    // the spans holding no other: by start from the right (the shorter first at one start), a span is
    // one when every span seen so far ends after it
    List<int[]> all = new ArrayList<>();
    pairs.forEach(p -> all.add(new int[] {(int) (p >>> 32), (int) (long) p}));
    all.sort(Comparator.<int[]>comparingInt(s -> -s[0]).thenComparingInt(s -> s[1]));
    List<int[]> shortest = new ArrayList<>();
    int minEnd = Integer.MAX_VALUE;
    for (int[] s : all) {
      if (minEnd > s[1]) {
        shortest.add(s);
      }
      minEnd = Math.min(minEnd, s[1]);
    }
    shortest.sort(Comparator.comparingInt(s -> s[0]));
    List<Span> out = new ArrayList<>();
    int free = 0;
    for (int[] s : shortest) {
      if (s[0] >= free) {
        out.add(new Span(t.from[s[0]], t.to[s[1] - 1]));
        free = s[1];
      }
    }
    return out;
  }

  private static List<Integer> starts(Folded t, int[] phrase) {
    List<Integer> out = new ArrayList<>();
    outer:
    for (int i = 0; i + phrase.length <= t.cps.length; i++) {
      for (int k = 0; k < phrase.length; k++) {
        if (t.cps[i + k] != phrase[k] || t.paragraph[i + k] != t.paragraph[i]) {
          continue outer;
        }
      }
      out.add(i);
    }
    return out;
  }

  /** Every document an engine matches for {@code q}, with its count of occurrences, over all pages. */
  /** Filters that keep every document: each file of a work counts. */
  public static final org.policykb.query.Filters FILES =
      org.policykb.query.Filters.NONE.withCount(org.policykb.query.Count.FILES);

  public static java.util.Map<String, Integer> hits(org.policykb.search.SearchBackend engine, String q) {
    java.util.Map<String, Integer> out = new java.util.TreeMap<>();
    int size = org.policykb.search.SearchRequest.MAX_SIZE;
    for (int page = 1; ; page++) {
      // every document, each file of a work too: the reference reads them all
      var r = engine.search(new org.policykb.search.SearchRequest(q, page, size, org.policykb.search.SearchRequest.Sort.RELEVANCE,
          FILES, java.util.Set.of(), org.policykb.query.Facet.DEFAULT_SIZE));
      r.hits().forEach(h -> out.put(h.id(), h.occurrences()));
      if ((long) page * size >= r.total()) {
        return out;
      }
    }
  }

  /** A NEAR query drawn from the texts: its two phrases as typed and its distance. */
  public record Pair(String a, String b, int distance) {
    public String query() {
      return "\"" + a + "\" NEAR/" + distance + " \"" + b + "\"";
    }
  }

  /**
   * A pair drawn from one of the texts: B near A, touching it, overlapping it, in the next
   * paragraph, the same phrase, or from another text; phrases of 1–6 characters, typed as the text
   * has them or folded. Null when the draw fell on a place that gives no usable pair.
   */
  public static Pair draw(Random random, List<String> texts, List<Folded> folded) {
    int d = random.nextInt(texts.size());
    String text = texts.get(d);
    Folded t = folded.get(d);
    if (t.size() < 8) {
      return null;
    }
    int la = random.nextInt(10) == 0 ? 1 : 2 + random.nextInt(5);
    int lb = random.nextInt(10) == 0 ? 1 : 2 + random.nextInt(5);
    int i = random.nextInt(t.size() - la);
    if (!inOneParagraph(t, i, la)) {
      return null;
    }
    String a = phrase(random, text, t, i, la);
    int kind = random.nextInt(10);
    int j;
    int distance;
    if (kind < 5) { // after A, a few characters on
      int gap = random.nextInt(14);
      j = i + la + gap;
      distance = random.nextInt(3) == 0 ? gap : random.nextInt(2 * gap + 2);
    } else if (kind < 7) { // overlapping A, often on its last character
      j = random.nextBoolean() ? i + la - 1 : i + random.nextInt(la);
      distance = random.nextInt(20);
    } else if (kind == 7) { // the next paragraph's first characters
      j = i;
      while (j < t.size() && t.paragraph[j] == t.paragraph[i]) {
        j++;
      }
      distance = random.nextBoolean() ? 1000 : random.nextInt(60);
    } else if (kind == 8) {
      return new Pair(a, a, random.nextInt(40));
    } else { // from anywhere in another text
      int e = random.nextInt(texts.size());
      Folded other = folded.get(e);
      if (other.size() < lb + 1) {
        return null;
      }
      int k = random.nextInt(other.size() - lb);
      if (!inOneParagraph(other, k, lb)) {
        return null;
      }
      int reach = la > 1 && lb > 1 ? 1001 : 60;
      return new Pair(a, phrase(random, texts.get(e), other, k, lb), random.nextInt(reach));
    }
    if (j < 0 || j + lb > t.size() || !inOneParagraph(t, j, lb)) {
      return null;
    }
    return new Pair(a, phrase(random, text, t, j, lb), distance);
  }

  private static boolean inOneParagraph(Folded t, int i, int n) {
    return t.paragraph[i] == t.paragraph[i + n - 1];
  }

  /** The phrase at folded characters i…i+n, as the text has it or folded; null if it cannot be quoted. */
  private static String phrase(Random random, String text, Folded t, int i, int n) {
    String original = t.original(text, i, i + n);
    boolean typed = random.nextBoolean() && original.indexOf('"') < 0 && original.indexOf('\n') < 0
        && Arrays.equals(foldPhrase(original), t.folded(i, i + n).codePoints().toArray());
    return typed ? original : t.folded(i, i + n);
  }

  /**
   * Writes {@code count} generated documents into {@code dir}: paragraphs over a 12-character
   * alphabet with soft punctuation, spaces, full-width and traditional forms between them, so that
   * phrases repeat, overlap and touch at every distance.
   */
  public static void writeGenerated(Path dir, int count, long seed) throws IOException {
    Random random = new Random(seed);
    String[] pieces = {"发", "展", "经", "济", "创", "新", "数", "字", "实", "体", "國", "產", "，", "。", " ", "“", "”", "《", "》", "Ａ", "a"};
    for (int d = 0; d < count; d++) {
      StringBuilder text = new StringBuilder("生成文档" + d + "\n\n");
      int paragraphs = 1 + random.nextInt(6);
      for (int p = 0; p < paragraphs; p++) {
        int length = 5 + random.nextInt(160);
        for (int c = 0; c < length; c++) {
          text.append(pieces[random.nextInt(random.nextInt(4) == 0 ? pieces.length : 12)]);
        }
        text.append("。\n\n");
      }
      Files.writeString(dir.resolve("near_gen_" + d + ".txt"), text, StandardCharsets.UTF_8);
    }
  }
}
