package org.policykb.index;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policykb.analysis.TextMinHash;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;

/**
 * Measures the similarity {@link Works} compares with its threshold on real texts: the same
 * document as HTML/record/text, PDF, DOCX and DOC ({@code ../shared/policydocs}), the real-world
 * documents of {@code ../shared/realworld} and the laws of {@code ../shared/policygraph} with their
 * versions. Pairs are marked by the test (same stem across formats; same title among the laws = a
 * version, never the same work), not by the code; it prints the figures the README states and checks
 * the threshold lies between the true pairs and the nearest other documents.
 */
class WorkThresholdMeasurementTest {
  private static final Path SHARED = Path.of("..", "shared");

  private record Text(String group, String file, int[] signature, int[] sentences) {}

  @Test
  void theThresholdSeparatesOneTextsFilesFromItsNearestOtherTextsAndVersions() throws IOException {
    assumeTrue(Files.isDirectory(SHARED.resolve("policydocs/formats")), "../shared/policydocs is absent");
    List<Text> texts = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    read(reader, SHARED.resolve("policydocs"), texts, true);
    read(reader, SHARED.resolve("policydocs/formats"), texts, true);
    if (Files.isDirectory(SHARED.resolve("realworld"))) {
      read(reader, SHARED.resolve("realworld"), texts, false);
    }
    List<Text> laws = new ArrayList<>();
    if (Files.isDirectory(SHARED.resolve("policygraph/docs"))) {
      readLaws(reader, SHARED.resolve("policygraph/docs"), laws);
    }
    double truePairMin = 1;
    double otherMax = 0;
    double sentencePairMin = 1;
    double otherSentenceMax = 0;
    String otherMaxPair = null;
    List<Text> all = new ArrayList<>(texts);
    all.addAll(laws);
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Text a = all.get(i);
        Text b = all.get(j);
        double s = TextMinHash.similarity(a.signature(), b.signature());
        double t = TextMinHash.similarity(a.sentences(), b.sentences());
        boolean joined = t >= Works.SIMILAR_SENTENCES && s >= Works.SIMILAR;
        boolean samework = a.group() != null && a.group().equals(b.group()) && !a.group().startsWith("law:");
        if (samework) {
          System.out.printf(Locale.ROOT, "same text  %.3f %.3f  %s  %s%n", s, t, a.file(), b.file());
          truePairMin = Math.min(truePairMin, s);
          sentencePairMin = Math.min(sentencePairMin, t);
          assertTrue(joined, "a true pair is not joined: " + a.file() + " " + b.file());
        } else {
          if (a.group() != null && a.group().equals(b.group()) || s >= 0.3) {
            System.out.printf(Locale.ROOT, "%s %.3f %.3f  %s  %s%n", a.group() != null && a.group().equals(b.group())
                ? "version   " : "other     ", s, t, a.file(), b.file());
          }
          assertTrue(!joined, "another text is joined: " + a.file() + " " + b.file());
          otherSentenceMax = Math.max(otherSentenceMax, t);
          if (s > otherMax) {
            otherMax = s;
            otherMaxPair = a.file() + " ~ " + b.file();
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "texts %d (laws %d): shingles: true pairs min %.3f, other pairs max %.3f (%s), threshold %.2f;"
        + " sentences: true pairs min %.3f, other pairs max %.3f, threshold %.2f%n",
        all.size(), laws.size(), truePairMin, otherMax, otherMaxPair, Works.SIMILAR, sentencePairMin, otherSentenceMax,
        Works.SIMILAR_SENTENCES);
  }

  /** Files of one folder; in policydocs the stem (zygov_2) names the text, whatever the format. */
  private static void read(CorpusReader reader, Path dir, List<Text> out, boolean stemIsText) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".tsv") || name.endsWith(".md") && !stemIsText || name.startsWith("README")) {
          continue;
        }
        for (IngestResult r : reader.readAll(dir, f)) {
          if (r.status() == IngestResult.Status.OK) {
            String stem = name.substring(0, name.indexOf('.'));
            out.add(new Text(stemIsText ? stem : null, dir.getFileName() + "/" + name, TextMinHash.of(r.document().text()), TextMinHash.ofSentences(r.document().text())));
          }
        }
      }
    }
  }

  /** The laws: files with the same first line (title) are versions of one law — different works. */
  private static void readLaws(CorpusReader reader, Path dir, List<Text> out) throws IOException {
    Map<String, Integer> titles = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String title = Files.readAllLines(f, StandardCharsets.UTF_8).get(0).replace("#", "").strip();
        titles.merge(title, 1, Integer::sum);
        for (IngestResult r : reader.readAll(dir, f)) {
          if (r.status() == IngestResult.Status.OK) {
            out.add(new Text("law:" + title, "policygraph/" + f.getFileName(), TextMinHash.of(r.document().text()), TextMinHash.ofSentences(r.document().text())));
          }
        }
      }
    }
    System.out.println("law titles with several versions: " + titles.values().stream().filter(n -> n > 1).count());
  }
}
