package org.policykb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policykb.index.BuildReport;
import org.policykb.index.IndexBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds a new index generation from the corpus folder and makes it current; or rolls back. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Build a new index generation from the corpus folder (only changed files are processed) and switch to it.")
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Locations locations;

  @Option(names = "--rollback", description = "Serve the previous generation again instead of building.")
  boolean rollback;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (rollback) {
      out.println("now serving " + IndexBuilder.rollback(locations.index));
      return 0;
    }
    BuildReport report = build(locations.corpus, locations.index, out, BuildProgressPrinter.terminalOrNull());
    return report.anyFailed() ? 1 : 0;
  }

  /** Builds with progress and a summary; shared with {@code serve}. */
  /** Builds the index when it is missing or of an older schema, as the commands that serve it need. */
  static void buildIfMissing(Locations locations, PrintWriter out) throws IOException {
    if (IndexBuilder.needsBuild(locations.index)) {
      out.println("no usable index in " + locations.index + "; building it from " + locations.corpus);
      build(locations.corpus, locations.index, out, null);
    }
  }

  static BuildReport build(Path corpus, Path index, PrintWriter out, PrintStream terminal) throws IOException {
    BuildProgressPrinter printer = new BuildProgressPrinter(out, terminal);
    BuildReport report = new IndexBuilder().build(corpus, index, printer);
    printer.finish(report);
    return report;
  }
}
