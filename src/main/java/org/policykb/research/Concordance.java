package org.policykb.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.policykb.model.PolicyDocument;
import org.policykb.query.InvalidRequestException;
import org.policykb.query.ParsedQuery;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.text.CodePoints;
import org.policykb.text.ContextKeys;
import org.policykb.text.Occurrence;
import org.policykb.text.QueryOccurrences;
import org.policykb.text.Snippet;
import org.policykb.text.SnippetFormatter;

/**
 * Keyword in context over the whole collection: every occurrence of the query's phrases in every
 * document the query and the filters let take part, as lines in document order or sorted by the
 * context next to the match. Totals always count every line, whatever part of them is wanted.
 */
public final class Concordance {
  private Concordance() {}

  /** Totals of a run; the lines went to the sink. */
  public record Totals(long occurrences, long documents) {}

  /**
   * The documents that take part, oldest first (the order {@link org.policykb.query.DocumentOrder} states), handed to
   * {@code work} and its results to {@code sink} in that order: how a backend reads them is its own.
   */
  public interface Documents {
    <T> void forEach(Function<PolicyDocument, T> work, Consumer<T> sink);
  }

  /** A concordance over documents a backend reads itself, in document order or sorted by context. */
  public static Totals over(Documents documents, ParsedQuery query, ConcordanceRequest request, Consumer<ConcordanceLine> sink) {
    return request.sort() != ConcordanceRequest.Order.DOC
        ? sortedByContext(documents, query, request, sink)
        : inDocumentOrder(documents, query, request, sink);
  }

  /** Streams: only the wanted lines are cut, every occurrence is counted. */
  private static Totals inDocumentOrder(
      Documents docs, ParsedQuery query, ConcordanceRequest r, Consumer<ConcordanceLine> sink) {
    long[] seen = {0};
    long[] documents = {0};
    long end = r.limit() == Long.MAX_VALUE ? Long.MAX_VALUE : r.offset() + r.limit();
    docs.forEach(d -> new Found(d, lines(d.text(), query, r)), found -> {
      if (r.collocate() == null || !found.occurrences().isEmpty()) {
        documents[0]++;
      }
      for (Occurrence o : found.occurrences()) {
        long n = seen[0]++;
        if (n >= r.offset() && n < end) {
          sink.accept(line(found.document(), o, r.window()));
        }
      }
    });
    return new Totals(seen[0], documents[0]);
  }

  /**
   * A page in document order cut from each document's count of lines, counted by an engine without reading texts
   * (postings, the shards' scores) in the documents' order: only the documents that hold the page's lines are read.
   * Valid without a collocate filter, where every occurrence is a line; a page without a limit reaches the last line.
   */
  public static final class CountedPage {
    private final ConcordanceRequest request;
    private final long end;
    private long lines;
    private long first = -1;

    public CountedPage(ConcordanceRequest request) {
      this.request = request;
      this.end = request.limit() == Long.MAX_VALUE ? Long.MAX_VALUE : request.offset() + request.limit();
    }

    /** Counts the next document's lines: whether it holds lines of the page, and is to be read. */
    public boolean holds(long documentLines) {
      boolean holds = lines + documentLines > request.offset() && lines < end;
      if (holds && first < 0) {
        first = lines;
      }
      lines += documentLines;
      return holds;
    }

    /** Every line counted. */
    public long lines() {
      return lines;
    }

    /** Cuts the page's lines, to {@code sink}, from the documents {@link #holds} kept, read in the same order. */
    public void cut(Documents kept, ParsedQuery query, Consumer<ConcordanceLine> sink) {
      long[] line = {Math.max(0, first)};
      kept.forEach(d -> new Found(d, QueryOccurrences.find(d.text(), query)), found -> {
        for (Occurrence o : found.occurrences()) {
          long n = line[0]++;
          if (n >= request.offset() && n < end) {
            sink.accept(line(found.document(), o, request.window()));
          }
        }
      });
    }
  }

  /**
   * What a concordance sorted by context needs from an engine that has its lines' keys
   * ({@link ContextKeys}) without reading the texts: the keys first, then only the documents that
   * hold the lines asked for.
   */
  public interface Sortable extends Documents {
    /** Every line's key, the documents in their order and each one's lines in text order. */
    Keys keys(boolean left);

    /**
     * {@link #forEach(Function, Consumer)} over the documents at these indexes of the order
     * (ascending), handed to {@code sink} in whatever order the engine reads them fastest;
     * {@code work} is also given the document's index.
     */
    <T> void forEach(int[] indexes, BiFunction<Integer, PolicyDocument, T> work, Consumer<T> sink);
  }

  /**
   * The lines' keys: document {@code i} of the order holds lines {@code starts[i]} up to
   * {@code starts[i + 1]}, whose keys are {@code keys[starts[i]]}…; {@code starts} has one more entry
   * than there are documents; {@code characters[i]} is document {@code i}'s length in characters (code points),
   * what hits grouped by context are per million of.
   */
  public record Keys(String[] keys, int[] starts, long[] characters) {
    public int documents() {
      return starts.length - 1;
    }

