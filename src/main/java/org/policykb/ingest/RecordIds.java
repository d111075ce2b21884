package org.policykb.ingest;

import java.util.HashSet;
import java.util.Set;

/** The ids the records of one file take, in order: a record whose id an earlier one took fails on its own. */
final class RecordIds {
  private final Set<String> taken = new HashSet<>();

  /** Null when {@code id} is free (it is now taken), else the failure of record {@code number}. */
  SourceReader.RecordDraft refuseIfTaken(int number, String id) {
    return taken.add(id) ? null
        : SourceReader.RecordDraft.failed(id, "record " + number + ": its id '" + id + "' is used by an earlier record");
  }
}
