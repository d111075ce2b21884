package org.policykb.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policykb.tools.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a corpus of the given size (once) and prints the figures of BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark indexing, queries, throughput, size, cold start, heap and concordance on a generated corpus.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--size", defaultValue = "10MB", description = "Corpus size: 10MB, 100MB, 1GB … (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(names = "--work", defaultValue = "target/bench", description = "Where corpora and indexes go (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--seeds", defaultValue = "corpus", description = "Documents whose sentences the generator uses.")
  Path seeds;

  @Option(names = "--seed", defaultValue = "20261123", description = "Generator seed.")
  long seed;

  @Option(names = "--warmup", defaultValue = "150", description = "Runs of the whole mix before anything is timed.")
  int warmup;

  @Option(names = "--repetitions", defaultValue = "30", description = "Timed runs of each query of the mix.")
  int repetitions;

  @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients for the throughput figure.")
  int clients;

  @Option(names = "--seconds", defaultValue = "10", description = "Length of the throughput run.")
  int seconds;

  @Option(names = "--research-only", description = "Only time the research endpoints, on this existing index.")
  Path researchOnly;

  @Option(names = "--research-on-cluster", description = "Only time the research endpoints, on the OpenSearch cluster at this URL "
      + "(the generations a side-by-side run built, alias bench).")
  String researchOnCluster;

  @Option(names = "--fair-only", description = "Only run the fair benchmark (first-time queries drawn from --corpus), on this existing index.")
  Path fairOnly;

  @Option(names = "--corpus", description = "The corpus the --fair-only index was built from.")
  Path corpus;

  @Option(names = "--per-band", defaultValue = "45", description = "Phrases drawn for each frequency band of the fair benchmark.")
  int perBand;

  @Option(names = "--backend", description = "both: the embedded index and OpenSearch (1 node, 3 nodes in this JVM) side by side on --corpus.")
  String backend;

  @Option(names = "--nodes", split = ",", defaultValue = "1,3",
      description = "With --backend both: the clusters to measure, by their nodes (default: ${DEFAULT-VALUE}).")
  List<Integer> nodes;

  @Option(names = "--research", description = "With --backend both: each backend also answers the research rows.")
  boolean research;

  @Option(names = "--embedded-index", description = "With --backend both: an embedded index already built from --corpus, "
      + "served as it is instead of building one (its build time is then not measured).")
  Path embeddedIndex;

  @Option(names = "--pdf", description = "Only time reading PDFs: this many generated files in the official layout (with --pages).")
  Integer pdfFiles;

  @Option(names = "--pages", defaultValue = "20", description = "Pages of each generated PDF (default: ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--links", description = "Only the policy graph: this many documents implementing one national 意见, a busy"
      + " agency code's registry, and --size of generated articles beside them.")
  Integer links;

  @Option(names = "--stats", description = "Only the corpus statistics: frequency lists and keyness over a generated corpus of --size.")
  boolean stats;

  @Override
  public Integer call() throws Exception {
    if (stats) {
      new org.policykb.tools.bench.StatisticsBenchmark(spec.commandLine().getOut()).run(seeds, work, bytes(size), seed);
      return 0;
    }
    if (links != null) {
      new org.policykb.tools.bench.LinksBenchmark(spec.commandLine().getOut()).run(seeds, work, links,
          size.equals("10MB") ? 0 : bytes(size), seed);
      return 0;
    }
    if (pdfFiles != null) {
      new org.policykb.tools.bench.PdfIngestBenchmark(spec.commandLine().getOut()).run(seeds, work, pdfFiles, pages, seed);
      return 0;
    }
    if (backend != null) {
      if (!backend.equals("both") || corpus == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--backend both --corpus DIR is the side-by-side run");
      }
      new org.policykb.tools.bench.SideBySideBenchmark(spec.commandLine().getOut(), work, clients, seconds, nodes, research)
          .run(corpus, embeddedIndex, seed, perBand);
      return 0;
    }
    if (fairOnly != null) {
      if (corpus == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fair-only needs --corpus, the folder the index was built from");
      }
      new Benchmark(spec.commandLine().getOut(), work, warmup, repetitions, clients, seconds).fair(fairOnly, corpus, seed, perBand, org.policykb.tools.bench.Benchmark.FAIR_STRUCTURED);
      return 0;
    }
    if (researchOnCluster != null) {
      new Benchmark(spec.commandLine().getOut(), work, warmup, repetitions, clients, seconds)
          .researchOnCluster(researchOnCluster, "bench", seed);
      return 0;
    }
    if (researchOnly != null) {
      new Benchmark(spec.commandLine().getOut(), work, warmup, repetitions, clients, seconds).research(researchOnly, seed);
      return 0;
    }
    new Benchmark(spec.commandLine().getOut(), work, warmup, repetitions, clients, seconds).run(seeds, bytes(size), seed);
    return 0;
  }

  static long bytes(String size) {
    String s = size.strip().toUpperCase(Locale.ROOT);
    long unit = s.endsWith("GB") ? 1L << 30 : s.endsWith("MB") ? 1L << 20 : s.endsWith("KB") ? 1L << 10 : 1;
    String number = s.replaceAll("[A-Z]+$", "");
    try {
      return (long) (Double.parseDouble(number) * unit);
    } catch (NumberFormatException e) {
      throw new picocli.CommandLine.TypeConversionException("--size must look like 10MB or 1GB, was '" + size + "'");
    }
  }
}
