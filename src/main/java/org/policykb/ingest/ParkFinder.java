package org.policykb.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policykb.ingest.ZoneWords.ZoneWord;

/**
 * The high-tech zones and parks a Chinese text names: a place from the {@link Gazetteer}, an
 * optional proper name of one to four Han characters, and a zone word from {@link ZoneWords}
 * (惠州 + 仲恺 + 高新区). A zone word without its place (国家高新区, 推动高新区) is not a zone.
 *
 * <p>Values are normalised: the family's short form (无锡国家高新技术产业开发区 → 无锡高新区), 国家/国家级/省级
 * and a trailing 市/省/县 of the place dropped (苏州市高新区 → 苏州高新区), whitespace removed and full-width
 * ASCII folded. One pass over the text finds zone words; each looks back at most {@value #LOOK_BACK}
 * characters, so the cost is linear in the text.
 */
public final class ParkFinder {
  /** How far before a zone word its place may start. */
  static final int LOOK_BACK = 18;

  private ParkFinder() {}

  /** The zones and parks {@code text} names, distinct and normalised, in order of first appearance. */
  public static List<String> find(String text) {
    char[] c = new char[text.length()];
    int n = fold(text, c);
    Set<String> found = new LinkedHashSet<>();
    int lastEnd = 0;
    for (int i = 0; i < n; ) {
      ZoneWord w = ZoneWords.at(c, n, i);
      if (w == null) {
        i++;
        continue;
      }
      String value = ZoneNamer.name(c, Math.max(lastEnd, i - LOOK_BACK), i, w);
      if (value != null) {
        found.add(value);
      }
      i += w.surface().length();
      lastEnd = i;
    }
    return List.copyOf(found);
  }

  /** Copies {@code text} into {@code out} without whitespace and with full-width ASCII folded. */
  static int fold(String text, char[] out) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch <= ' ') {
        continue;
      }
      if (ch >= '\uFF01' && ch <= '\uFF5E') {
        ch = (char) (ch - 0xFEE0);
      } else if (ch >= '\u007F' && (Whitespace.isSpace(ch) || ch == '\uFEFF')) {
        continue;
      }
      out[n++] = ch;
    }
    return n;
  }

}
