package org.policykb.tools.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;

/**
 * How fast PDFs are read: generated documents in the official layout ({@link OfficialPdf}: 22 lines
 * of 28 characters a page, page numbers in the foot), each also written as the text file of the same
 * paragraphs, read by the ingestion one file after another. Prints pages/s and MB/s for the first
 * pass (a fresh JVM: what a first build meets) and a second, and the text files' MB/s beside them.
 */
public final class PdfIngestBenchmark {
  private static final int LINES_PER_PAGE = 22;
  private final PrintWriter out;

  public PdfIngestBenchmark(PrintWriter out) {
    this.out = out;
  }

  public void run(Path seeds, Path work, int files, int pagesPerFile, long seed) throws IOException {
    CorpusGenerator generator = CorpusGenerator.fromSeeds(seeds, seed);
    Path pdfs = Files.createDirectories(work.resolve("pdf-" + files + "x" + pagesPerFile + "-" + seed));
    Path texts = Files.createDirectories(work.resolve("txt-" + files + "x" + pagesPerFile + "-" + seed));
    long pdfBytes = 0;
    long textBytes = 0;
    for (int n = 0; n < files; n++) {
      List<String> paragraphs = new ArrayList<>();
      while (lines(paragraphs) < pagesPerFile * LINES_PER_PAGE) {
        paragraphs.addAll(generator.nextParagraphs());
      }
      byte[] pdf = layout(paragraphs, pagesPerFile).bytes();
      String name = String.format(Locale.ROOT, "doc%05d", n);
      Files.write(pdfs.resolve(name + ".pdf"), pdf);
      byte[] text = String.join("\n\n", paragraphs).getBytes(StandardCharsets.UTF_8);
      Files.write(texts.resolve(name + ".txt"), text);
      pdfBytes += pdf.length;
      textBytes += text.length;
    }
    out.printf(Locale.ROOT, "PDF ingestion: %d files of %d pages (%.1f MB of PDF; the same text as .txt: %.1f MB)%n",
        files, pagesPerFile, pdfBytes / 1e6, textBytes / 1e6);
    for (String pass : List.of("first pass", "second pass")) {
      long pages = 0;
      long started = System.nanoTime();
      for (Path f : list(pdfs)) {
        IngestResult r = new CorpusReader().read(pdfs, f);
        if (r.document() == null) {
          throw new IOException(f + ": " + r.reason());
        }
        pages += r.document().pages().size();
      }
      double s = (System.nanoTime() - started) / 1e9;
      out.printf(Locale.ROOT, "  PDF %-12s %7d pages in %6.2f s: %8.0f pages/s  %6.2f MB/s%n", pass, pages, s, pages / s, pdfBytes / 1e6 / s);
    }
    long started = System.nanoTime();
    for (Path f : list(texts)) {
      new CorpusReader().read(texts, f);
    }
    double s = (System.nanoTime() - started) / 1e9;
    out.printf(Locale.ROOT, "  text of the same pages  %6.2f s: %6.2f MB/s of text%n", s, textBytes / 1e6 / s);
    out.flush();
  }

  private static List<Path> list(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  private static int lines(List<String> paragraphs) {
    int lines = 0;
    for (String p : paragraphs) {
      lines += (p.length() + 2 + OfficialPdf.PER_LINE - 1) / OfficialPdf.PER_LINE;
    }
    return lines;
  }

  /** The paragraphs set page after page, a paragraph running on across a page break; page numbers in the foot. */
  private static OfficialPdf layout(List<String> paragraphs, int pages) {
    OfficialPdf pdf = new OfficialPdf();
    int page = 0;
    int line = LINES_PER_PAGE;
    for (String p : paragraphs) {
      int at = 0;
      int room = OfficialPdf.PER_LINE - 2;
      while (at < p.length()) {
        if (line == LINES_PER_PAGE) {
          if (page == pages) {
            return pdf;
          }
          if (page > 0) {
            pdf.folio("－ " + page + " －", page % 2 == 1);
          }
          pdf.newPage();
          page++;
          line = 0;
        }
        pdf.line(p.substring(at, Math.min(p.length(), at + room)), at == 0 ? 2 : 0);
        at += room;
        room = OfficialPdf.PER_LINE;
        line++;
      }
    }
    pdf.folio("－ " + page + " －", page % 2 == 1);
    return pdf;
  }
}
