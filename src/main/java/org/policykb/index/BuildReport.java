package org.policykb.index;

import java.time.Duration;
import java.util.List;
import org.policykb.ingest.IngestResult;

/** The outcome of an index build: one result per corpus file, and the totals. */
public record BuildReport(List<IngestResult> results, Duration took) {
  public BuildReport {
    results = List.copyOf(results);
  }

  public long count(IngestResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  public boolean anyFailed() {
    return count(IngestResult.Status.FAILED) > 0;
  }
}
