package org.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.policykb.model.PolicyDocument;

/**
 * Keyword in context over the whole collection: every occurrence of the query's phrases in every
 * document the query and the filters let take part, as lines in document order or sorted by the
 * context next to the match. Totals always count every line, whatever part of them is wanted.
 */
final class Concordance {
  private final DocumentScan scan;
  private final IndexSearcher searcher;
  private final ParsedQuery query;
  private final Query documents;

  /**
   * @param documents the documents that take part: the query's matches under the filters
   */
  Concordance(DocumentScan scan, IndexSearcher searcher, ParsedQuery query, Query documents) {
    this.scan = scan;
    this.searcher = searcher;
    this.query = query;
    this.documents = documents;
  }

  /** Totals of a run; the lines went to the sink. */
  record Totals(long occurrences, long documents) {}

  /**
   * The documents that take part, oldest first ({@link DocumentOrder#oldestFirst()}), handed to
   * {@code work} and its results to {@code sink} in that order: how a backend reads them is its own.
   */
  interface Documents {
    <T> void forEach(Function<PolicyDocument, T> work, Consumer<T> sink);
  }

  /** A concordance over documents a backend reads itself, in document order or sorted by context. */
  static Totals over(Documents documents, ParsedQuery query, ConcordanceRequest request, Consumer<ConcordanceLine> sink) {
    return request.sort() != ConcordanceRequest.Order.DOC
        ? sortedByContext(documents, query, request, sink)
        : inDocumentOrder(documents, query, request, sink);
  }

  private Documents stream(int[] docs) {
    return new Documents() {
      @Override
      public <T> void forEach(Function<PolicyDocument, T> work, Consumer<T> sink) {
        scan.forEach(docs, work, sink);
      }
    };
  }

  /** Gives the lines {@code offset…offset+limit} of {@code request}'s order to {@code sink}. */
  Totals run(ConcordanceRequest request, Consumer<ConcordanceLine> sink) throws IOException {
    // the matches are found once (a NEAR pair confirms each on its text), then ordered and counted
    MatchingDocs matches = MatchingDocs.of(searcher, documents);
    int[] docs = scan.ordered(matches, DocumentOrder.oldestFirst());
    if (request.sort() == ConcordanceRequest.Order.DOC && request.limit() != Long.MAX_VALUE
        && PostingsOccurrences.supports(query)) {
      return pageFromPostings(matches, docs, request, sink);
    }
    Totals t = over(stream(docs), query, request, sink);
    return new Totals(t.occurrences(), docs.length);
  }

  /**
   * A page in document order: every document's occurrences are counted from postings, so only the
   * documents that hold the page's lines are read.
   */
  private Totals pageFromPostings(MatchingDocs matches, int[] docs, ConcordanceRequest r, Consumer<ConcordanceLine> sink)
      throws IOException {
    int[] counts = PostingsOccurrences.perDocument(matches, query.textTerms(), searcher.getIndexReader().maxDoc());
    long total = 0;
    long end = r.offset() + r.limit();
    List<Integer> wanted = new ArrayList<>();
    long firstLine = -1;
    for (int doc : docs) {
      int n = counts[doc];
      if (total + n > r.offset() && total < end) {
        if (firstLine < 0) {
          firstLine = total;
        }
        wanted.add(doc);
      }
      total += n;
    }
    long[] line = {Math.max(0, firstLine)};
    scan.forEach(wanted.stream().mapToInt(Integer::intValue).toArray(),
        d -> new Found(d, QueryOccurrences.find(d.text(), query)), found -> {
          for (Occurrence o : found.occurrences()) {
            long n = line[0]++;
            if (n >= r.offset() && n < end) {
              sink.accept(line(found.document(), o, r.window()));
            }
          }
        });
    return new Totals(total, docs.length);
  }

  /** Streams: only the wanted lines are cut, every occurrence is counted. */
  private static Totals inDocumentOrder(
      Documents docs, ParsedQuery query, ConcordanceRequest r, Consumer<ConcordanceLine> sink) {
    long[] seen = {0};
    long[] documents = {0};
    long end = r.limit() == Long.MAX_VALUE ? Long.MAX_VALUE : r.offset() + r.limit();
    docs.forEach(d -> new Found(d, QueryOccurrences.find(d.text(), query)), found -> {
      documents[0]++;
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
   * Every line is cut and held (up to {@link ConcordanceRequest#maxSortedLines()}), sorted by its
   * context key, then the wanted ones are handed over.
   */
  private static Totals sortedByContext(
      Documents docs, ParsedQuery query, ConcordanceRequest r, Consumer<ConcordanceLine> sink) {
    boolean left = r.sort() == ConcordanceRequest.Order.LEFT;
    int max = r.maxSortedLines();
    List<Keyed> lines = new ArrayList<>();
    long[] total = {0};
    long[] documents = {0};
    docs.forEach(d -> {
      List<Occurrence> found = QueryOccurrences.find(d.text(), query);
      List<ConcordanceLine> cut = new ArrayList<>(found.size());
      for (Occurrence o : found) {
        cut.add(line(d, o, r.window()));
      }
      return cut;
    }, cut -> {
      documents[0]++;
      for (ConcordanceLine line : cut) {
        if (++total[0] > max) {
          continue; // keep counting for the message
        }
        String key = left ? reversed(line.left()) : line.right();
        lines.add(new Keyed(key, lines.size(), line));
      }
    });
    if (total[0] > max) {
      throw new InvalidRequestException(
          "sort=" + r.sort().name().toLowerCase(java.util.Locale.ROOT) + " can order at most "
              + max + " lines at window=" + r.window() + " and this concordance has " + total[0]
              + "; narrow it (from/to, source, park, cites, or a longer phrase) or use sort=doc, which has no limit");
    }
    lines.sort(Comparator.comparing(Keyed::key, Concordance::compareCodePoints).thenComparingInt(Keyed::rank));
    long end = r.limit() == Long.MAX_VALUE ? Long.MAX_VALUE : r.offset() + r.limit();
    for (long i = r.offset(); i < Math.min(end, lines.size()); i++) {
      sink.accept(lines.get((int) i).line());
    }
    return new Totals(total[0], documents[0]);
  }

  private record Found(PolicyDocument document, List<Occurrence> occurrences) {}

  /** A line with its sort key and its rank in document order (the tie-break). */
  private record Keyed(String key, int rank, ConcordanceLine line) {}

  private static ConcordanceLine line(PolicyDocument d, Occurrence o, int window) {
    Snippet s = SnippetFormatter.snippet(d, o, window);
    return new ConcordanceLine(
        d.id(), d.title(), d.date(), d.year(), d.source(), s.start(), s.end(), s.left(), s.match(), s.right(), s.page());
  }

  /** The left context read from the match outward: its code points in reverse. */
  static String reversed(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = s.length(); i > 0; ) {
      int cp = s.codePointBefore(i);
      out.appendCodePoint(cp);
      i -= Character.charCount(cp);
    }
    return out.toString();
  }

  /** Unicode code point order (String's own order is UTF-16's, which differs above U+FFFF). */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
