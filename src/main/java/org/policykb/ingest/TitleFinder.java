package org.policykb.ingest;

import java.util.regex.Pattern;

/**
 * The title of a text that has no metadata: its first {@code #} heading, else a title-like line
 * near the top (skipping labels such as 编者按 and numbered section headings), else — marked as
 * derived — the first sentence of the text, shortened at a clause boundary.
 */
final class TitleFinder {
  static final int MAX_DERIVED = 40;
  private static final Pattern LABEL = Pattern.compile("^(编者按|编者的话|编者注|导读|导语|核心提示|摘要|内容提要|按语)[:：]?$");

  private TitleFinder() {}

  static void find(DocumentDraft draft, boolean firstIsMarkdownTitle) {
    if (draft.blocks.isEmpty()) {
      return;
    }
    if (firstIsMarkdownTitle) {
      draft.title = TextNormalizer.heading(draft.blocks.get(0).text());
      return;
    }
    int looked = 0;
    for (Block b : draft.blocks) {
      String s = TextNormalizer.heading(b.text());
      if (LABEL.matcher(s).matches()) {
        continue;
      }
      if (b.isHeading() && !LineShapes.ENUMERATOR.matcher(s).find()) {
        draft.title = s;
        return;
      }
      if (++looked >= 3) {
        break;
      }
    }
    derive(draft);
  }

  /** The first sentence of the first paragraph, cut at a clause boundary when long. */
  static void derive(DocumentDraft draft) {
    for (Block b : draft.blocks) {
      String s = TextNormalizer.paragraph(b.text());
      if (s.isEmpty() || LABEL.matcher(s).matches()) {
        continue;
      }
      String sentence = s.split("(?<=[。！？!?；;])", 2)[0].replaceAll("[。；;]$", "");
      if (sentence.length() > MAX_DERIVED) {
        int cut = -1;
        for (int i = MAX_DERIVED; i >= 10; i--) {
          if ("，,、：:".indexOf(sentence.charAt(i)) >= 0) {
            cut = i;
            break;
          }
        }
        int hard = Character.isHighSurrogate(sentence.charAt(MAX_DERIVED - 1)) ? MAX_DERIVED - 1 : MAX_DERIVED;
        sentence = (cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, hard)) + "…";
      }
      draft.title = sentence;
      draft.titleDerived = true;
      return;
    }
  }
}
