package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.policykb.index.Fields;
import org.policykb.query.DocumentOrder;
import org.policykb.query.ParsedQuery;
import org.policykb.research.Suggester;

/** The embedded index as what suggestions are made of ({@link Suggester.Source}). */
final class LuceneSuggestions {
  private LuceneSuggestions() {}

  /** The embedded index as a {@link Source}: its term dictionary, stored texts and counts (of works or of files). */
  static Suggester.Source of(IndexSearcher searcher, LuceneQueryBuilder queries, org.policykb.query.Count count) {
    return new Suggester.Source() {
      @Override
      public Map<String, Long> words(String folded) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.TEXT_WORDS);
        if (terms == null) {
          return out;
        }
        BytesRef prefix = new BytesRef(folded);
        TermsEnum it = terms.iterator();
        if (it.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
          return out;
        }
        int scanned = 0;
        for (BytesRef term = it.term(); term != null && StringHelper.startsWith(term, prefix) && scanned++ < Suggester.MAX_TERMS_SCANNED;
            term = it.next()) {
          if (term.length > prefix.length) {
            out.put(term.utf8ToString(), (long) it.docFreq());
          }
        }
        return out;
      }

      @Override
      public List<String> sample(ParsedQuery parsed) throws IOException {
        TopDocs sample = searcher.search(queries.matching(parsed), Suggester.SAMPLED_DOCUMENTS, Sorts.of(DocumentOrder.BY_ID));
        var stored = searcher.storedFields();
        List<String> texts = new ArrayList<>();
        for (var sd : sample.scoreDocs) {
          texts.add(DocumentMapper.textOf(stored.document(sd.doc)));
        }
        return texts;
      }

      @Override
      public long count(ParsedQuery parsed) throws IOException {
        return searcher.count(FilterQueries.restrict(queries.matching(parsed), org.policykb.query.Filters.NONE.withCount(count)));
      }
    };
  }
}
