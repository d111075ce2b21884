package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML → blocks with jsoup. Elements that are never article text are removed first; every block
 * element then ends a block, and so does every {@code <br>}, so that lines a page separates with
 * {@code <br>} (a law's articles in one table cell) are paragraphs of their own; {@code h1}–{@code h6},
 * and paragraphs whose text is all bold, become headings.
 */
final class HtmlBody {
  /**
   * Never article text. A {@code <form>} is not among them: ASP.NET and CMS pages wrap whole
   * articles in one; its controls are.
   */
  static final String NOT_TEXT =
      "script, style, noscript, template, nav, header, footer, aside, iframe, button, select, input, textarea, svg, head";

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure",
          "figcaption", "center", "br", "hr", "body");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> BOLD = Set.of("strong", "b");

  private HtmlBody() {}

  static Document parse(String html) {
    return Jsoup.parse(html);
  }

  /**
   * The blocks of a page's article, found by {@link ArticleExtractor} on a copy of the page, less
   * the notices about the page ({@link NoticeBlocks}).
   */
  static List<Block> readPage(Document page) {
    return NoticeBlocks.drop(blocks(ArticleExtractor.article(page.clone())));
  }

  private static final java.util.regex.Pattern HTML_TAGS = java.util.regex.Pattern.compile(
      "<(p|div|br|h[1-6]|span|strong|table|ul|ol|li|section|article)(\\s[^>]*)?/?>", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Whether {@code text} is HTML: it holds block or inline tags, not just an angle bracket. */
  static boolean holdsTags(String text) {
    return HTML_TAGS.matcher(text).find();
  }

  /** The blocks of an HTML fragment, such as the body after a front matter. */
  static List<Block> readFragment(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select(NOT_TEXT).remove();
    return blocks(doc.body());
  }

  /** Whether {@code e} is a heading, {@code h1}–{@code h6}. */
  static boolean isHeading(Element e) {
    return HEADINGS.contains(e.normalName());
  }

  /** Whether {@code e} starts a new block of text rather than running on inside one. */
  static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName());
  }

  static List<Block> blocks(Element root) {
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return collector.blocks;
  }

  private static final class Collector implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    int boldChars;
    boolean headingOpen;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.text();
        text.append(s);
        if (insideBold(t)) {
          boldChars += s.strip().length();
        }
      } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        flush();
        headingOpen = HEADINGS.contains(e.normalName());
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        flush();
      }
    }

    void flush() {
      String s = text.toString().strip();
      if (!s.isEmpty()) {
        boolean allBold = boldChars >= s.replaceAll("\\s", "").length();
        boolean heading = headingOpen || (allBold && !LineShapes.endsTerminal(s) && LineShapes.width(s) <= 40);
        blocks.add(heading ? Block.heading(s) : Block.paragraph(s));
      }
      text.setLength(0);
      boldChars = 0;
      headingOpen = false;
    }

    private static boolean insideBold(TextNode t) {
      for (Node p = t.parent(); p instanceof Element e; p = e.parent()) {
        if (BOLD.contains(e.normalName())) {
          return true;
        }
        if (BLOCKS.contains(e.normalName())) {
          return false;
        }
      }
      return false;
    }
  }
}
