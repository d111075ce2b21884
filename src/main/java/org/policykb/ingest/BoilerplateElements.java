package org.policykb.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes the elements of a page that are not its article: those whose class or id names them as
 * navigation, comments, share bars and the like, sections labelled as related pages or readers'
 * messages, and, inside the chosen article, lists of links.
 * An element named by a weaker word (share, side, bottom …) that holds running prose stays, and so
 * does one named header that holds a law's 题注 (the document's header with its title and note),
 * because sites name article wrappers carelessly (凤凰网 wraps its article in
 * {@code js_img_share_area}).
 */
final class BoilerplateElements {
  /** Class/id words of elements that are never the article. */
  private static final Set<String> NEVER_ARTICLE =
      Set.of("comment", "comments", "footer", "foot", "copyright", "statement", "disclaimer", "nav", "navbar",
          "menu", "breadcrumb", "crumb", "crumbs", "login", "pager", "pagination", "popup", "modal", "qrcode",
          "subscribe", "related", "relate", "recommend");
  /**
   * Class/id words of elements that are rarely the article but are sometimes its wrapper: these go
   * only when they hold no prose.
   */
  private static final Set<String> RARELY_ARTICLE =
      Set.of("share", "header", "sidebar", "side", "aside", "hot", "rank", "ranking", "ad", "ads", "advert",
          "banner", "toolbar", "weixin", "social", "search", "topbar", "bottom");
  private static final Pattern NAME_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])");
  /** Prose a named element must hold to stay: more than a comment or a footer notice has. */
  private static final int PROSE_LETTERS = 100;
  private static final int PROSE_SENTENCES = 2;
  /** Element kinds that can be a list of links rather than text. */
  private static final Set<String> LINK_LIST_KINDS =
      Set.of("div", "section", "ul", "ol", "dl", "table", "tbody", "tr", "td", "p", "li", "dd", "dt", "center");
  private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
  /** The share of link text above which a list, or any element without a sentence, is a list of links. */
  private static final double CAPTIONED_LINKS = 0.3;

  private BoilerplateElements() {}

  /** Removes from {@code body} every element whose class or id says it is boilerplate. */
  static void removeNamed(Element body) {
    for (Element e : body.select("[class], [id]")) {
      if (e.parent() != null && (isNamed(e, NEVER_ARTICLE) || isNamed(e, RARELY_ARTICLE) && !holdsProse(e) && !holdsNote(e))) {
        e.remove();
      }
    }
  }

  /**
   * Removes from {@code body} every section that a label names as other pages or readers' messages
   * ({@link NoticeBlocks#isSectionLabel}: 相关阅读, 网友留言 …): an element whose first text is such a
   * label in a child of its own, with the teasers or the messages and replies after it. A section
   * holding the page's {@code h1} is the page, not a section.
   */
  static void removeLabelled(Element body) {
    for (Element e : body.select("*")) {
      if (e != body && e.parent() != null && e.childrenSize() > 1 && e.selectFirst("h1") == null) {
        Element first = e.children().stream().filter(c -> !c.text().isBlank()).findFirst().orElse(null);
        if (first != null && e.ownText().isBlank() && NoticeBlocks.isSectionLabel(first.text())) {
          e.remove();
        }
      }
    }
  }

  /** Whether a class or id word of {@code e} names boilerplate. */
  static boolean isNamedBoilerplate(Element e) {
    return isNamed(e, NEVER_ARTICLE) || isNamed(e, RARELY_ARTICLE);
  }

  private static boolean isNamed(Element e, Set<String> words) {
    if (e.normalName().equals("body") || e.normalName().equals("html")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    return Arrays.stream(NAME_SPLIT.split(names)).map(w -> w.toLowerCase(Locale.ROOT)).anyMatch(words::contains);
  }

  /** A link that downloads a file: marked so, or pointing at a document's or a table's file. */
  private static final String ATTACHMENT_LINK = "a[download], a[href~=(?i)\\.(pdf|docx?|xlsx?|wps|et|ofd|zip|rar)$]";

  /**
   * Removes the link text inside {@code article}: the elements (not itself) that are menus or lists
   * of links (never one holding a law's 题注, whose links are the decisions that amended it), and the text an element other than a heading holds itself, outside its block elements,
   * when that is mostly links (links standing loose in the article's own element).
   */
  static void removeLinkLists(Element article) {
    // a link to a file the document attaches (附件：1.…操作指引.pdf) is its 附件说明, not navigation
    article.select(ATTACHMENT_LINK).unwrap();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        if (e != article && isLinkList(e) && !holdsNote(e)) {
          return FilterResult.REMOVE;
        }
        if (HtmlBody.isBlock(e) && !HtmlBody.isHeading(e) && TextDensity.ownInline(e).isMostlyLinks()) {
          e.childNodes().stream().filter(n -> !(n instanceof Element c && HtmlBody.isBlock(c))).toList().forEach(Node::remove);
        }
        return FilterResult.CONTINUE;
      }
    }, article);
  }

  /**
   * A menu or list of links: short and mostly links, or links with captions (dates, sources, counts)
   * and not one sentence, however long.
   */
  private static boolean isLinkList(Element e) {
    if (!LINK_LIST_KINDS.contains(e.normalName())) {
      return false;
    }
    TextDensity d = TextDensity.of(e);
    if (d.linkLetters() == 0) {
      return false;
    }
    if (d.sentenceEnds() == 0 && d.linkDensity() > CAPTIONED_LINKS) {
      return true;
    }
    return d.nonLinkLetters() < 100 && (LISTS.contains(e.normalName()) ? d.linkDensity() > CAPTIONED_LINKS : d.isMostlyLinks());
  }

  /** Whether {@code e} holds a law's 题注 ({@code （1993年12月29日…通过）}): the document's own header, not the page's. */
  static boolean holdsNote(Element e) {
    return e.getAllElements().stream().anyMatch(c -> PromulgationNote.opensNote(inlineText(c)));
  }

  /** The text {@code e} holds outside its block elements (its dates may be links). */
  private static String inlineText(Element e) {
    StringBuilder s = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        s.append(t.text());
      } else if (n instanceof Element c && !HtmlBody.isBlock(c)) {
        s.append(c.text());
      }
    }
    return s.toString().strip();
  }

  private static boolean holdsProse(Element e) {
    TextDensity d = TextDensity.of(e);
    return d.nonLinkLetters() >= PROSE_LETTERS && d.sentenceEnds() >= PROSE_SENTENCES && d.linkDensity() < 0.3;
  }
}
