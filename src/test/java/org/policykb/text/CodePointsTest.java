package org.policykb.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Keys sorted by their packed first units come in code point order, equal keys in their indexes' order:
 * the oracle compares the keys' code point arrays, where U+E000 comes before U+20000 (UTF-16 puts it
 * after the surrogates), a paragraph break (U+0000) before every character, and a key before the
 * longer keys it begins.
 */
class CodePointsTest {
  private static final String[] UNITS = {"\0", "a", "中", "国", "\uD7FF", "\uE000", "\uFFFD", "\uFFFE", "\uFFFF",
      new String(Character.toChars(0x20000)), new String(Character.toChars(0x2A6D6))};

  @Test
  void sortedIndexesFollowCodePointOrderAndKeepTiesInPlace() {
    Random random = new Random(20261207);
    for (int round = 0; round < 50; round++) {
      String[] keys = new String[1 + random.nextInt(3000)];
      for (int i = 0; i < keys.length; i++) {
        StringBuilder key = new StringBuilder();
        int length = random.nextInt(8);
        for (int k = 0; k < length; k++) {
          key.append(UNITS[random.nextInt(k < 4 ? 3 : UNITS.length)]); // alike heads, different tails
          if (random.nextInt(6) == 0) {
            key.append(UNITS[random.nextInt(UNITS.length)]);
          }
        }
        keys[i] = key.toString();
      }
      Comparator<Integer> byCodePoints = (a, b) -> Arrays.compare(keys[a].codePoints().toArray(), keys[b].codePoints().toArray());
      int[] expected = IntStream.range(0, keys.length).boxed().sorted(byCodePoints).mapToInt(Integer::intValue).toArray();
      assertArrayEquals(expected, CodePoints.sortedIndexes(keys), "round " + round);
    }
  }
}
