package org.policykb.index;

import java.util.List;
import org.policykb.ingest.IngestResult;

/** Hears about a build as it goes, whichever engine it builds for. */
public interface BuildProgress {
  default void started(int files, long bytes) {}

  /** Something the build decided that its report does not show, e.g. why it is a full build. */
  default void note(String message) {}

  /** One corpus file is done: one result per record it holds (one when it could not be read). */
  void fileDone(List<IngestResult> results, long bytes);
}
