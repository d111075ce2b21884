package org.policykb.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policykb.analysis.Analyzers;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code policykb index | serve | search | concordance | startup-cache}. The tools ({@code bench},
 * {@code fuzz}, {@code dev-cluster}) are not here: they have an entry point of their own outside the
 * product's sources, which {@code ./policykb} runs for them and which starts through {@link #launch}.
 */
@Command(
    name = "policykb",
    mixinStandardHelpOptions = true,
    description = "政策文献知识库: index, serve and search Chinese policy articles.",
    subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, ConcordanceCommand.class, StartupCacheCommand.class},
    footer = {"", "The tools bench, fuzz and dev-cluster run the same way (./policykb bench --help), on a class path of their own."})
public final class Main implements Runnable {
  /**
   * Lucene warns on every start that the Vector API module was not added. It is left out on purpose
   * (see the pom: it slows every start, and vector search is not used), so the warning is not shown.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
  }

  public static void main(String[] args) {
    launch(new Main(), args);
  }

  /**
   * Runs a command line on this command tree ({@link Main}, or the tools' entry point) as the JVM's
   * entry point: library logging set up, the exit code the process's (a server keeps running).
   */
  public static void launch(Object commands, String[] args) {
    quietLibraryLogging();
    // Nearly every command segments and folds text: its dictionaries load while picocli reads the
    // commands' annotations (~0.3 s), which a starting server would otherwise wait for in turn.
    Analyzers.warmUp();
    int code = run(commands, args, System.out, System.err);
    if (code != 0 || args.length == 0 || !"serve".equals(args[0])) {
      System.exit(code);
    }
  }

  /**
   * Apache POI logs through Log4j's API, whose implementation (Log4j's core) is on the class path of
   * dev-cluster only, for the OpenSearch server: elsewhere the API's own simple logger takes its
   * messages (errors only) instead of a complaint on every first Word file that no logger exists.
   */
  private static void quietLibraryLogging() {
    try {
      Class.forName("org.apache.logging.log4j.core.LoggerContext", false, Main.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      if (System.getProperty("log4j2.loggerContextFactory") == null) {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      }
    }
  }

  /** Runs a command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(new Main(), args, out, err);
  }

  /** Runs a command line on this command tree with the given streams; returns the exit code. */
  public static int run(Object commands, String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(commands);
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("error: " + e.getMessage());
          return 2;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "name a command: index, serve or search (see --help)");
  }
}
