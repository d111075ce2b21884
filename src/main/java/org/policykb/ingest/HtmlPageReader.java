package org.policykb.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page: the article is found by {@link ArticleExtractor} among navigation and other
 * boilerplate; title, date, source and canonical URL come from what the page states.
 */
final class HtmlPageReader implements SourceReader {
  static final Pattern HTML_PAGE = Pattern.compile("^\\s*(<!doctype html|<html)", Pattern.CASE_INSENSITIVE);

  @Override
  public List<RecordDraft> read(SourceText source) {
    Document page = HtmlBody.parse(source.text());
    DocumentDraft draft = source.draft(1, null, 1);
    draft.format = "html";
    draft.blocks = HtmlBody.readPage(page);
    draft.offerDate(ArticleExtractor.date(page), "html_meta");
    draft.source = ArticleExtractor.source(page);
    Element canonical = page.selectFirst("link[rel=canonical], meta[property=og:url]");
    if (canonical != null) {
      String href = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
      draft.url = href.isBlank() ? null : href.strip();
    }
    draft.useStatedTitle(ArticleExtractor.title(page));
    return List.of(RecordDraft.of(draft));
  }
}
