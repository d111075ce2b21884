package org.policykb.index;

import java.io.IOException;
import org.policykb.model.PolicyDocument;

/**
 * An engine's side of a {@link BuildPass}: where the documents of a new generation go. Writes may be
 * queued and done on other threads; ids are never written twice in one pass, and no id is both
 * written and deleted while queued, so the engine need keep no order between them.
 */
public interface GenerationWriter {
  /**
   * Queues {@code document}, in its work {@code role}, for the generation, replacing the document of its
   * id there. A document
   * the engine cannot index is reported to {@code refused}, from any thread, before {@link #await}
   * returns.
   */
  void write(PolicyDocument document, WorkRole role, Refusal refused) throws IOException;

  /**
   * Queues writing again, in their new roles, documents the generation already holds (written in
   * this pass or kept from the last): a work gained or lost a member, or its shown member changed.
   */
  void rewrite(java.util.Map<String, WorkRole> roles) throws IOException;

  /**
   * Replaces the generation's links with {@code links} (every link of every document, resolved against the whole
   * generation) and sets each document's count of citing works to {@code citedBy} (absent: none).
   */
  void links(java.util.List<org.policykb.model.Link> links, java.util.Map<String, Integer> citedBy) throws IOException;

  /** Queues the removal of the document with this id, if the generation holds one. */
  void delete(String id) throws IOException;

  /** Returns when everything queued is written, deleted or refused; throws what went wrong if anything did. */
  void await() throws IOException;

  /** Told why a document could not be indexed. */
  @FunctionalInterface
  interface Refusal {
    void refused(String reason);
  }
}