    /** Documents that hold at least one line. */
    public int withLines() {
      int n = 0;
      for (int i = 0; i + 1 < starts.length; i++) {
        if (starts[i + 1] > starts[i]) {
          n++;
        }
      }
      return n;
    }
  }

  /**
   * Every line's key is read and sorted (up to {@link ConcordanceRequest#maxSortedLines()} lines); only
   * the lines wanted are cut, a bounded number at a time ({@link ConcordanceRequest#linesHeld()}), each
   * from its document's text.
   */
  private static Totals sortedByContext(
      Documents docs, ParsedQuery query, ConcordanceRequest r, Consumer<ConcordanceLine> sink) {
    Sortable sortable = docs instanceof Sortable s ? s : new FromTexts(docs, query, r);
    Keys keys = sortable.keys(r.sort() == ConcordanceRequest.Order.LEFT);
    String[] k = keys.keys();
    if (k.length > r.maxSortedLines()) {
      throw tooManyToSort(r, k.length);
    }
    int[] order = CodePoints.sortedIndexes(k); // equal keys stay in document order
    long end = r.limit() == Long.MAX_VALUE ? k.length : Math.min(k.length, r.offset() + r.limit());
    // lines cut in several rounds visit a document in each round that holds one of its lines: its
    // occurrences are found once (a scan of its whole text) and kept for the later rounds
    long[][] found = end - r.offset() > r.linesHeld() ? new long[keys.documents()][] : null;
    for (long from = r.offset(); from < end; from += r.linesHeld()) {
      cut(sortable, keys.starts(), order, (int) from, (int) Math.min(end, from + r.linesHeld()), query, r, found)
          .forEach(sink);
    }
    return new Totals(k.length, r.collocate() == null ? keys.documents() : keys.withLines());
  }

