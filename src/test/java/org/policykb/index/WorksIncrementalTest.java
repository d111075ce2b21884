package org.policykb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policykb.model.OfficialElements;
import org.policykb.model.PolicyDocument;

/**
 * Grouping after a change compares only the pairs with a changed member, yet gives what comparing
 * every pair gives: a work whose bridge between two versions changed splits, a changed text joins the
 * work it now resembles, and works no change touched stay whole.
 */
class WorksIncrementalTest {
  /** A text of twelve sentences of random characters; in sentence {@code edited[k]} one character is another. */
  private static String text(long seed, int... edited) {
    StringBuilder out = new StringBuilder();
    for (int s = 0; s < 12; s++) {
      Random r = new Random(seed * 1000 + s);
      int[] sentence = new int[18];
      for (int c = 0; c < sentence.length; c++) {
        sentence[c] = 0x4E00 + r.nextInt(3000);
      }
      for (int k = 0; k < edited.length; k++) {
        if (edited[k] == s) {
          sentence[9] = 0x4E00 + 3000 + k; // the same edit in every text that has it
        }
      }
      out.append(new String(sentence, 0, sentence.length)).append('。');
    }
    return out.toString();
  }

  private static WorkSignature sig(String id, String text) {
    return WorkSignature.of(new PolicyDocument(id, "标题" + id, false, null, null, null, null, null, null, null, null, text, null,
        id + ".txt", "plain", null, null, OfficialElements.NONE, null));
  }

  /** The signatures as the last build kept them: each with the role the full grouping gave it. */
  private static Map<String, WorkSignature> grouped(Map<String, WorkSignature> fresh) {
    Map<String, WorkRole> roles = Works.group(fresh.values());
    Map<String, WorkSignature> out = new HashMap<>();
    fresh.forEach((id, s) -> out.put(id, s.withRole(roles.get(id))));
    return out;
  }

  @Test
  void aWorkWhoseBridgeChangedSplitsAndTheRestStayWhole() {
    Map<String, WorkSignature> docs = new HashMap<>();
    docs.put("v0", sig("v0", text(1)));
    docs.put("v1", sig("v1", text(1, 3)));
    docs.put("v2", sig("v2", text(1, 3, 8)));
    docs.put("w0", sig("w0", text(11)));
    docs.put("w1", sig("w1", text(11, 5)));
    Map<String, WorkSignature> before = grouped(docs);
    // v0 and v2 are one work only through v1
    assertEquals("v0", before.get("v2").work());
    assertEquals("w0", before.get("w1").work());
    assertNotEquals(Works.group(List.of(docs.get("v0"), docs.get("v2"))).get("v0").work(),
        Works.group(List.of(docs.get("v0"), docs.get("v2"))).get("v2").work());

    Map<String, WorkSignature> after = new HashMap<>(before);
    after.put("v1", sig("v1", text(99))); // the bridge now says something else
    Map<String, WorkRole> roles = Works.group(after.values(), Set.of("v0"));
    assertEquals(WorkRole.alone("v0"), roles.get("v0"));
    assertEquals(WorkRole.alone("v1"), roles.get("v1"));
    assertEquals(WorkRole.alone("v2"), roles.get("v2"));
    assertEquals("w0", roles.get("w1").work());
  }

  @Test
  void afterRandomChangesTheGroupingIsTheOneComparingEveryPairGives() {
    for (int seed = 0; seed < 20; seed++) {
      Random random = new Random(20261207L + seed);
      Map<String, WorkSignature> fresh = new HashMap<>();
      for (int base = 0; base < 25; base++) {
        int versions = 1 + random.nextInt(4); // a chain of versions, each one sentence further from the first
        for (int v = 0; v < versions; v++) {
          int[] edited = new int[v];
          for (int k = 0; k < v; k++) {
            edited[k] = 2 + 3 * k;
          }
          String id = "d" + base + "-" + v;
          fresh.put(id, sig(id, text(base * 7L + seed * 1000, edited)));
        }
      }
      Map<String, WorkSignature> before = grouped(fresh);
      Map<String, WorkSignature> after = new HashMap<>(before);
      Set<String> dissolved = new HashSet<>();
      List<String> ids = new ArrayList<>(before.keySet());
      java.util.Collections.sort(ids);
      for (String id : ids) {
        int roll = random.nextInt(10);
        if (roll == 0) { // changed: a text of its own, or another document's text
          dissolved.add(before.get(id).work());
          String text = random.nextBoolean() ? text(5000 + random.nextInt(1000)) : text(random.nextInt(25) * 7L + seed * 1000);
          after.put(id, sig(id, text));
        } else if (roll == 1) { // deleted
          dissolved.add(before.get(id).work());
          after.remove(id);
        }
      }
      for (int added = 0; added < 3; added++) {
        String id = "new" + added;
        after.put(id, sig(id, text(random.nextInt(25) * 7L + seed * 1000, 2)));
      }
      Map<String, WorkSignature> unsigned = new HashMap<>();
      after.forEach((id, s) -> unsigned.put(id, new WorkSignature(s.id(), s.format(), s.ocr(), s.number(), s.key(), s.minhash(),
          null, false, s.version())));
      assertEquals(Works.group(unsigned.values()), Works.group(after.values(), dissolved), "seed " + seed);
    }
  }
}
