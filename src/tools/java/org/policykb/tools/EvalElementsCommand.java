package org.policykb.tools;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policykb.tools.elements.ElementsEvaluation;
import org.policykb.tools.elements.ExpectedDocument;
import org.policykb.tools.elements.PageTextCopies;
import org.policykb.tools.elements.PdfTextCopies;
import org.policykb.tools.elements.ScannedCopies;
import org.policykb.tools.ocr.Scans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints, per publisher and element, how many real documents the product reads right. */
@Command(name = "eval-elements", mixinStandardHelpOptions = true,
    description = "Per publisher and element: title, 发文字号, 发文机关, dates and 文种 read right; values invented;"
        + " text probes kept; boilerplate gone. Publishers are split by a hash of their name into development and held out.")
final class EvalElementsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", description = "Folders holding expect.tsv files (default: src/test/resources/policydev).")
  List<Path> dirs = new ArrayList<>();

  @Option(names = "--wrong", defaultValue = "none",
      description = "List what was read wrong: none, development, held-out or all (default: ${DEFAULT-VALUE}).")
  String wrong;

  @Option(names = "--scans", defaultValue = "none",
      description = "Read scans made from the published files (PDF; DOC and DOCX typeset by LibreOffice) instead of"
          + " the files: none, clean (300 dpi) or degraded (150 dpi JPEG, turned 1.5°, stamped); default: ${DEFAULT-VALUE}.")
  String scans;

  @Option(names = "--page-text",
      description = "Read the text a scraper keeps of each saved page (every text node on a line of its own, furniture"
          + " and all) instead of the page, against what that text still shows.")
  boolean pageText;

  @Option(names = "--pdf-text",
      description = "Read the text pdftotext extracts from each published file (PDF; DOC and DOCX typeset by LibreOffice)"
          + " instead of the file.")
  boolean pdfText;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Scans.Condition condition = switch (scans) {
      case "none" -> null;
      case "clean" -> Scans.Condition.CLEAN_300;
      case "degraded" -> Scans.Condition.DEGRADED_150;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--scans: none, clean or degraded, not " + scans);
    };
    for (Path dir : dirs.isEmpty() ? List.of(Path.of("src", "test", "resources", "policydev")) : dirs) {
      ElementsEvaluation e = pageText ? ElementsEvaluation.ofPageTexts(dir, new PageTextCopies())
          : pdfText ? ElementsEvaluation.ofPdfTexts(dir, new PdfTextCopies())
          : ElementsEvaluation.of(dir, condition == null ? null : new ScannedCopies(condition));
      out.printf(Locale.ROOT, "%s%s%n", dir, pageText ? ", the text a scraper keeps of its saved pages"
          : pdfText ? ", the text pdftotext extracts from its published files"
          : condition == null ? "" : ", scans made from its published files (" + condition.name() + ")");
      out.println(header());
      for (Map.Entry<String, ElementsEvaluation.Tally> p : e.byPublisher().entrySet()) {
        out.println(row((p.getValue().heldOut ? "H " : "D ") + p.getKey(), p.getValue()));
      }
      out.println(row("development", e.total(false)));
      out.println(row("held out", e.total(true)));
      out.println(row("  of them blind", e.blindTotal()));
      for (String line : e.wrong()) {
        boolean heldOut = line.startsWith("H ");
        if (wrong.equals("all") || wrong.equals("held-out") && heldOut || wrong.equals("development") && !heldOut) {
          out.println(line);
        }
      }
    }
    return 0;
  }

  private static String header() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-28s %4s", "publisher", "docs"));
    for (String f : ExpectedDocument.FIELDS) {
      s.append(String.format(Locale.ROOT, " %9s", f.length() > 9 ? f.substring(0, 9) : f));
    }
    return s.append(String.format(Locale.ROOT, " %9s %9s %9s %6s", "not_inv", "boilerpl", "probes", "unread")).toString();
  }

  private static String row(String name, ElementsEvaluation.Tally t) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-28s %4d", name, t.documents));
    for (String f : ExpectedDocument.FIELDS) {
      s.append(String.format(Locale.ROOT, " %8.1f%%", 100 * t.accuracy(f)));
    }
    return s.append(String.format(Locale.ROOT, " %8.1f%% %8.1f%% %8.1f%% %6d",
        100 * t.notInvented(), 100 * t.boilerplateGone(), 100 * t.probesKept(), t.unread)).toString();
  }
}
