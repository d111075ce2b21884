package org.policykb.ingest;

import java.util.List;
import org.policykb.model.PolicyDocument;

/**
 * What became of one corpus file.
 *
 * @param file path relative to the corpus folder
 * @param id the document id when {@code status} is OK, else null
 * @param document the document when {@code status} is OK, else null
 * @param reason why the file was skipped or failed, else null
 * @param warnings what had to change in a document's metadata (a url that is not http(s) dropped, an
 *     overlong value cut), for the build report
 */
public record IngestResult(
    String file, Status status, String id, PolicyDocument document, String reason, List<String> warnings) {
  public IngestResult {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public IngestResult(String file, Status status, String id, PolicyDocument document, String reason) {
    this(file, status, id, document, reason, List.of());
  }

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
    return new IngestResult(file, status, id, null, reason, warnings);
  }

  static IngestResult ok(String file, PolicyDocument doc, List<String> warnings) {
    return new IngestResult(file, Status.OK, doc.id(), doc, null, warnings);
  }

  static IngestResult skipped(String file, String reason) {
    return new IngestResult(file, Status.SKIPPED, null, null, reason);
  }

  public static IngestResult failed(String file, String reason) {
    return new IngestResult(file, Status.FAILED, null, null, reason);
  }

  /** One record of a file failed; {@code id} is the id its document would have had. */
  static IngestResult failedRecord(String file, String id, String reason) {
    return new IngestResult(file, Status.FAILED, id, null, reason);
  }
}
