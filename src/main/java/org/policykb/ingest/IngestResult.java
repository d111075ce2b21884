package org.policykb.ingest;

import org.policykb.model.PolicyDocument;

/**
 * What became of one corpus file.
 *
 * @param file path relative to the corpus folder
 * @param id the document id when {@code status} is OK, else null
 * @param document the document when {@code status} is OK, else null
 * @param reason why the file was skipped or failed, else null
 */
public record IngestResult(
    String file, Status status, String id, PolicyDocument document, String reason) {
  public enum Status {
    /** Became a document. */
    OK,
    /** Not an article (unsupported type); not an error. */
    SKIPPED,
    /** Should have been an article but could not be read. */
    FAILED
  }

  /** The same outcome without the document, once it is indexed and need not stay in memory. */
  public IngestResult withoutDocument() {
    return new IngestResult(file, status, id, null, reason);
  }

  static IngestResult ok(String file, PolicyDocument doc) {
    return new IngestResult(file, Status.OK, doc.id(), doc, null);
  }

  static IngestResult skipped(String file, String reason) {
    return new IngestResult(file, Status.SKIPPED, null, null, reason);
  }

  public static IngestResult failed(String file, String reason) {
    return new IngestResult(file, Status.FAILED, null, null, reason);
  }
}
