package org.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.policykb.analysis.CharFolding;
import org.policykb.index.DocumentMapper;
import org.policykb.index.Fields;
import org.policykb.model.PolicyDocument;

/**
 * Completions of a prefix: smartcn words of the collection that start with it, and phrases of up to
 * four words that start with it where the texts have it (so 新质 → 新质生产力 although smartcn
 * splits that phrase). Every candidate is then counted exactly — the documents holding it, by the
 * search's own phrase semantics — and ranked by that count.
 */
final class Suggester {
  /** Candidate words read from the term dictionary, and documents sampled for phrases. */
  private static final int MAX_TERMS_SCANNED = 50_000;
  private static final int SAMPLED_DOCUMENTS = 200;
  private static final int MAX_PHRASE_WORDS = 4;
  private static final int MAX_SUGGESTION_CHARS = 16;

  private final WordSegmenter segmenter;
  private final LuceneQueryBuilder queries;

  Suggester(WordSegmenter segmenter, LuceneQueryBuilder queries) {
    this.segmenter = segmenter;
    this.queries = queries;
  }

  List<SuggestResult.Suggestion> suggest(IndexSearcher searcher, String prefix, int size) throws IOException {
    String folded = CharFolding.fold(prefix);
    Map<String, String> candidates = new LinkedHashMap<>(); // folded → as shown
    words(searcher, folded, size * 3).forEach(w -> candidates.putIfAbsent(w, w));
    phrases(searcher, prefix, folded, size * 3).forEach(p -> candidates.putIfAbsent(CharFolding.fold(p), p));
    candidates.remove(folded);
    List<SuggestResult.Suggestion> out = new ArrayList<>();
    for (String shown : candidates.values()) {
      long documents = searcher.count(queries.matching(QueryParser.parse("\"" + shown.replace("\"", "") + "\"")));
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

  /** Words of the term dictionary that start with the prefix, most documents first. */
  private static List<String> words(IndexSearcher searcher, String folded, int max) throws IOException {
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.TEXT_WORDS);
    if (terms == null) {
      return List.of();
    }
    BytesRef prefix = new BytesRef(folded);
    TermsEnum it = terms.iterator();
    PriorityQueue<Map.Entry<String, Integer>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
    if (it.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    int scanned = 0;
    for (BytesRef term = it.term(); term != null && StringHelper.startsWith(term, prefix) && scanned++ < MAX_TERMS_SCANNED;
        term = it.next()) {
      if (term.length > prefix.length) {
        top.add(Map.entry(term.utf8ToString(), it.docFreq()));
        if (top.size() > max) {
          top.poll();
        }
      }
    }
    return top.stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
  }

  /** Runs of one to four words that begin where the prefix occurs at a word boundary, in a sample of texts. */
  private List<String> phrases(IndexSearcher searcher, String prefix, String folded, int max) throws IOException {
    ParsedQuery parsed;
    try {
      parsed = QueryParser.parse("\"" + prefix.replace("\"", "") + "\"");
    } catch (QuerySyntaxException e) {
      return List.of();
    }
    Query query = queries.matching(parsed);
    TopDocs sample = searcher.search(query, SAMPLED_DOCUMENTS);
    Map<String, Integer> seen = new HashMap<>();
    var stored = searcher.storedFields();
    for (ScoreDoc sd : sample.scoreDocs) {
      PolicyDocument d = DocumentMapper.fromLucene(stored.document(sd.doc));
      for (Occurrence o : OccurrenceFinder.find(d.text(), parsed.textTerms(), 50).first()) {
        int end = Math.min(d.text().length(), o.start() + MAX_SUGGESTION_CHARS);
        String run = d.text().substring(o.start(), end);
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
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }
}
