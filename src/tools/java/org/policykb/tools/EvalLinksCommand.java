package org.policykb.tools;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policykb.tools.links.LinksEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints how many of the links marked by reading in a set of real documents the product finds and resolves. */
@Command(name = "eval-links", mixinStandardHelpOptions = true,
    description = "Per kind: links marked by reading (expect.tsv) found, resolved to the right document, kinds right,"
        + " unresolved references kept, and links the product made that no mark names.")
final class EvalLinksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", description = "Folders holding expect.tsv and the documents (or a docs/ folder of them).")
  List<Path> dirs = List.of();

  @Option(names = "--policydev", description = "Also the development set of real policy documents (its parts' links.tsv):"
      + " the publishers the element rules were developed on, and, as totals only, those held out.")
  boolean policyDev;

  @Option(names = "--wrong", description = "List every mark missed and every link no mark names.")
  boolean wrong;

  @Option(names = "--show", description = "Print what the product reads of these documents (ids): number, date, issuers, references.")
  List<String> show = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, LinksEvaluation> runs = new java.util.LinkedHashMap<>();
    for (Path dir : dirs) {
      runs.put(dir.toString(), LinksEvaluation.of(dir));
    }
    if (policyDev) {
      Path root = Path.of("src", "test", "resources", "policydev");
      runs.put(root + " (development publishers)", LinksEvaluation.ofPolicyDev(root, false));
      runs.put(root + " (held-out publishers)", LinksEvaluation.ofPolicyDev(root, true));
    }
    for (Map.Entry<String, LinksEvaluation> run : runs.entrySet()) {
      LinksEvaluation e = run.getValue();
      // a held-out set is judged by its totals: its misses are never listed, so that no rule is tuned on them
      boolean heldOut = run.getKey().endsWith("(held-out publishers)") || run.getKey().contains("heldout")
          || run.getKey().contains("held-out");
      out.printf(Locale.ROOT, "%s: %d documents read, %d refused%n", run.getKey(), e.documents, e.refused);
      out.printf(Locale.ROOT, "%-14s %9s %9s %9s %12s %9s %9s %9s%n", "kind", "marked", "found", "kind ok", "open marked",
          "kept open", "kind ok", "wrong");
      for (Map.Entry<String, LinksEvaluation.Tally> k : e.byKind.entrySet()) {
        out.println(row(k.getKey(), k.getValue()));
      }
      out.println(row("all", e.total));
      out.printf(Locale.ROOT, "links found and resolved right: %s; wrong links: %s of %d resolved%n",
          LinksEvaluation.percent(e.total.kindRight, e.total.expected), LinksEvaluation.percent(e.total.wrong,
              e.total.resolvedByProduct), e.total.resolvedByProduct);
      for (String id : heldOut ? List.<String>of() : show) {
        org.policykb.index.LinkSignature s = e.signatures.get(id);
        if (s == null) {
          out.println(id + ": not read");
          continue;
        }
        out.printf(Locale.ROOT, "%s: 《%s》 %s %s %s instrument=%s%n", id, s.title(), s.number(), s.date(), s.issuers(), s.instrument());
        for (org.policykb.model.Reference r : s.references()) {
          out.printf(Locale.ROOT, "  %-10s %s %s year=%s%s%n", r.kind().key(), r.title() == null ? "" : "《" + r.title() + "》",
              r.number() == null ? "" : r.number(), r.year(), r.inTitle() ? " (title)" : "");
        }
      }
      out.printf(Locale.ROOT, "laws named without marks linked where no mark names them (the marks take such names in part): %d%n",
          e.total.bareUnmarked);
      if (wrong && !heldOut) {
        e.misses.forEach(out::println);
      }
    }
    return 0;
  }

  private static String row(String name, LinksEvaluation.Tally t) {
    return String.format(Locale.ROOT, "%-14s %9d %9s %9s %12d %9s %9s %9d", name, t.expected,
        LinksEvaluation.percent(t.found, t.expected), LinksEvaluation.percent(t.kindRight, t.expected),
        t.unresolvedExpected, LinksEvaluation.percent(t.unresolvedKept, t.unresolvedExpected),
        LinksEvaluation.percent(t.openKindRight, t.unresolvedExpected), t.wrong);
  }
}
