package org.policykb.tools.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The links of ../shared/policygraph (196 laws and judicial interpretations, links marked by reading): the rules were
 * developed on them, so this only keeps what was reached — every marked link found and resolved right, every repeal
 * and amendment among them, none that no mark names — and skips when the shared data is absent.
 */
class PolicyGraphLinksTest {
  static final Path GRAPH = Path.of("..", "shared", "policygraph");

  @Test
  void everyMarkedLinkIsFoundResolvedAndOfItsKindAndNoneIsMadeThatNoMarkNames() throws IOException {
    assumeTrue(Files.isRegularFile(GRAPH.resolve("expect.tsv")), "../shared/policygraph is absent");
    LinksEvaluation e = LinksEvaluation.of(GRAPH);
    assertEquals(196, e.documents);
    assertTrue(e.total.kindRight >= 0.99 * e.total.expected, "links resolved right: " + e.total.kindRight + " of "
        + e.total.expected + "\n" + String.join("\n", e.misses));
    for (String kind : new String[] {"repeals", "amends"}) {
      LinksEvaluation.Tally t = e.byKind.get(kind);
      assertEquals(t.expected, t.kindRight, kind + ": " + String.join("\n", e.misses));
      assertEquals(t.unresolvedExpected, t.unresolvedKept, kind + " kept open: " + String.join("\n", e.misses));
    }
    assertTrue(e.total.wrong <= 0.01 * e.total.resolvedByProduct, "wrong links: " + e.total.wrong + "\n"
        + String.join("\n", e.misses));
    assertTrue(e.total.unresolvedKept >= 0.99 * e.total.unresolvedExpected, "references kept unresolved: "
        + e.total.unresolvedKept + " of " + e.total.unresolvedExpected);
  }
}
