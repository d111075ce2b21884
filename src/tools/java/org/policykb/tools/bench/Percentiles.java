package org.policykb.tools.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latency figures of one series of timings, in milliseconds. */
record Percentiles(int count, double p50, double p90, double p99, double max) {
  static Percentiles of(List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d requests)", p50, p90, p99, max, count);
  }

  static double median(double... values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
