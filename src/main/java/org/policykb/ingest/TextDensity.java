package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How much text an element holds and how much of it is link text, counted in letters and digits
 * so that whitespace and punctuation do not weigh. Article text is long, mostly unlinked and made of
 * sentences; menus, related-article lists and tool bars are short or mostly links.
 *
 * <p>Links are judged block by block (a paragraph, a list item, the text a div holds itself): the
 * links of a block that reads as a sentence — it ends one outside its links, and its links run on
 * into the words around them ({@code 是<a>高新区</a>的}) — are keyword links inside article text, and
 * count as text however much of the block they are. A menu's or a list's links stand apart, between
 * spaces, separators or list items.
 *
 * @param letters letters and digits of all the text
 * @param linkLetters those inside an {@code <a>}
 * @param sentenceEnds 。！？； marks, which prose has and menus do not
 */
record TextDensity(int letters, int linkLetters, int sentenceEnds) {
  private static final String SENTENCE_ENDS = "。！？；!?;";
  private static final double MOSTLY_LINKS = 0.5;
  /** Punctuation that joins a word to the next inside a clause: 、，“” 《》 （）. */
  private static final String JOINING = "、，,“”‘’《》（）";

  /** All the text of {@code e}: the sum of what it and each block element inside it hold themselves. */
  static TextDensity of(Element e) {
    // which blocks lie inside a link, found once for the whole element: asking each block's ancestors
    // would make a deeply nested page cost the square of its depth at every element measured
    boolean linked = insideLink(e);
    java.util.Set<Element> inLinks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    if (!linked) {
      for (Element a : e.getElementsByTag("a")) {
        inLinks.addAll(a.getAllElements());
      }
    }
    TextDensity sum = new InlineText(e, linked).density();
    for (Element b : e.getAllElements()) {
      if (b != e && HtmlBody.isBlock(b)) {
        sum = sum.plus(new InlineText(b, linked || inLinks.contains(b)).density());
      }
    }
    return sum;
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
    return new InlineText(e).density();
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

  /** More than half link text: a menu, a list of links or a link with its caption, not text. */
  boolean isMostlyLinks() {
    return linkDensity() > MOSTLY_LINKS;
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

  /** The text a block holds itself, and where its links are in it. */
  private static final class InlineText {
    private final StringBuilder text = new StringBuilder();
    /** Start and end of each link in {@link #text}. */
    private final List<int[]> links = new ArrayList<>();

    InlineText(Element block) {
      this(block, insideLink(block));
    }

    InlineText(Element block, boolean inLink) {
      if (inLink) {
        add(block, true);
        links.add(new int[] {0, text.length()});
      } else {
        add(block, false);
      }
    }

    private void add(Element e, boolean inLink) {
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          text.append(t.text());
        } else if (child instanceof Element c && !HtmlBody.isBlock(c)) {
          boolean link = !inLink && c.normalName().equals("a");
          int start = text.length();
          add(c, inLink || link);
          if (link && text.length() > start) {
            links.add(new int[] {start, text.length()});
          }
        }
      }
    }

    TextDensity density() {
      String s = text.toString();
      TextDensity all = measure(s, false);
      int linked = 0;
      for (int[] l : links) {
        linked += letters(s.substring(l[0], l[1]));
      }
      return new TextDensity(all.letters, isSentence() ? 0 : Math.min(all.letters, linked), all.sentenceEnds);
    }

    /**
     * Whether the links are words of a sentence: the text outside them has letters and ends a
     * sentence, and most links run on into the words or clause punctuation beside them.
     */
    private boolean isSentence() {
      if (links.isEmpty()) {
        return false;
      }
      StringBuilder unlinked = new StringBuilder();
      int from = 0;
      int joined = 0;
      for (int[] l : links) {
        unlinked.append(text, from, l[0]);
        from = l[1];
        joined += joins(l[0] - 1) || joins(l[1]) ? 1 : 0;
      }
      unlinked.append(text, from, text.length());
      TextDensity rest = measure(unlinked.toString(), false);
      return rest.letters > 0 && rest.sentenceEnds > 0 && 2 * joined >= links.size();
    }

    private boolean joins(int at) {
      if (at < 0 || at >= text.length()) {
        return false;
      }
      char c = text.charAt(at);
      return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || JOINING.indexOf(c) >= 0;
    }
  }

  /** Whether {@code e} is a link or inside one. */
  private static boolean insideLink(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.normalName().equals("a")) {
        return true;
      }
    }
    return false;
  }
}
