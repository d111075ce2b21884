package org.policykb.tools.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.policykb.ingest.DocumentParser;
import org.policykb.ingest.UnreadableSourceException;
import org.policykb.model.Paragraph;
import org.policykb.model.PolicyDocument;

/**
 * Mutates real files at random (fixed seed, so every failure can be replayed) and checks that
 * ingestion either yields a well-formed document or a clear {@link UnreadableSourceException} —
 * never any other exception, never a hang.
 */
public final class IngestFuzzer {
  /** What one run found; {@code failures} name the case number and what went wrong. */
  public record Report(
      int cases, int documents, int rejected, Map<String, Integer> reasons, List<String> failures) {}

  private static final String[] FRAGMENTS = {
    "<p>", "</p>", "<div>", "<script>alert(1)</script>", "---\n", "\n---\n", "# ", "## ", "[返回](//x)",
    "<doc>", "</doc>", "<content>", "\"", "“", "》", "\u0000", "\uFEFF", "\u200B", "\r\n", "\n\n", "&amp;",
    "&#0;", "<meta charset=\"big5\">", "<title>", "{\"title\":", "]]>", "<!--", "。", "，", "▶ ", "来源：",
    "(作者", "<strong>", "<h1>", "\t", "\uD800", "𠀀", "２０２５", "　　",
  };

  private final DocumentParser parser = new DocumentParser();

  public Report run(List<byte[]> inputs, List<String> names, int cases, long seed) {
    Random random = new Random(seed);
    int documents = 0;
    int rejected = 0;
    List<String> failures = new ArrayList<>();
    Map<String, Integer> reasons = new TreeMap<>();
    for (int c = 0; c < cases; c++) {
      int pick = random.nextInt(inputs.size());
      byte[] mutated = mutate(inputs.get(pick), random);
      String name = names.get(pick);
      try {
        PolicyDocument d = parser.parse("fuzz", name, mutated);
        check(d);
        documents++;
      } catch (UnreadableSourceException expected) {
        rejected++;
        String reason = expected.getMessage().replaceAll("[:(].*", "").strip();
        reasons.merge(reason, 1, Integer::sum);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        failures.add("case " + c + " (" + name + ", seed " + seed + "): " + e);
      }
    }
    return new Report(cases, documents, rejected, reasons, failures);
  }

  private static void check(PolicyDocument d) {
    if (d.text().isBlank()) {
      throw new IllegalStateException("blank text accepted");
    }
    for (Paragraph p : d.paragraphs()) {
      if (p.end() > d.text().length() || p.start() > p.end()) {
        throw new IllegalStateException("paragraph outside the text: " + p);
      }
    }
  }

  static byte[] mutate(byte[] original, Random random) {
    byte[] b = original;
    int rounds = 1 + random.nextInt(6);
    for (int r = 0; r < rounds; r++) {
      int at = b.length == 0 ? 0 : random.nextInt(b.length);
      b = switch (random.nextInt(7)) {
        case 0 -> flip(b, at, random);
        case 1 -> Arrays.copyOf(b, at);
        case 2 -> splice(b, at, FRAGMENTS[random.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8));
        case 3 -> splice(b, at, randomBytes(random, 1 + random.nextInt(16)));
        case 4 -> remove(b, at, random.nextInt(64));
        case 5 -> splice(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + random.nextInt(256))));
        default -> splice(b, at, ("<div>".repeat(random.nextInt(2000))).getBytes(StandardCharsets.UTF_8));
      };
    }
    return b;
  }

  private static byte[] flip(byte[] b, int at, Random random) {
    if (b.length == 0) {
      return b;
    }
    byte[] copy = b.clone();
    copy[at] ^= (byte) (1 << random.nextInt(8));
    return copy;
  }

  private static byte[] splice(byte[] b, int at, byte[] insert) {
    byte[] out = new byte[b.length + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at, out, at + insert.length, b.length - at);
    return out;
  }

  private static byte[] remove(byte[] b, int at, int n) {
    int end = Math.min(b.length, at + n);
    byte[] out = new byte[b.length - (end - at)];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(b, end, out, at, b.length - end);
    return out;
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }
}
