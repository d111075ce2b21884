package org.policykb.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.policykb.model.PolicyDocument;
import org.policykb.query.InvalidRequestException;
import org.policykb.query.ParsedQuery;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.text.CodePoints;
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
        String key = left ? CodePoints.reversed(line.left()) : line.right();
        lines.add(new Keyed(key, lines.size(), line));
      }
    });
    if (total[0] > max) {
      throw tooManyToSort(r, total[0]);
    }
    lines.sort(Comparator.comparing(Keyed::key, CodePoints::compare).thenComparingInt(Keyed::rank));
    long end = r.limit() == Long.MAX_VALUE ? Long.MAX_VALUE : r.offset() + r.limit();
    for (long i = r.offset(); i < Math.min(end, lines.size()); i++) {
      sink.accept(lines.get((int) i).line());
    }
    return new Totals(total[0], documents[0]);
  }

  /**
   * The refusal of a context sort of {@code lines} lines, more than {@link ConcordanceRequest#maxSortedLines()}:
   * an engine that can count the lines before reading them refuses with it at once.
   */
  public static InvalidRequestException tooManyToSort(ConcordanceRequest r, long lines) {
    return new InvalidRequestException(
        "sort=" + r.sort().name().toLowerCase(java.util.Locale.ROOT) + " can order at most "
            + r.maxSortedLines() + " lines at window=" + r.window() + " and this concordance has " + lines
            + "; narrow it (from/to, source, park, cites, or a longer phrase) or use sort=doc, which has no limit");
  }

  public record Found(PolicyDocument document, List<Occurrence> occurrences) {}

  /** A line with its sort key and its rank in document order (the tie-break). */
  private record Keyed(String key, int rank, ConcordanceLine line) {}

  /** The line of occurrence {@code o} in {@code d}, with {@code window} characters of context each side. */
  public static ConcordanceLine line(PolicyDocument d, Occurrence o, int window) {
    Snippet s = SnippetFormatter.snippet(d, o, window);
    return new ConcordanceLine(
        d.id(), d.title(), d.date(), d.year(), d.source(), s.start(), s.end(), s.left(), s.match(), s.right(), s.page());
  }
}
