package org.policykb.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.cli.Main;

/** The tools' entry point: {@code bench}, {@code fuzz} and {@code dev-cluster}, which the product's CLI no longer has. */
class ToolsTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Tools.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void fuzzReportsBothFuzzersAndSucceedsWhenNothingBreaks() {
    Run r = run("fuzz", "--cases", "60", "--seed", "3", "--corpus", TestCorpus.SEEDS.toString(),
        "--index", dir.resolve("index").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("ingestion: 60 cases from 5 files"), r.out());
    assertTrue(r.out().contains("api: 60 requests"), r.out());
    assertTrue(r.out().contains(", 0 failures"), r.out());
  }

  @Test
  void theToolsAreCommandsOfTheToolsAndNotOfTheProduct() {
    for (String tool : new String[] {"bench", "fuzz", "dev-cluster"}) {
      Run help = run(tool, "--help");
      assertEquals(0, help.code(), help.err());
      assertTrue(help.out().startsWith("Usage: policykb " + tool), help.out());
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      assertEquals(2, Main.run(new String[] {tool}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8)), tool + " is not a product command");
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unmatched argument"), err.toString(StandardCharsets.UTF_8));
    }
    assertEquals(2, run().code(), "no tool named");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String productHelp = out.toString(StandardCharsets.UTF_8);
    assertFalse(productHelp.contains("  bench "), productHelp);
    assertTrue(productHelp.contains("The tools bench, fuzz and dev-cluster"), productHelp);
  }
}
