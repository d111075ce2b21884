package org.policykb.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.policykb.index.Fields;
import org.policykb.index.WorkRole;
import org.policykb.search.DocumentNotFoundException;
import org.policykb.search.SearchHit;
import org.policykb.search.Work;
import org.policykb.search.WorkMember;

/** A document's work and the members of works, read from the stored member fields (no text is read). */
final class WorkLookup {
  /** Members listed at most for the works of one answer. */
  static final int MAX_MEMBERS = 10_000;
  private static final Set<String> FIELDS = Set.of(DocumentMapper.STORED_MEMBER, Fields.WORK_ID, Fields.WORK_SHOWN);

  private WorkLookup() {}

  /** The role of document {@code id}. */
  static WorkRole roleOf(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(DocumentMapper.idTerm(id)), 1);
    if (top.scoreDocs.length == 0) {
      throw new DocumentNotFoundException(id);
    }
    return DocumentMapper.roleOf(searcher.storedFields().document(top.scoreDocs[0].doc, FIELDS));
  }

  /** The work of document {@code id}. */
  static Work of(IndexSearcher searcher, String id) throws IOException {
    String work = roleOf(searcher, id).work();
    return works(searcher, List.of(work)).get(work);
  }

  /** A hit with the role its document was stored with. */
  record Hit(SearchHit hit, WorkRole role) {}

  /** The hits with their works. */
  static List<SearchHit> attach(IndexSearcher searcher, List<Hit> hits) throws IOException {
    Map<String, Work> works = works(searcher, hits.stream().map(h -> h.role().work()).distinct().toList());
    return hits.stream().map(h -> h.hit().withWork(works.get(h.role().work()))).toList();
  }

  /** Each of these works with its members. */
  static Map<String, Work> works(IndexSearcher searcher, Collection<String> ids) throws IOException {
    Map<String, Work> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    ids.forEach(w -> any.add(new TermQuery(new Term(Fields.WORK_ID, w)), Occur.SHOULD));
    TopDocs top = searcher.search(any.build(), MAX_MEMBERS);
    Map<String, List<WorkMember>> members = new HashMap<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document stored = searcher.storedFields().document(sd.doc, FIELDS);
      members.computeIfAbsent(stored.get(Fields.WORK_ID), k -> new ArrayList<>()).add(DocumentMapper.memberOf(stored));
    }
    members.forEach((w, m) -> out.put(w, new Work(w, m)));
    return out;
  }
}
