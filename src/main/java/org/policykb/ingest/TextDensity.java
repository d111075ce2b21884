package org.policykb.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How much text an element holds and how much of it is link text, counted in letters and digits
 * so that whitespace and punctuation do not weigh. Article text is long, mostly unlinked and made of
 * sentences; menus, related-article lists and tool bars are short or mostly links.
 *
 * @param letters letters and digits of all the text
 * @param linkLetters those inside an {@code <a>}
 * @param sentenceEnds 。！？； marks, which prose has and menus do not
 */
record TextDensity(int letters, int linkLetters, int sentenceEnds) {
  private static final String SENTENCE_ENDS = "。！？；!?;";
  private static final TextDensity NONE = new TextDensity(0, 0, 0);

  /** All the text of {@code e}. */
  static TextDensity of(Element e) {
    TextDensity all = measure(e.text(), false);
    int links = 0;
    for (Element a : e.select("a")) {
      links += letters(a.text());
    }
    return new TextDensity(all.letters, Math.min(all.letters, links), all.sentenceEnds);
  }

  /** A text node's text, counted as unlinked: callers measure text nodes standing beside elements. */
  static TextDensity of(TextNode t) {
    return measure(t.text(), false);
  }

  /**
   * The text {@code e} holds itself: its text nodes and those of its inline elements, not those of
   * the block elements inside it, which are paragraphs of their own.
   */
  static TextDensity ownInline(Element e) {
    TextDensity sum = NONE;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        sum = sum.plus(measure(t.text(), insideLink(e)));
      } else if (child instanceof Element c && !HtmlBody.isBlock(c)) {
        sum = sum.plus(ownInline(c));
      }
    }
    return sum;
  }

  /** Letters and digits of {@code s}. */
  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isLetterOrDigit(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  int nonLinkLetters() {
    return letters - linkLetters;
  }

  double linkDensity() {
    return letters == 0 ? 0 : (double) linkLetters / letters;
  }

  /** Running prose: a good stretch of mostly unlinked text with a sentence, or a short unlinked sentence. */
  boolean isProse() {
    return sentenceEnds > 0 && (nonLinkLetters() >= 80 && linkDensity() < 0.25 || nonLinkLetters() >= 10 && linkLetters == 0);
  }

  private TextDensity plus(TextDensity o) {
    return new TextDensity(letters + o.letters, linkLetters + o.linkLetters, sentenceEnds + o.sentenceEnds);
  }

  private static TextDensity measure(String s, boolean link) {
    int n = letters(s);
    int ends = 0;
    for (int i = 0; i < s.length(); i++) {
      ends += SENTENCE_ENDS.indexOf(s.charAt(i)) >= 0 ? 1 : 0;
    }
    return new TextDensity(n, link ? n : 0, ends);
  }

  private static boolean insideLink(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.normalName().equals("a")) {
        return true;
      }
      if (HtmlBody.isBlock(p)) {
        return false;
      }
    }
    return false;
  }
}
