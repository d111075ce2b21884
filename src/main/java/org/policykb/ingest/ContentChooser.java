package org.policykb.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Chooses the element of a page that holds its article, as Mozilla Readability does. Every stretch
 * of text that a block element holds itself — a paragraph, a list item, the {@code <br>}-separated
 * lines of a div or table cell — scores the element it is a paragraph of by its unlinked letters,
 * and that element's parent by half, unless it is mostly links (a teaser with its date and source);
 * each score is then discounted by the share of link text ({@link TextDensity}: the keyword links
 * of a sentence are its text). A
 * list's items are paragraphs of the element holding the list, so that a law's 条 in an {@code <ol>}
 * and the introduction before it score one element. The best-scoring element is the article,
 * widened to the run of its siblings that are more of it: paragraphs a site split over several
 * divs belong to the article as much as the best one does.
 */
final class ContentChooser {
  /** Elements whose own text is one paragraph of their parent. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "li", "dd", "dt");
  /** Elements that are one paragraph of their parent when no block element is inside them. */
  private static final Set<String> WRAPPERS = Set.of("div", "section", "center");
  private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final int MIN_PARAGRAPH = 10;
  private static final int MIN_ARTICLE = 60;
  /**
   * A sibling scoring this share of the best element's score, and at least {@link #MIN_ARTICLE},
   * is more of the article; a single short paragraph beside it (a promotion) is not.
   */
  private static final double SIBLING_SHARE = 0.2;
  /** Siblings with text but no prose (a heading, a caption) that may stand between two parts of the article. */
  private static final int MAX_GAP = 3;

  private final Map<Element, Double> scores = new HashMap<>();

  private ContentChooser() {}

  /** The element of {@code body} holding the article; {@code body} itself when no element scores enough. */
  static Element choose(Element body) {
    ContentChooser chooser = new ContentChooser();
    chooser.score(body);
    Map.Entry<Element, Double> best = chooser.scores.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_ARTICLE)
        .max(Map.Entry.comparingByValue())
        .orElse(null);
    if (best == null) {
      return body;
    }
    return best.getKey() == body ? body : chooser.withSiblings(best.getKey(), best.getValue());
  }

  private void score(Element body) {
    Map<Element, Double> raw = new HashMap<>();
    for (Element b : body.getAllElements()) {
      // A heading names the article; it is not its body. A br or hr holds no text.
      if (!HtmlBody.isBlock(b) || HEADINGS.contains(b.normalName()) || b.childNodeSize() == 0) {
        continue;
      }
      TextDensity ownText = TextDensity.ownInline(b);
      int own = ownText.nonLinkLetters();
      // A paragraph mostly of links (a caption, a teaser with its date) is not article text.
      if (own < MIN_PARAGRAPH || ownText.isMostlyLinks()) {
        continue;
      }
      Element container = containerOf(b);
      raw.merge(container, (double) own, Double::sum);
      if (container.parent() != null && container != body) {
        raw.merge(container.parent(), own / 2.0, Double::sum);
      }
    }
    raw.forEach((e, s) -> scores.put(e, s * (1 - TextDensity.of(e).linkDensity())));
  }

  /** The element {@code b}'s own text is a paragraph of. */
  private static Element containerOf(Element b) {
    if (!PARAGRAPHS.contains(b.normalName()) || b.parent() == null) {
      return b;
    }
    Element parent = b.parent();
    return LISTS.contains(parent.normalName()) && parent.parent() != null ? parent.parent() : parent;
  }

  /** A paragraph, or a div that is one. */
  private static boolean isParagraph(Element b) {
    if (PARAGRAPHS.contains(b.normalName())) {
      return true;
    }
    return WRAPPERS.contains(b.normalName())
        && b.getAllElements().stream().skip(1).noneMatch(HtmlBody::isBlock);
  }

  /**
   * {@code top}, or its parent cut down to the run of children from the first to the last that hold
   * prose, when {@code top} has such siblings.
   */
  private Element withSiblings(Element top, double topScore) {
    Element parent = top.parent();
    List<Node> kids = new ArrayList<>(parent.childNodes());
    int at = kids.indexOf(top);
    int first = edge(kids, at, -1, topScore);
    int last = edge(kids, at, 1, topScore);
    if (first == at && last == at) {
      return top;
    }
    for (int k = 0; k < kids.size(); k++) {
      if (k < first || k > last) {
        kids.get(k).remove();
      }
    }
    return parent;
  }

  /** The index of the farthest sibling in direction {@code step} that is more of the article. */
  private int edge(List<Node> kids, int at, int step, double topScore) {
    int edge = at;
    int gap = 0;
    for (int k = at + step; k >= 0 && k < kids.size() && gap <= MAX_GAP; k += step) {
      Node n = kids.get(k);
      if (isMoreOfTheArticle(n, topScore)) {
        edge = k;
        gap = 0;
      } else if (hasText(n)) {
        gap++;
      }
    }
    return edge;
  }

  private boolean isMoreOfTheArticle(Node n, double topScore) {
    if (n instanceof TextNode t) {
      return TextDensity.of(t).isProse();
    }
    if (!(n instanceof Element e) || HEADINGS.contains(e.normalName())) {
      return false;
    }
    if (BoilerplateElements.holdsNote(e)) {
      return true; // the document's header with its title and a law's 题注, beside its articles
    }
    if (BoilerplateElements.isNamedBoilerplate(e)) {
      return false;
    }
    double score = scores.getOrDefault(e, 0.0);
    return score >= Math.max(MIN_ARTICLE, SIBLING_SHARE * topScore) || (isParagraph(e) && TextDensity.of(e).isProse());
  }

  private static boolean hasText(Node n) {
    return n instanceof TextNode t ? !t.isBlank() : n instanceof Element e && !e.text().isBlank();
  }
}
