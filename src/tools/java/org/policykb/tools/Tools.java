package org.policykb.tools;

import java.io.PrintStream;
import org.policykb.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code policykb bench | fuzz | dev-cluster | eval-elements | ocr-accuracy}: the tools' entry point, which {@code ./policykb} runs
 * for these commands on the product's class path plus the tools' (and, for {@code bench} and
 * {@code dev-cluster}, the OpenSearch server's). The product never refers to it.
 */
@Command(
    name = "policykb",
    mixinStandardHelpOptions = true,
    description = "政策文献知识库 tools: benchmarks, fuzzers and a local OpenSearch cluster; not part of the product.",
    subcommands = {BenchCommand.class, FuzzCommand.class, DevClusterCommand.class, EvalElementsCommand.class, EvalLinksCommand.class,
        OcrAccuracyCommand.class})
public final class Tools implements Runnable {
  public static void main(String[] args) {
    Main.launch(new Tools(), args);
  }

  /** Runs a tool's command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return Main.run(new Tools(), args, out, err);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "name a tool: bench, fuzz, dev-cluster, eval-elements or ocr-accuracy (see --help)");
  }
}
