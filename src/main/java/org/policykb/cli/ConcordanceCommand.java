package org.policykb.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.policykb.export.ConcordanceExport;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.model.Counts;
import org.policykb.query.Filters;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.ConcordanceRequest;
import org.policykb.search.ConcordanceResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Every occurrence of a query in context, on the terminal or into a CSV/TSV file. */
@Command(name = "concordance", mixinStandardHelpOptions = true, modelTransformer = FilterOptions.class,
    description = "Every occurrence of the query across the index, in context (KWIC); --output writes all of them to a CSV or TSV file.")
final class ConcordanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query, in the query language of the README.")
  List<String> query;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--sort", defaultValue = "doc", description = "doc, left or right (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--window", defaultValue = "30", description = "Characters of context on each side (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--limit", description = "Lines to show at most (default: 50 on the terminal, every line into --output).")
  Long limit;

  @Option(names = "--output", description = "Write every line to this file: .csv (RFC 4180) or .tsv, UTF-8 with a byte-order mark.")
  Path output;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Filters filters = FilterOptions.read(spec);
    ConcordanceRequest.Order order = ConcordanceRequest.Order.parse(sort);
    String q = String.join(" ", query);
    try (LuceneSearchBackend backend = new LuceneSearchBackend(index, Long.MAX_VALUE)) {
      if (output != null) {
        return export(backend, new ConcordanceRequest(q, filters, window, order, 0,
            limit == null ? ConcordanceRequest.all() : limit), out);
      }
      ConcordanceResult r = backend.concordance(new ConcordanceRequest(q, filters, window, order, 0, limit == null ? 50 : limit));
      out.printf(Locale.ROOT, "%s of %s in %s (%d ms)%n", Counts.of(r.totalOccurrences(), "occurrence"), q,
          Counts.of(r.totalDocuments(), "document"), r.tookMs());
      for (ConcordanceLine line : r.lines()) {
        out.println(kwic(line, window));
      }
      if (r.lines().size() < r.totalOccurrences()) {
        out.printf(Locale.ROOT, "… %d more; --limit shows more, --output FILE.csv writes them all%n", r.totalOccurrences() - r.lines().size());
      }
    }
    return 0;
  }

  private Integer export(LuceneSearchBackend backend, ConcordanceRequest request, PrintWriter out) throws Exception {
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    ConcordanceExport.Format format = name.endsWith(".tsv") || name.endsWith(".tab")
        ? ConcordanceExport.Format.TSV : ConcordanceExport.Format.CSV;
    PrintStream terminal = BuildProgressPrinter.terminalOrNull();
    long started = System.nanoTime();
    ConcordanceResult r;
    try (OutputStream file = Files.newOutputStream(output);
        ConcordanceExport export = new ConcordanceExport(new java.io.BufferedOutputStream(file, 1 << 16), format);
        ProgressBar bar = terminal == null ? null : new ProgressBarBuilder().setTaskName("lines").setInitialMax(-1)
            .showSpeed().setConsumer(new ConsoleProgressBarConsumer(terminal)).build()) {
      r = backend.concordance(request, line -> {
        export.write(line);
        if (bar != null) {
          bar.step();
        }
      });
    }
    out.printf(Locale.ROOT, "%s (%s in %s) written to %s in %.1f s%n",
        Counts.of(Math.min(r.totalOccurrences(), request.limit()), "line"), Counts.of(r.totalOccurrences(), "occurrence"),
        Counts.of(r.totalDocuments(), "document"), output, (System.nanoTime() - started) / 1e9);
    return 0;
  }

  /** One line aligned on the match: the left context right-aligned, the match in 【】, a line read by OCR marked. */
  static String kwic(ConcordanceLine line, int window) {
    String left = oneLine(line.left());
    int missing = window - left.codePointCount(0, left.length());
    return "　".repeat(Math.max(0, missing)) + left + "【" + oneLine(line.match()) + "】" + oneLine(line.right())
        + "  [" + line.id() + " " + (line.date() != null ? line.date() : line.year() != null ? line.year() : "undated")
        + (line.ocrConfidence() != null ? " OCR" : "") + "]";
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
