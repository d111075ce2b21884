package org.policykb.research;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.policykb.analysis.CharFolding;
import org.policykb.query.InvalidRequestException;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryParser;
import org.policykb.query.QuerySyntaxException;
import org.policykb.search.SuggestResult;
import org.policykb.text.Occurrence;
import org.policykb.text.OccurrenceFinder;
import org.policykb.text.WordSegmenter;

/**
 * Completions of a prefix: smartcn words of the collection that start with it, and phrases of up to
 * four words that start with it where the texts have it (so 新质 → 新质生产力 although smartcn
 * splits that phrase). Every candidate is then counted exactly — the documents holding it, by the
 * search's own phrase semantics — and ranked by that count. What it reads comes from a
 * {@link Source}, so every backend suggests alike.
 */
public final class Suggester {
  /** Candidate words read from the term dictionary, and documents sampled for phrases. */
  public static final int MAX_TERMS_SCANNED = 50_000;
  /** Characters a prefix may have. */
  public static final int MAX_PREFIX = 50;
  public static final int SAMPLED_DOCUMENTS = 200;
  private static final int MAX_PHRASE_WORDS = 4;
  private static final int MAX_SUGGESTION_CHARS = 16;

  /** What suggestions are made of, read from one backend. */
  public interface Source {
    /**
     * Words of the word field that start with {@code folded} and are longer, with the documents
     * holding each: up to {@link #MAX_TERMS_SCANNED} of them in term order.
     */
    Map<String, Long> words(String folded) throws IOException;

    /** The texts of the first {@link #SAMPLED_DOCUMENTS} documents, by id, that match {@code parsed}. */
    List<String> sample(ParsedQuery parsed) throws IOException;

    /** The documents that match {@code parsed}, counted as the request counts (each work once, or every file). */
    long count(ParsedQuery parsed) throws IOException;
  }

  private final WordSegmenter segmenter;

  /** A 400 for a prefix or size no suggestion can be made of. */
  public static void check(String prefix, int size) {
    if (prefix == null || prefix.isBlank()) {
      throw new InvalidRequestException("prefix must not be empty");
    }
    if (prefix.length() > MAX_PREFIX) {
      throw new InvalidRequestException("prefix is " + prefix.length() + " characters long; the limit is " + MAX_PREFIX);
    }
    if (size < 1 || size > 100) {
      throw new InvalidRequestException("size must be 1..100, was " + size);
    }
    if (CharFolding.fold(prefix).isEmpty()) {
      throw new InvalidRequestException("prefix '" + prefix + "' has no searchable characters");
    }
  }

  public Suggester(WordSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  public List<SuggestResult.Suggestion> suggest(Source source, String prefix, int size) throws IOException {
    String folded = CharFolding.fold(prefix);
    Map<String, String> candidates = new LinkedHashMap<>(); // folded → as shown
    words(source, folded, size * 3).forEach(w -> candidates.putIfAbsent(w, w));
    phrases(source, prefix, folded, size * 3).forEach(p -> candidates.putIfAbsent(CharFolding.fold(p), p));
    candidates.remove(folded);
    List<SuggestResult.Suggestion> out = new ArrayList<>();
    for (String shown : candidates.values()) {
      long documents = source.count(QueryParser.parse("\"" + shown.replace("\"", "") + "\""));
      if (documents > 0) {
        out.add(new SuggestResult.Suggestion(shown, documents));
      }
    }
    // a candidate always followed by the same continuation (专精特 → 专精特新: same documents) is only its fragment
    out.removeIf(a -> out.stream().anyMatch(b -> b != a && b.documents() == a.documents()
        && b.text().length() > a.text().length() && b.text().startsWith(a.text())));
    out.sort(Comparator.comparingLong(SuggestResult.Suggestion::documents).reversed()
        .thenComparingInt(s -> s.text().length())
        .thenComparing(SuggestResult.Suggestion::text));
    return out.size() > size ? new ArrayList<>(out.subList(0, size)) : out;
  }

  /** The words that start with the prefix, most documents first, ties in term order. */
  private static List<String> words(Source source, String folded, int max) throws IOException {
    Comparator<Map.Entry<String, Long>> better = Map.Entry.<String, Long>comparingByValue()
        .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed());
    PriorityQueue<Map.Entry<String, Long>> top = new PriorityQueue<>(better);
    for (Map.Entry<String, Long> e : source.words(folded).entrySet()) {
      top.add(e);
      if (top.size() > max) {
        top.poll();
      }
    }
    return top.stream().sorted(better.reversed()).map(Map.Entry::getKey).toList();
  }

  /** Runs of one to four words that begin where the prefix occurs at a word boundary, in a sample of texts. */
  private List<String> phrases(Source source, String prefix, String folded, int max) throws IOException {
    ParsedQuery parsed;
    try {
      parsed = QueryParser.parse("\"" + prefix.replace("\"", "") + "\"");
    } catch (QuerySyntaxException e) {
      return List.of();
    }
    Map<String, Integer> seen = new HashMap<>();
    for (String text : source.sample(parsed)) {
      for (Occurrence o : OccurrenceFinder.find(text, parsed.textTerms(), 50).first()) {
        int end = Math.min(text.length(), o.start() + MAX_SUGGESTION_CHARS);
        String run = text.substring(o.start(), end);
        StringBuilder phrase = new StringBuilder();
        int words = 0;
        boolean longWord = false;
        for (String word : segmenter.segment(run)) {
          phrase.append(word);
          words++;
          // a phrase of real words does not end in a lone character (新质生产力的); one of lone
          // characters may (专精特新)
          boolean loneEnd = word.codePointCount(0, word.length()) == 1 && longWord;
          longWord |= word.codePointCount(0, word.length()) > 1;
          if (words > MAX_PHRASE_WORDS || !run.startsWith(phrase.toString()) && !CharFolding.fold(run).startsWith(phrase.toString())) {
            break;
          }
          if (!loneEnd && phrase.length() > folded.length() && phrase.toString().startsWith(folded)) {
            seen.merge(phrase.toString(), 1, Integer::sum);
          }
        }
      }
    }
    return seen.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }
}