  /**
   * The lines of sorted ranks {@code from…to}, in that order, each cut from its document's text.
   *
   * @param kept each document's occurrences (packed start and end) once found, by index; null to keep none
   */
  private static List<ConcordanceLine> cut(Sortable docs, int[] starts, int[] order, int from, int to, ParsedQuery query,
      ConcordanceRequest r, long[][] kept) {
    int[] lines = new int[to - from]; // the lines wanted, by their place in document order
    for (int i = from; i < to; i++) {
      lines[i - from] = order[i];
    }
    Arrays.sort(lines);
    int[] indexes = new int[lines.length]; // their documents, and where each one's lines begin in lines
    int[] firstLine = new int[lines.length + 1];
    int documents = 0;
    for (int p = 0; p < lines.length; p++) {
      int d = documentOf(starts, lines[p]);
      if (documents == 0 || indexes[documents - 1] != d) {
        indexes[documents] = d;
        firstLine[documents++] = p;
      }
    }
    firstLine[documents] = lines.length;
    int[] wanted = Arrays.copyOf(indexes, documents);
    ConcordanceLine[] cut = new ConcordanceLine[lines.length]; // by place in lines
    docs.forEach(wanted, (d, document) -> {
      int j = Arrays.binarySearch(wanted, d);
      List<Occurrence> found;
      if (kept != null && kept[d] != null) {
        found = unpack(kept[d]);
      } else {
        found = lines(document.text(), query, r);
        if (kept != null) {
          kept[d] = pack(found); // this round's task alone writes entry d; the next round reads it after this one ends
        }
      }
      ConcordanceLine[] out = new ConcordanceLine[firstLine[j + 1] - firstLine[j]];
      for (int p = firstLine[j]; p < firstLine[j + 1]; p++) {
        int ordinal = lines[p] - starts[d];
        if (ordinal >= found.size()) {
          throw new IllegalStateException("document " + document.id() + " holds " + found.size()
              + " occurrences and its index " + (starts[d + 1] - starts[d]));
        }
        out[p - firstLine[j]] = line(document, found.get(ordinal), r.window());
      }
      return new Cut(firstLine[j], out);
    }, c -> System.arraycopy(c.lines(), 0, cut, c.first(), c.lines().length));
    List<ConcordanceLine> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(cut[Arrays.binarySearch(lines, order[i])]);
    }
    return out;
  }

  private static long[] pack(List<Occurrence> found) {
    long[] packed = new long[found.size()];
    for (int i = 0; i < packed.length; i++) {
      packed[i] = (long) found.get(i).start() << 32 | found.get(i).end();
    }
    return packed;
  }

  private static List<Occurrence> unpack(long[] packed) {
    List<Occurrence> found = new ArrayList<>(packed.length);
    for (long p : packed) {
      found.add(new Occurrence((int) (p >>> 32), (int) p));
    }
    return found;
  }

  /** One document's lines, cut: they go to {@code first} and on in the lines wanted. */
  private record Cut(int first, ConcordanceLine[] lines) {}

  /** The document index whose lines include {@code line}: the last start at or before it. */
  private static int documentOf(int[] starts, int line) {
    int lo = 0;
    int hi = starts.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= line) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * The keys of an engine that reads texts to find occurrences: every matching text is read once for
   * the keys, and the documents of the lines wanted once more — here by reading every text again and
   * keeping those; an engine that can fetch documents by id overrides {@link #forEach(int[], BiFunction, Consumer)}
   * with {@link #ids} or {@link #indexesById}.
   */
  public static class FromTexts implements Sortable {
    private final Documents documents;
    private final ParsedQuery query;
    private final ConcordanceRequest request;
    private final List<String> ids = new ArrayList<>();

    public FromTexts(Documents documents, ParsedQuery query, ConcordanceRequest request) {
      this.documents = documents;
      this.query = query;
      this.request = request;
    }

    @Override
    public Keys keys(boolean left) {
      List<String> keys = new ArrayList<>();
      List<Integer> starts = new ArrayList<>(List.of(0));
      List<Long> characters = new ArrayList<>();
      long[] total = {0};
      documents.forEach(d -> {
        List<Occurrence> found = lines(d.text(), query, request);
        String[] out = new String[found.size()];
        ContextKeys k = found.isEmpty() ? null : ContextKeys.of(d.text());
        for (int i = 0; i < out.length; i++) {
          out[i] = left ? k.left(found.get(i)) : k.right(found.get(i));
        }
        return new DocumentKeys(d.id(), out, d.textChars());
      }, found -> {
        String[] out = found.keys();
        total[0] += out.length;
        if (total[0] <= request.maxSortedLines()) { // beyond it, only counted for the message
          ids.add(found.id());
          keys.addAll(Arrays.asList(out));
          starts.add(keys.size());
          characters.add(found.characters());
        }
      });
      if (total[0] > request.maxSortedLines()) {
        throw tooManyToSort(request, total[0]);
      }
      return new Keys(keys.toArray(String[]::new), starts.stream().mapToInt(Integer::intValue).toArray(),
          characters.stream().mapToLong(Long::longValue).toArray());
    }

    @Override
    public <T> void forEach(Function<PolicyDocument, T> work, Consumer<T> sink) {
      documents.forEach(work, sink);
    }

    /** One document's lines' keys. */
    private record DocumentKeys(String id, String[] keys, long characters) {}

    /** The ids of the documents at these indexes of the order, once {@link #keys} has read them. */
    protected final List<String> ids(int[] indexes) {
      List<String> out = new ArrayList<>(indexes.length);
      for (int i : indexes) {
        out.add(ids.get(i));
      }
      return out;
    }

    @Override
    public <T> void forEach(int[] indexes, BiFunction<Integer, PolicyDocument, T> work, Consumer<T> sink) {
      Map<String, Integer> wanted = indexesById(indexes);
      documents.forEach(d -> wanted.containsKey(d.id()) ? Optional.of(work.apply(wanted.get(d.id()), d)) : Optional.<T>empty(),
          result -> result.ifPresent(sink));
    }

    /** The documents at these indexes of the order: each one's index by its id. */
    protected final Map<String, Integer> indexesById(int[] indexes) {
      Map<String, Integer> out = new HashMap<>();
      for (int i : indexes) {
        out.put(ids.get(i), i);
      }
      return out;
    }
}

  /**
   * The refusal of a context sort of {@code lines} lines, more than {@link ConcordanceRequest#maxSortedLines()}:
   * an engine that can count the lines before reading them refuses with it at once.
   */
  public static TooManyLines tooManyToSort(ConcordanceRequest r, long lines) {
    return new TooManyLines(
        "sort=" + r.sort().name().toLowerCase(java.util.Locale.ROOT) + " can order at most "
            + r.maxSortedLines() + " lines and this concordance has " + lines
            + "; narrow it (from/to, source, park, cites, or a longer phrase) or use sort=doc, which has no limit", lines);
  }

  /** A context sort refused for its lines, more than it may order; what else reads its keys says so in its own words. */
  public static final class TooManyLines extends InvalidRequestException {
    private final long lines;

    TooManyLines(String message, long lines) {
      super(message);
      this.lines = lines;
    }

    public long lines() {
      return lines;
    }
  }

  public record Found(PolicyDocument document, List<Occurrence> occurrences) {}

  /**
   * The occurrences of {@code query} in {@code text} that are lines of {@code r}: all of them, or with a
   * collocate filter those whose collocates window holds it ({@link Collocates#near}).
   */
  public static List<Occurrence> lines(String text, ParsedQuery query, ConcordanceRequest r) {
    List<Occurrence> found = QueryOccurrences.find(text, query);
    return r.collocate() == null || found.isEmpty() ? found : Collocates.shared().near(text, found, r.collocate());
  }

  /** The line of occurrence {@code o} in {@code d}, with {@code window} characters of context each side. */
  public static ConcordanceLine line(PolicyDocument d, Occurrence o, int window) {
    Snippet s = SnippetFormatter.snippet(d, o, window);
    org.policykb.model.Page page = d.pageOf(o.start());
    return new ConcordanceLine(d.id(), d.title(), d.date(), d.year(), d.source(), s.start(), s.end(), s.left(), s.match(),
        s.right(), s.page(), page == null ? null : page.ocrConfidence());
  }
}
