package org.policykb.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykb.analysis.TextMinHash;

/**
 * Groups documents into works: the files and records of one text. Two documents are one work when
 * they state the same 发文字号 and the same title (normalised), or when their texts are near-identical:
 * the MinHash estimates of the Jaccard similarity of their 5-character shingles and of their
 * sentences are at least {@link #SIMILAR} and {@link #SIMILAR_SENTENCES}, measured on real republications and versions (README, {@code
 * WorkThresholdMeasurementTest}), and they do not state two different 发文字号. Candidates come from
 * LSH banding ({@link #BANDS} bands of {@link #ROWS} hashes: a pair at 0.9 shares a band with
 * probability 1 − (1 − 0.9⁴)¹⁶ ≈ 0.9999), so no build compares every pair. The grouping is the transitive
 * closure of those links and does not depend on the order of the documents.
 */
public final class Works {
  /** The least similarity of the shingles of two texts of one work (README: the figures it was chosen from). */
  public static final double SIMILAR = 0.90;
  /** The least similarity of the sentences of two texts of one work: what tells a revised version apart. */
  public static final double SIMILAR_SENTENCES = 0.77;
  static final int ROWS = 4;
  static final int BANDS = TextMinHash.HASHES / ROWS;

  private Works() {}

  /** Each document's role, by id, every pair of candidates compared. */
  public static Map<String, WorkRole> group(Collection<WorkSignature> documents) {
    return group(documents, null);
  }

  /**
   * Each document's role, by id, comparing only what a change can have changed. A document signed
   * with the work it was last grouped in ({@link WorkSignature#work()}) is clean unless that work is in
   * {@code dissolved} (a member of it changed or went); the rest are dirty. A clean work is still one
   * work: it was one component of the candidates' graph and its edges joined clean members only, whose
   * signatures are unchanged, and no edge joins two clean works (they would have been one). So only
   * the pairs with a dirty member are compared, and the answer is the one comparing every pair gives —
   * as long as the rules are the same ones; a change of them needs a new {@link Fields#SCHEMA_VERSION}.
   *
   * @param dissolved the works to group again; null to compare every pair (a full build)
   */
  public static Map<String, WorkRole> group(Collection<WorkSignature> documents, java.util.Set<String> dissolved) {
    List<WorkSignature> docs = new ArrayList<>(documents);
    docs.sort(Comparator.comparing(WorkSignature::id));
    int n = docs.size();
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);
    boolean[] dirty = new boolean[n];
    Map<String, Integer> byKey = new HashMap<>();
    Map<String, Integer> byWork = new HashMap<>();
    List<int[]> hashes = new ArrayList<>(n);
    List<int[]> sentences = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      WorkSignature d = docs.get(i);
      dirty[i] = dissolved == null || d.work() == null || dissolved.contains(d.work());
      if (!dirty[i]) {
        Integer first = byWork.putIfAbsent(d.work(), i);
        if (first != null) {
          union(parent, first, i);
        }
      }
      if (d.key() != null) {
        Integer first = byKey.putIfAbsent(d.key(), i);
        if (first != null) {
          union(parent, first, i);
        }
      }
      hashes.add(d.hashes());
      sentences.add(d.sentenceHashes());
    }
    // one band at a time, so that only one band's buckets are held; only buckets with a dirty document
    for (int b = 0; b < BANDS; b++) {
      java.util.Set<Long> wanted = new java.util.HashSet<>();
      for (int i = 0; i < n; i++) {
        int[] h = hashes.get(i);
        if (dirty[i] && h != null && h.length == TextMinHash.HASHES) {
          wanted.add(band(h, b));
        }
      }
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        int[] h = hashes.get(i);
        if (h != null && h.length == TextMinHash.HASHES) {
          long key = band(h, b);
          if (wanted.contains(key)) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
          }
        }
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 1; x < bucket.size(); x++) {
          for (int y = 0; y < x; y++) {
            int i = bucket.get(x);
            int j = bucket.get(y);
            if ((dirty[i] || dirty[j]) && find(parent, i) != find(parent, j)
                && nearIdentical(docs.get(i), docs.get(j), hashes.get(i), hashes.get(j), sentences.get(i), sentences.get(j))) {
              union(parent, i, j);
            }
          }
        }
      }
    }
    return roles(docs, parent);
  }

  /**
   * Texts of one work: near-identical, and not two documents that state different numbers, nor two versions of a law
   * whose heads print different last revisions (its 2004 text changed one article of its 1999 one).
   */
  static boolean nearIdentical(WorkSignature a, WorkSignature b, int[] ha, int[] hb, int[] sa, int[] sb) {
    if (a.number() != null && b.number() != null && !a.number().equals(b.number())) {
      return false;
    }
    if (a.version() != null && b.version() != null && !a.version().equals(b.version())) {
      return false;
    }
    return TextMinHash.similarity(ha, hb) >= SIMILAR && TextMinHash.similarity(sa, sb) >= SIMILAR_SENTENCES;
  }

  private static Map<String, WorkRole> roles(List<WorkSignature> docs, int[] parent) {
    Map<Integer, List<WorkSignature>> groups = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(docs.get(i));
    }
    Map<String, WorkRole> out = new HashMap<>();
    for (List<WorkSignature> members : groups.values()) {
      String work = members.get(0).id(); // docs are in id order, so the first member has the smallest id
      WorkSignature shown = members.stream()
          .min(Comparator.comparingInt(WorkSignature::rank).thenComparing(WorkSignature::id)).orElseThrow();
      members.forEach(m -> out.put(m.id(), new WorkRole(work, m == shown)));
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The {@link #ROWS} hashes of band {@code b} as one key; two bands that collide are only compared needlessly. */
  private static long band(int[] h, int b) {
    long key = 1125899906842597L;
    for (int r = b * ROWS; r < b * ROWS + ROWS; r++) {
      key = 31 * key + h[r];
    }
    return key;
  }
}
