package org.policykb.cli;

import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.policykb.index.BuildProgress;
import org.policykb.index.BuildReport;
import org.policykb.ingest.IngestResult;
import org.policykb.model.Counts;

/**
 * Shows a build as it runs: a progress bar (files, MB/s, ETA) on a terminal, a plain log line every
 * few seconds otherwise; problem files as they happen; and the summary at the end.
 */
final class BuildProgressPrinter implements BuildProgress {
  private static final long LOG_EVERY_NANOS = 2_000_000_000L;

  private final PrintWriter out;
  private final PrintStream terminal;
  private final long startedNanos = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private volatile long lastLog = System.nanoTime();
  private int files;
  private long totalBytes;
  private ProgressBar bar;

  /** @param terminal where to draw the bar, or null to log plain lines to {@code out} */
  BuildProgressPrinter(PrintWriter out, PrintStream terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** The standard output, when it is an interactive terminal. */
  static PrintStream terminalOrNull() {
    Console console = System.console();
    if (console == null) {
      return null;
    }
    try {
      // Java 22+ answers a console even when output is redirected; isTerminal() tells.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console) ? System.out : null;
    } catch (ReflectiveOperationException olderJava) {
      return System.out;
    }
  }

  @Override
  public void note(String message) {
    synchronized (out) {
      out.println(message);
    }
  }

  @Override
  public void started(int files, long bytes) {
    this.files = files;
    this.totalBytes = bytes;
    if (terminal != null) {
      bar = new ProgressBarBuilder().setTaskName("indexing").setInitialMax(Math.max(1, bytes))
          .setUnit(" MB", 1024 * 1024).showSpeed().setConsumer(new ConsoleProgressBarConsumer(terminal)).build();
    } else {
      out.printf(Locale.ROOT, "indexing %s, %.1f MB%n", Counts.of(files, "file"), bytes / 1048576.0);
    }
  }

  @Override
  public void fileDone(List<IngestResult> results, long size) {
    int n = done.incrementAndGet();
    long b = bytes.addAndGet(size);
    for (IngestResult r : results) {
      report(r);
    }
    if (bar != null) {
      bar.stepTo(b);
      bar.setExtraMessage(" " + n + "/" + files + " " + Counts.noun(files, "file"));
    } else if (System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
      lastLog = System.nanoTime();
      double seconds = (lastLog - startedNanos) / 1e9;
      double rate = b / seconds;
      long eta = rate > 0 ? (long) ((totalBytes - b) / rate) : -1;
      synchronized (out) {
        out.printf(Locale.ROOT, "indexed %d/%d %s (%d%%), %.1f MB/s, ETA %s%n", n, files, Counts.noun(files, "file"),
            files == 0 ? 100 : n * 100 / files, rate / 1048576, eta < 0 ? "unknown" : eta + " s");
      }
    }
  }

  /** A failure or skip, and every warning, on a line of its own; a record names its id. */
  private void report(IngestResult r) {
    String where = r.file() + (r.id() != null && r.id().contains("#") ? " (" + r.id() + ")" : "");
    synchronized (out) {
      if (r.status() != IngestResult.Status.OK) {
        out.println((r.status() == IngestResult.Status.FAILED ? "FAILED   " : "skipped  ") + where + ": " + r.reason());
      }
      r.warnings().forEach(w -> out.println("warning  " + where + ": " + w));
    }
  }

  void finish(BuildReport report) {
    if (bar != null) {
      bar.close();
    }
    double seconds = Math.max(report.took().toMillis(), 1) / 1000.0;
    long filesPerSecond = Math.round(report.files() / seconds);
    out.printf(Locale.ROOT,
        "generation %s (%s): %d added, %d updated, %d deleted, %d unchanged, %d failed, %d skipped; "
            + "%s, %.1f MB in %.1f s (%.1f MB/s, %d %s/s)%n",
        report.generation(), report.full() ? "full build" : "incremental", report.added(), report.updated(),
        report.deleted(), report.unchanged(), report.count(IngestResult.Status.FAILED),
        report.count(IngestResult.Status.SKIPPED), Counts.of(report.files(), "file"), report.bytes() / 1048576.0, seconds,
        report.bytes() / 1048576.0 / seconds, filesPerSecond, Counts.noun(filesPerSecond, "file"));
    report.results().stream().filter(r -> r.status() == IngestResult.Status.FAILED)
        .forEach(r -> out.println("  failed: " + r.file() + (r.id() != null ? " (" + r.id() + ")" : "") + ": " + r.reason()));
  }
}
