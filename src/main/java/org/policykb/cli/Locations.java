package org.policykb.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --corpus} and {@code --index} options that several commands (and the {@code fuzz} tool) share. */
public final class Locations {
  @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  public Path corpus;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  public Path index;
}
