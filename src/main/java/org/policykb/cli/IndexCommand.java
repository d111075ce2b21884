package org.policykb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policykb.index.BuildReport;
import org.policykb.index.IndexBuilder;
import org.policykb.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Rebuilds the index from the corpus folder, reporting every file. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Rebuild the index from the corpus folder.")
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Locations locations;

  @Override
  public Integer call() throws Exception {
    BuildReport report = build(locations.corpus, locations.index, spec.commandLine().getOut());
    return report.anyFailed() ? 1 : 0;
  }

  /** Builds and prints one line per file and a summary; shared with {@code serve}. */
  static BuildReport build(Path corpus, Path index, PrintWriter out) throws java.io.IOException {
    BuildReport report =
        new IndexBuilder().build(corpus, index, r -> {
          synchronized (out) {
            out.println(line(r));
          }
        });
    out.printf(
        Locale.ROOT,
        "indexed %d documents from %s into %s: %d skipped, %d failed, %.1f s%n",
        report.count(IngestResult.Status.OK), corpus, index, report.count(IngestResult.Status.SKIPPED),
        report.count(IngestResult.Status.FAILED), report.took().toMillis() / 1000.0);
    return report;
  }

  private static String line(IngestResult r) {
    return switch (r.status()) {
      case OK -> "ok       " + r.file() + " → " + r.id();
      case SKIPPED -> "skipped  " + r.file() + ": " + r.reason();
      case FAILED -> "FAILED   " + r.file() + ": " + r.reason();
    };
  }
}
