package org.policykb.tools.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;

/**
 * Distinct queries drawn from a corpus by a seeded generator, as a researcher would type them for the
 * first time: phrases of 2–10 Han characters cut from random documents at random places, spread over
 * frequency bands by an estimate taken on other documents (the band a phrase is reported in is the
 * exact number of documents its search returns), plus OR, exclusion, {@code title:}, NEAR and filtered
 * queries made of such phrases. Texts come from the corpus files through ingestion, never from the
 * index, so drawing the queries warms none of the index's caches.
 */
final class FairQueries {
  /** A query and what kind it is: {@code phrase} (banded by its total) or a structured kind. */
  record Query(String kind, String q, String params, String grepPhrase) {}

  private final List<String> texts;
  private final List<String> estimation;
  private final long documents;
  private final Random random;

  private FairQueries(List<String> texts, List<String> estimation, long documents, long seed) {
    this.texts = texts;
    this.estimation = estimation;
    this.documents = documents;
    this.random = new Random(seed);
  }

  /** Reads {@code sample} random corpus files for phrases and as many others for the estimate. */
  static FairQueries from(Path corpus, int sample, long seed) throws IOException {
    CorpusReader reader = new CorpusReader();
    List<Path> files = new ArrayList<>(reader.list(corpus).files());
    java.util.Collections.shuffle(files, new Random(seed));
    List<String> texts = new ArrayList<>();
    List<String> estimation = new ArrayList<>();
    for (Path f : files) {
      if (estimation.size() >= sample) {
        break;
      }
      for (IngestResult r : reader.readAll(corpus, f)) {
        if (r.document() != null) {
          (texts.size() < sample ? texts : estimation).add(r.document().text());
        }
      }
    }
    return new FairQueries(texts, estimation, files.size(), seed);
  }

  /**
   * {@code perBand} phrases aimed at each of the five bands (1–10, 10–1k, 1k–10k, 10k–100k, over
   * 100k documents), and {@code structured} queries of each structured kind, all distinct and none in
   * {@code exclude}.
   */
  List<Query> draw(int perBand, int structured, Set<String> exclude) {
    long[] upper = {10, 1_000, 10_000, 100_000, Long.MAX_VALUE};
    List<List<String>> bands = new ArrayList<>();
    for (int b = 0; b < upper.length; b++) {
      bands.add(new ArrayList<>());
    }
    Set<String> seen = new LinkedHashSet<>(exclude);
    // a band above the corpus's size cannot be filled: it is not waited for
    long[] lower = {0, 10, 1_000, 10_000, 100_000};
    int feasible = 0;
    while (feasible < lower.length && lower[feasible] < documents) {
      feasible++;
    }
    int bandsToFill = feasible;
    for (int attempt = 0; attempt < 200_000 && bands.subList(0, bandsToFill).stream().anyMatch(l -> l.size() < perBand);
        attempt++) {
      String phrase = cut(2 + random.nextInt(9));
      if (phrase == null || !seen.add(phrase)) {
        continue;
      }
      int band = band(estimate(phrase), upper, phrase.length());
      if (bands.get(band).size() < perBand) {
        bands.get(band).add(phrase);
      }
    }
    List<Query> out = new ArrayList<>();
    bands.forEach(l -> l.forEach(p -> out.add(new Query("phrase", p, "", p))));
    List<String> all = bands.stream().flatMap(List::stream).toList();
    for (int i = 0; i < structured && all.size() > 4; i++) {
      String a = all.get(random.nextInt(all.size()));
      String b = all.get(random.nextInt(all.size()));
      String shortOne = cut(2 + random.nextInt(3));
      out.add(new Query("OR", a + " OR " + b, "", a));
      out.add(new Query("exclusion", a + " -" + b, "", a));
      if (shortOne != null && seen.add("title:" + shortOne)) {
        out.add(new Query("title:", "title:" + shortOne, "", shortOne));
      }
      String near = near();
      if (near != null) {
        out.add(new Query("NEAR", near, "", near.substring(0, near.indexOf(' '))));
      }
      out.add(new Query("filtered", a, "&from=" + (2016 + random.nextInt(6)) + "&to=" + (2022 + random.nextInt(4)), a));
    }
    return out;
  }

  /**
   * The band a phrase is drawn for. A phrase found in no document of the estimate is rare: the long
   * ones go to the rarest band, the short ones to the next.
   */
  private static int band(double estimate, long[] upper, int length) {
    if (estimate == 0) {
      return length >= 6 ? 0 : 1;
    }
    for (int b = 1; b < upper.length; b++) {
      if (estimate <= upper[b]) {
        return b;
      }
    }
    return upper.length - 1;
  }

  /** Documents of the corpus estimated to hold {@code phrase}, from the estimation sample. */
  private double estimate(String phrase) {
    int found = 0;
    for (String t : estimation) {
      if (t.contains(phrase)) {
        found++;
      }
    }
    return (double) found / estimation.size() * documents;
  }

  /** {@code length} consecutive Han characters from a random place of a random text, or null. */
  private String cut(int length) {
    String t = texts.get(random.nextInt(texts.size()));
    if (t.length() <= length) {
      return null;
    }
    int at = random.nextInt(t.length() - length);
    String s = t.substring(at, at + length);
    return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? s : null;
  }

  /** Two phrases of one sentence within 10 characters of each other, as {@code A NEAR/10 B}. */
  private String near() {
    String t = texts.get(random.nextInt(texts.size()));
    if (t.length() < 20) {
      return null;
    }
    int at = random.nextInt(t.length() - 14);
    String a = t.substring(at, at + 3);
    String b = t.substring(at + 8, at + 11);
    boolean han = (a + b).codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return han ? a + " NEAR/10 " + b : null;
  }
}
