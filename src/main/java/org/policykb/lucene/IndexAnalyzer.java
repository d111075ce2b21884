package org.policykb.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.policykb.analysis.Analyzers;
import org.policykb.index.Fields;

/** The per-field analyzer of {@link Fields}: bigrams for exact fields, smartcn words elsewhere. */
public final class IndexAnalyzer {
  private IndexAnalyzer() {}

  public static Analyzer create() {
    Analyzer exact = Analyzers.exact();
    return new PerFieldAnalyzerWrapper(
        Analyzers.words(), Map.of(Fields.TEXT_EXACT, exact, Fields.TITLE_EXACT, exact));
  }
}
