package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.policykb.index.Fields;
import org.policykb.query.NearTerm;
import org.policykb.text.NearSpans;

/**
 * Matches documents where a NEAR pair occurs, decided from the exact field's postings alone: the
 * documents holding every bigram of both phrases are the approximation, and each is confirmed on
 * the phrases' positions by {@link NearSpans} — Lucene's two-phase iteration, as a phrase query
 * confirms its positions, so other clauses are checked first and no stored text is read.
 */
final class NearQuery extends Query {
  private final NearTerm near;

  NearQuery(NearTerm near) {
    this.near = near;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        boolean same = PostingsOccurrences.same(near);
        PhrasePostings a = PhrasePostings.open(context.reader(), Fields.TEXT_EXACT, near.a().folded());
        PhrasePostings b = same ? a : PhrasePostings.open(context.reader(), Fields.TEXT_EXACT, near.b().folded());
        if (a == null || b == null) {
          return null;
        }
        List<DocIdSetIterator> parts = new ArrayList<>(List.of(a.iterators()));
        if (!same) {
          parts.addAll(List.of(b.iterators()));
        }
        ParagraphStarts paragraphs = new ParagraphStarts(context.reader());
        DocIdSetIterator approximation = parts.size() == 1 ? parts.get(0) : ConjunctionUtils.intersectIterators(parts);
        TwoPhaseIterator confirmed = new TwoPhaseIterator(approximation) {
          @Override
          public boolean matches() throws IOException {
            int doc = approximation().docID();
            int na = a.readStarts();
            int nb = same ? na : b.readStarts();
            int[] bs = same ? a.starts() : b.starts();
            // decided in the field's own positions, which only a paragraph break sets apart from the rules'
            long w = NearSpans.witness(a.starts(), na, a.length(), bs, nb, b.length(), same, near.distance());
            if (w < 0) {
              return false;
            }
            if (!paragraphs.startsWithin(doc, NearSpans.start(w), NearSpans.end(w))) {
              return true;
            }
            paragraphs.toRulePositions(doc, a.starts(), na);
            if (!same) {
              paragraphs.toRulePositions(doc, bs, nb);
            }
            return NearSpans.exists(a.starts(), na, a.length(), bs, nb, b.length(), same, near.distance());
          }

          @Override
          public float matchCost() {
            return 50f; // reads both phrases' positions, as a phrase query reads its own
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
    if (visitor.acceptField(Fields.TEXT_EXACT)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    return "near(" + near + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && ((NearQuery) o).near.equals(near);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), near);
  }
}
