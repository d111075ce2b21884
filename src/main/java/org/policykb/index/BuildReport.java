package org.policykb.index;

import java.time.Duration;
import java.util.List;
import org.policykb.ingest.IngestResult;

/**
 * The outcome of an index build: one result per record of every corpus file (one per file when it
 * holds one record or could not be read), and what changed.
 *
 * @param generation the generation the build made current
 * @param full true when every file was processed (no usable previous generation)
 * @param bytes bytes of the files read
 */
public record BuildReport(
    List<IngestResult> results,
    Duration took,
    String generation,
    boolean full,
    int added,
    int updated,
    int unchanged,
    int deleted,
    long bytes) {
  public BuildReport {
    results = List.copyOf(results);
  }

  public long count(IngestResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  /** How many corpus files the results come from. */
  public long files() {
    return results.stream().map(IngestResult::file).distinct().count();
  }

  public boolean anyFailed() {
    return count(IngestResult.Status.FAILED) > 0;
  }
}
