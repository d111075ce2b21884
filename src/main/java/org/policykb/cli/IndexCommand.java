package org.policykb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policykb.index.BuildReport;
import org.policykb.lucene.IndexBuilder;
import org.policykb.opensearch.ClusterChecks;
import org.policykb.opensearch.ClusterClient;
import org.policykb.opensearch.ClusterGenerations;
import org.policykb.opensearch.ClusterIndexBuilder;
import org.policykb.opensearch.ClusterUnavailableException;
import org.policykb.search.BackendUnavailableException;
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

  @Mixin BackendOptions backendOptions;

  @Option(names = "--opensearch-shards", description = "Primary shards of a new OpenSearch generation (default: the served generation's, 1 for the first).")
  Integer shards;

  @Option(names = "--opensearch-replicas", description = "Replicas of each shard, on other nodes (default: the served generation's, 0 for the first).")
  Integer replicas;

  @Option(names = "--rollback", description = "Serve the previous generation again instead of building.")
  boolean rollback;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (backendOptions.isOpenSearch()) {
      try (ClusterClient client = backendOptions.client(BUILD_TIMEOUT_MILLIS)) {
        ClusterChecks.check(client);
        if (rollback) {
          out.println("now serving " + new ClusterGenerations(client, backendOptions.alias).rollback());
          return 0;
        }
        BuildProgressPrinter printer = new BuildProgressPrinter(out, BuildProgressPrinter.terminalOrNull());
        BuildReport report = new ClusterIndexBuilder(client, new ClusterGenerations(client, backendOptions.alias), shards, replicas)
            .build(locations.corpus, printer);
        printer.finish(report);
        return report.anyFailed() ? 1 : 0;
      }
    }
    if (rollback) {
      out.println("now serving " + IndexBuilder.rollback(locations.index));
      return 0;
    }
    BuildReport report = build(locations.corpus, locations.index, out, BuildProgressPrinter.terminalOrNull());
    return report.anyFailed() ? 1 : 0;
  }

  /** Builds the index when it is missing or of an older schema, as the commands that serve it need. */
  static void buildIfMissing(Locations locations, PrintWriter out) throws IOException {
    if (IndexBuilder.needsBuild(locations.index)) {
      out.println("no usable index in " + locations.index + "; building it from " + locations.corpus);
      build(locations.corpus, locations.index, out, null);
    }
  }

  /** A bulk request or a green wait may take a while: a build's calls get this long. */
  static final long BUILD_TIMEOUT_MILLIS = 120_000;

  /**
   * A build on the cluster the options name, in the shape of the served generation, as the admin
   * rebuild of a server asks for it: a cluster that cannot answer is a {@link BackendUnavailableException} (a 503).
   */
  static BuildReport buildOnCluster(BackendOptions o, Path corpus) throws IOException {
    try (ClusterClient client = o.client(BUILD_TIMEOUT_MILLIS)) {
      return new ClusterIndexBuilder(client, new ClusterGenerations(client, o.alias), null, null)
          .build(corpus, (results, bytes) -> {});
    } catch (ClusterUnavailableException e) {
      throw new BackendUnavailableException(e.getMessage(), e);
    }
  }

  /** Builds with progress and a summary; shared with {@code serve}. */
  static BuildReport build(Path corpus, Path index, PrintWriter out, PrintStream terminal) throws IOException {
    BuildProgressPrinter printer = new BuildProgressPrinter(out, terminal);
    BuildReport report = new IndexBuilder().build(corpus, index, printer);
    printer.finish(report);
    return report;
  }
}
