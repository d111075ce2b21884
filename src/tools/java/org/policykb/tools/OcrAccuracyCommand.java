package org.policykb.tools;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policykb.ingest.DocumentParser;
import org.policykb.ingest.ocr.OcrEngine;
import org.policykb.model.Page;
import org.policykb.model.PolicyDocument;
import org.policykb.tools.ocr.CharacterAccuracy;
import org.policykb.tools.ocr.Scans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the OCR on scans of text PDFs: each PDF of a folder is scanned under each condition
 * ({@link Scans}), the scan read as a build reads it, and its text compared with the text the same
 * file's own text layer gives (1 − CER, whitespace ignored), with the time a page took.
 */
@Command(name = "ocr-accuracy", mixinStandardHelpOptions = true,
    description = "OCR accuracy and speed on scans (300 dpi; 150 dpi JPEG, turned and stamped) of the text PDFs of a folder.")
final class OcrAccuracyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--folder", defaultValue = "../shared/policydocs/formats", description = "Folder of text PDFs (default: ${DEFAULT-VALUE}).")
  Path folder;

  @Option(names = "--only", defaultValue = "", description = "Only the PDFs whose name contains this.")
  String only;

  @Option(names = "--conditions", split = ",", defaultValue = "0,1,2",
      description = "The conditions by number: 0 = 300 dpi, 1 = 150 dpi JPEG turned 1.5° and stamped, 2 = the same turned -1° (default: ${DEFAULT-VALUE}).")
  List<Integer> conditions;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(folder)) {
      pdfs = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
          .filter(f -> f.getFileName().toString().contains(only)).sorted().toList();
    }
    if (pdfs.isEmpty()) {
      out.println("no PDF in " + folder);
      return 1;
    }
    DocumentParser parser = new DocumentParser();
    OcrEngine.shared(); // the models loaded before any time is taken
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    List<Scans.Condition> all = List.of(Scans.Condition.CLEAN_300, Scans.Condition.DEGRADED_150, Scans.Condition.DEGRADED_150_OTHER_WAY);
    for (Scans.Condition c : conditions.stream().map(all::get).toList()) {
      long distance = 0;
      long characters = 0;
      long pages = 0;
      long nanos = 0;
      long cpu = 0;
      out.println("== " + c.name());
      for (Path f : pdfs) {
        byte[] bytes = Files.readAllBytes(f);
        String name = f.getFileName().toString();
        String truth = parser.parse(name, name, bytes).text();
        byte[] scan = Scans.scan(bytes, c, null);
        long t0 = System.nanoTime();
        long c0 = cpu();
        PolicyDocument read = parser.parse(name, name, scan);
        long took = System.nanoTime() - t0;
        long cpuTook = cpu() - c0;
        int[] a = truth.codePoints().filter(x -> !Character.isWhitespace(x) && !Character.isSpaceChar(x)).toArray();
        int[] b = read.text().codePoints().filter(x -> !Character.isWhitespace(x) && !Character.isSpaceChar(x)).toArray();
        int d = CharacterAccuracy.distance(a, b);
        long ocrPages = read.pages().stream().filter(p -> Page.OCR.equals(p.textFrom())).count();
        double confidence = read.pages().stream().filter(p -> p.ocrConfidence() != null).mapToDouble(Page::ocrConfidence).average().orElse(0);
        out.printf(Locale.ROOT, "%-16s %6.2f %%  %5d chars  %d pages (%d ocr)  %.2f s a page (CPU %.2f s)  confidence %.3f%n", name,
            100 * (1 - d / (double) a.length), a.length, read.pages().size(), ocrPages, took / 1e9 / read.pages().size(),
            cpuTook / 1e9 / read.pages().size(), confidence);
        out.flush();
        distance += d;
        characters += a.length;
        pages += read.pages().size();
        nanos += took;
        cpu += cpuTook;
      }
      out.printf(Locale.ROOT, "all: %.2f %% of %d characters, %d pages, %.2f s a page (CPU %.2f s a page; %d cores, load average %.1f)%n",
          100 * (1 - distance / (double) characters), characters, pages, nanos / 1e9 / pages, cpu / 1e9 / pages,
          Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
      out.flush();
    }
    return 0;
  }

  /** The CPU time of every live thread (the OCR pool's among them), nanoseconds. */
  private static long cpu() {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }
}
