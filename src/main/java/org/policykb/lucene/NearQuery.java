package org.policykb.lucene;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.policykb.query.NearTerm;
import org.policykb.text.QueryOccurrences;

/**
 * Matches documents where a NEAR pair occurs: the documents holding both phrases (from the index)
 * are the approximation, and each is confirmed on its stored text by {@link QueryOccurrences} —
 * Lucene's two-phase iteration, so counts, facets and pages are all exact and other clauses are
 * checked first.
 */
final class NearQuery extends Query {
  /** The stored field holding the document's JSON, the only one a confirmation reads. */
  private static final java.util.Set<String> TEXT_ONLY = java.util.Set.of(DocumentMapper.STORED_SOURCE);

  private final Query candidates;
  private final NearTerm near;

  NearQuery(Query candidates, NearTerm near) {
    this.candidates = candidates;
    this.near = near;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight inner = searcher.createWeight(searcher.rewrite(candidates), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier approximation = inner.scorerSupplier(context);
        if (approximation == null) {
          return null;
        }
        StoredFields stored = context.reader().storedFields();
        Scorer candidatesScorer = approximation.get(Long.MAX_VALUE);
        TwoPhaseIterator confirmed = new TwoPhaseIterator(candidatesScorer.iterator()) {
          @Override
          public boolean matches() throws IOException {
            String text = DocumentMapper.textOf(stored.document(approximation().docID(), TEXT_ONLY));
            return QueryOccurrences.hasSpan(text, near);
          }

          @Override
          public float matchCost() {
            return 100_000f; // reads and scans a stored document
          }
        };
        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, confirmed));
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return true;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    candidates.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.FILTER, this));
  }

  @Override
  public String toString(String field) {
    return "near(" + near + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && ((NearQuery) o).near.equals(near) && ((NearQuery) o).candidates.equals(candidates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), near, candidates);
  }
}
