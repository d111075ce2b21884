package org.policykb.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in a saved web page: boilerplate elements are removed by what their class or
 * id says they are, then each paragraph's text (less its link text) scores its parent fully and
 * its grandparent half, and the best-scoring element is the article — the approach of
 * readability-style extractors. Also reads the page's title, date and source where it states them.
 */
final class ArticleExtractor {
  /** Class/id words of elements that are never the article. */
  private static final Set<String> BOILERPLATE =
      Set.of("comment", "comments", "share", "footer", "foot", "header", "nav", "navbar", "menu", "sidebar",
          "side", "aside", "related", "relate", "recommend", "hot", "rank", "ranking", "ad", "ads", "advert",
          "banner", "breadcrumb", "crumb", "crumbs", "copyright", "login", "toolbar", "pager", "pagination",
          "subscribe", "qrcode", "weixin", "social", "popup", "modal", "search", "topbar", "bottom");
  private static final Pattern CLASS_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])");
  private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s*(?:_|\\s-\\s|--|\\s\\|\\s|｜|—\\s)\\s*");
  private static final Pattern DATE_TEXT =
      Pattern.compile("((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
  private static final Pattern SOURCE_TEXT = Pattern.compile("来源\\s*[:：]\\s*([\\p{IsHan}A-Za-z0-9·]{2,20}?)(?=作者|编辑|责编|记者|发布|时间|\\s|$|[|｜,，。;；)）\\]】])");
  private static final Pattern META_HINT = Pattern.compile("(?i)time|date|info|source|meta|pub|author|from");
  private static final int MIN_PARAGRAPH = 10;
  private static final int MIN_ARTICLE = 60;

  private ArticleExtractor() {}

  /** The element holding the article in {@code page}, which this modifies by removing boilerplate. */
  static Element article(Document page) {
    page.select(HtmlBody.NOT_TEXT).remove();
    for (Element e : page.body().select("[class], [id]")) {
      if (e.parent() != null && isBoilerplate(e)) {
        e.remove();
      }
    }
    Element tagged = page.body().selectFirst("article");
    if (tagged != null && textLength(tagged) >= MIN_ARTICLE) {
      return tagged;
    }
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : page.body().select("p, div, td, pre, section")) {
      double own = p.normalName().equals("p") || p.normalName().equals("pre") ? contentLength(p) : ownTextLength(p);
      if (own < MIN_PARAGRAPH) {
        continue;
      }
      Element parent = p.normalName().equals("p") || p.normalName().equals("pre") ? p.parent() : p;
      if (parent != null) {
        scores.merge(parent, own, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), own / 2, Double::sum);
        }
      }
    }
    return scores.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_ARTICLE)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(page.body());
  }

  /** The page's title: og:title, else an h1 the {@code <title>} contains, else the {@code <title>}'s first part. */
  static String title(Document page) {
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content");
    }
    String full = TextNormalizer.heading(page.title());
    for (Element h1 : page.select("h1")) {
      String h = TextNormalizer.heading(h1.text());
      if (h.length() >= 4 && (full.contains(h) || full.isEmpty())) {
        return h;
      }
    }
    String first = TITLE_SEPARATORS.split(full, 2)[0];
    if (first.length() >= 8 && first.length() < full.length()) {
      return first;
    }
    int dash = full.indexOf('-');
    return dash >= 8 ? full.substring(0, dash) : full;
  }

  /** A date the page states in its metadata or in a time/date element, else null. */
  static LocalDate date(Document page) {
    for (Element meta : page.select("meta[property=article:published_time], meta[name~=(?i)^(pubdate|publishdate|publish_time|date|dc.date)$], meta[itemprop=datePublished]")) {
      LocalDate d = DateParser.parse(meta.attr("content"));
      if (d != null) {
        return d;
      }
    }
    for (Element e : page.select("time[datetime]")) {
      LocalDate d = DateParser.parse(e.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    return firstMatch(page, DATE_TEXT, m -> safeDate(m));
  }

  /** The outlet a page names in a "来源：" line of its article header, else null. */
  static String source(Document page) {
    return firstMatch(page, SOURCE_TEXT, m -> m.group(1));
  }

  private interface Extract<T> {
    T from(Matcher m);
  }

  private static <T> T firstMatch(Document page, Pattern pattern, Extract<T> extract) {
    for (Element e : page.body() == null ? java.util.List.<Element>of() : page.body().select("[class], [id]")) {
      if (!META_HINT.matcher(e.className() + " " + e.id()).find() || e.text().length() > 200) {
        continue;
      }
      Matcher m = pattern.matcher(DateParser.toHalfWidthDigits(e.text()));
      if (m.find()) {
        T value = extract.from(m);
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  private static LocalDate safeDate(Matcher m) {
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static boolean isBoilerplate(Element e) {
    if (e.normalName().equals("body") || e.normalName().equals("html")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    return Arrays.stream(CLASS_SPLIT.split(names)).map(w -> w.toLowerCase(java.util.Locale.ROOT)).anyMatch(BOILERPLATE::contains);
  }

  /** Letters and digits of the element's text that are not link text. */
  private static double contentLength(Element e) {
    double all = textLength(e);
    double links = e.select("a").stream().mapToInt(ArticleExtractor::textLength).sum();
    return Math.max(0, all - links);
  }

  private static double ownTextLength(Element e) {
    int n = 0;
    for (TextNode t : e.textNodes()) {
      n += letters(t.text());
    }
    return n;
  }

  private static int textLength(Element e) {
    return letters(e.text());
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isLetterOrDigit(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
