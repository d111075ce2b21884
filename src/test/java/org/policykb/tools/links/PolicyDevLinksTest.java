package org.policykb.tools.links;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The links of the development set of real policy documents ({@code policydev/*}/links.tsv, 1,172 marked by reading by
 * someone who did not see the code): the product finds, resolves and types them at least as well as when these floors
 * were set — on the publishers the element rules were developed on and on those held out — and makes no link that no
 * mark names. A floor is the figure measured, rounded down.
 */
class PolicyDevLinksTest {
  private static final Path DEV_SET = Path.of("src", "test", "resources", "policydev");

  @Test
  void developmentPublishers() throws IOException {
    check(LinksEvaluation.ofPolicyDev(DEV_SET, false), 0.90, 0.93, 0.90);
  }

  @Test
  void heldOutPublishers() throws IOException {
    check(LinksEvaluation.ofPolicyDev(DEV_SET, true), 0.85, 0.91, 0.87);
  }

  private static void check(LinksEvaluation e, double resolved, double keptOpen, double openKind) {
    LinksEvaluation.Tally t = e.total;
    assertTrue(t.kindRight >= resolved * t.expected, "links resolved right: " + t.kindRight + " of " + t.expected);
    assertTrue(t.wrong == 0, "links no mark names: " + t.wrong);
    assertTrue(t.unresolvedKept >= keptOpen * t.unresolvedExpected, "references kept: " + t.unresolvedKept + " of "
        + t.unresolvedExpected);
    assertTrue(t.openKindRight >= openKind * t.unresolvedExpected, "of the kind marked: " + t.openKindRight + " of "
        + t.unresolvedExpected);
  }
}
