package org.policykb.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page: the article is found by {@link ArticleExtractor} among navigation and other
 * boilerplate; title, date, source and canonical URL come from what the page states.
 */
final class HtmlPageReader implements SourceReader {
  private static final Pattern SHARED_URL = Pattern.compile("[?&]url=([^&#]+)");
  static final Pattern HTML_PAGE = Pattern.compile("^\\s*(<!doctype html|<html)", Pattern.CASE_INSENSITIVE);

  @Override
  public List<RecordDraft> read(SourceText source) {
    Document page = HtmlBody.parse(source.text());
    DocumentDraft draft = source.draft(1, null, 1);
    draft.format = "html";
    PageTable.Stated table = PageTable.read(page, draft.official);
    draft.official.offerDatePublished(PublishedLine.date(page), "page_table");
    draft.blocks = HtmlBody.readPage(page);
    draft.offerDate(ArticleExtractor.date(page), "html_meta");
    draft.offerDate(DateParser.parse(table.get("published")), "html_meta"); // the block's 发布日期, taken out of the page
    draft.source = ArticleExtractor.source(page);
    draft.url = ownUrl(page);
    String tableTitle = table.get("title");
    // the block's 标题 is the document's own title; a page's title may be cut or carry the site's name
    draft.useStatedTitle(tableTitle != null && tableTitle.length() >= 4 ? tableTitle : ArticleExtractor.title(page));
    return List.of(RecordDraft.of(draft));
  }

  /**
   * The page's own address: its canonical link or {@code og:url}, else the address its share buttons
   * pass on ({@code share.php?url=https%3A%2F%2Fstock.hexun.com%2F2019-09-26%2F198678130.html}), which
   * is the page itself; null when the page states neither.
   */
  static String ownUrl(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical], meta[property=og:url]");
    if (canonical != null) {
      String href = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
      return href.isBlank() ? null : href.strip();
    }
    for (Element a : page.select("a[href*=share][href*=url=]")) {
      Matcher m = SHARED_URL.matcher(a.attr("href"));
      if (m.find()) {
        String url = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
        if (url.startsWith("http://") || url.startsWith("https://")) {
          return url;
        }
      }
    }
    return null;
  }
}
