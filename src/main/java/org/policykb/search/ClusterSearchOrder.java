package org.policykb.search;

import java.util.Comparator;

/** Orders the embedded index uses implicitly, spelled out for answers assembled from a cluster's. */
final class ClusterSearchOrder {
  private ClusterSearchOrder() {}

  /** Unicode code point order: the order of Lucene's terms and ordinals (UTF-8 bytes), not UTF-16's. */
  static final Comparator<String> CODE_POINTS = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  };
}
