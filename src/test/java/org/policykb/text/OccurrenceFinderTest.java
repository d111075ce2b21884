package org.policykb.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policykb.analysis.CharFolding;
import org.policykb.analysis.Paragraphs;
import org.policykb.query.ParsedQuery;
import org.policykb.query.QueryParser;
import org.policykb.query.QueryTerm;

/**
 * The scan that skips stretches no phrase can begin in finds what reading every folded code point finds:
 * the oracle here folds the whole text and takes, left to right, the longest phrase at each code point
 * that no paragraph break splits — over texts of folded forms (traditional, full-width), characters that
 * fold to nothing or to several code points, supplementary characters and paragraph breaks.
 */
class OccurrenceFinderTest {
  private static final String[] PIECES = {"发", "展", "發", "高", "新", "区", "协", "同", "的", "Ａ", "a", "b", " ", "“", "”", "，", "\n",
      "\n\n", "㍿", "株", "式", "会", "社", new String(Character.toChars(0x20000)), "\u200B", "发展", "高新区", "协同"};

  @Test
  void skippingFindsWhatReadingEveryCodePointFinds() {
    Random random = new Random(20261207);
    List<String> queries = List.of("发展", "發展", "高新区 OR 新区", "发展发展", "a", "Ａb", "株式", "会社 OR 株式会社", "的",
        "\"" + new String(Character.toChars(0x20000)) + "发\"", "区协 OR 协同 OR 同发", "展高");
    for (int round = 0; round < 400; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(200); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      for (String q : queries) {
        ParsedQuery parsed = QueryParser.parse(q);
        assertEquals(oracle(text.toString(), parsed.textTerms()), OccurrenceFinder.find(text.toString(), parsed.textTerms()),
            q + " in " + text);
      }
    }
  }

  /** Every folded code point with the span of the character it came from; then leftmost-longest matches. */
  private static List<Occurrence> oracle(String text, List<QueryTerm> terms) {
    List<int[]> folded = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      int from = i;
      CharFolding.fold(cp).codePoints().forEach(c -> folded.add(new int[] {c, from, end}));
      i = end;
    }
    List<Occurrence> out = new ArrayList<>();
    for (int at = 0; at < folded.size(); ) {
      int best = 0;
      for (QueryTerm t : terms) {
        int[] p = t.folded();
        if (p.length <= best || at + p.length > folded.size()) {
          continue;
        }
        boolean same = true;
        for (int k = 0; k < p.length && same; k++) {
          same = folded.get(at + k)[0] == p[k];
        }
        if (same && !Paragraphs.breakBetween(text, folded.get(at)[2], folded.get(at + p.length - 1)[1])) {
          best = p.length;
        }
      }
      if (best > 0) {
        out.add(new Occurrence(folded.get(at)[1], folded.get(at + best - 1)[2]));
        at += best;
      } else {
        at++;
      }
    }
    return out;
  }
}
