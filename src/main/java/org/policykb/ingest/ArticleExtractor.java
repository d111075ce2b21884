package org.policykb.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page: the element holding its article, and its title, date and source where
 * the page states them.
 */
final class ArticleExtractor {
  private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s*(?:_|\\s-\\s|--|\\s\\|\\s|｜|—\\s)\\s*");
  private static final Pattern DATE_TEXT =
      Pattern.compile("((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
  private static final Pattern SOURCE_TEXT = Pattern.compile("来源\\s*[:：]\\s*([\\p{IsHan}A-Za-z0-9·]{2,20}?)(?=作者|编辑|责编|记者|发布|时间|\\s|$|[|｜,，。;；)）\\]】])");
  private static final Pattern LABELLED_DATE = Pattern.compile(
      "(?:发布|发表|更新|发文|成文)?(?:时间|日期)\\s*[:：]\\s*((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
  /** A metadata line is short; a longer element is the article or a container. */
  private static final int META_LENGTH = 200;
  private static final Pattern META_HINT = Pattern.compile("(?i)time|date|info|source|meta|pub|author|from");
  private static final int MIN_ARTICLE = 60;

  private ArticleExtractor() {}

  /**
   * The element holding the article in {@code page}, which this modifies: boilerplate elements are
   * removed ({@link BoilerplateElements}: by their names and by their labels), an {@code <article>} element with text is the article,
   * else {@link ContentChooser} chooses it; the lists of links inside it are removed last.
   */
  static Element article(Document page) {
    page.select(HtmlBody.NOT_TEXT).remove();
    BoilerplateElements.removeNamed(page.body());
    BoilerplateElements.removeLabelled(page.body());
    Element tagged = page.body().selectFirst("article");
    Element article = tagged != null && TextDensity.letters(tagged.text()) >= MIN_ARTICLE
        ? tagged
        : ContentChooser.choose(page.body());
    BoilerplateElements.removeLinkLists(article);
    return article;
  }

  /** The page's title: og:title, else an h1 the {@code <title>} contains, else the {@code <title>}'s first part. */
  static String title(Document page) {
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return withoutSiteName(og.attr("content"));
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

  /** A site's name after a title ({@code 中华人民共和国公司法(1993年)-维基文库，自由的图书馆}, {@code …_中国政府网}). */
  private static final java.util.regex.Pattern SITE_NAME =
      java.util.regex.Pattern.compile("\\s*[-_|｜–—]\\s*[^-_|｜–—]*(网|文库|图书馆|门户|百科|频道|客户端|在线|政府)[^-_|｜–—]*$");

  static String withoutSiteName(String title) {
    String cut = SITE_NAME.matcher(title).replaceFirst("");
    return cut.length() >= 4 ? cut : title;
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
    LocalDate hinted = firstMatch(page, DATE_TEXT, m -> safeDate(m));
    return hinted != null ? hinted : labelledDate(page);
  }

  /**
   * A date after a 发布时间/日期 label in a short element, for pages whose meta line has no telling
   * class (a table cell reading "来源: | 发布时间: 2018-05-17 | 浏览次数: 2168"), else null.
   */
  private static LocalDate labelledDate(Document page) {
    if (page.body() == null) {
      return null;
    }
    for (Element e : page.body().getAllElements()) {
      String text = e.text();
      if (text.length() > META_LENGTH) {
        continue;
      }
      Matcher m = LABELLED_DATE.matcher(DateParser.toHalfWidthDigits(text));
      if (m.find()) {
        return safeDate(m);
      }
    }
    return null;
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
      if (!META_HINT.matcher(e.className() + " " + e.id()).find() || e.text().length() > META_LENGTH) {
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
}
