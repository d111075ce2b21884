package org.policykb.ingest;

import java.util.List;

/**
 * Reads one shape of corpus file — JSON records, {@code <doc>} records, an HTML page, front matter
 * with a body, line-based text — into the drafts of its records. A record that cannot be read is a
 * failed {@link RecordDraft} beside the others; a file that cannot be read at all throws.
 */
interface SourceReader {
  List<RecordDraft> read(SourceText source) throws UnreadableSourceException;

  /**
   * One record of a file: its draft, or why it could not be read (exactly one is non-null).
   *
   * @param id the id its document has or would have had
   */
  record RecordDraft(String id, DocumentDraft draft, String failure) {
    static RecordDraft of(DocumentDraft draft) {
      return new RecordDraft(draft.id, draft, null);
    }

    static RecordDraft failed(String id, String failure) {
      return new RecordDraft(id, null, failure);
    }
  }
}
