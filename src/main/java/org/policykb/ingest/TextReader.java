package org.policykb.ingest;

import java.util.List;

/**
 * Line-based text: Markdown-ish ({@code #} headings, link-only navigation lines), text extracted from
 * PDFs with hard line wraps, plain paragraphs, and the text a scraper kept of a whole page ({@link PageText}). One cleaner ({@link PlainTextBody}) reads all three
 * line by line, since one file often mixes them (a Markdown title over PDF-wrapped paragraphs).
 */
final class TextReader implements SourceReader {
  @Override
  public List<RecordDraft> read(SourceText source) {
    DocumentDraft draft = source.draft(1, null, 1);
    PageText.Cut page = PageText.cut(source.text()); // a whole page's text: its article, its metadata lines
    LineFilter.Filtered filtered = LineFilter.apply(SoftLineBreaks.joinTitle(page == null ? source.text() : page.article()));
    draft.url = filtered.url();
    draft.blocks = PlainTextBody.read(filtered.text());
    boolean markdownTitle = filtered.text().stripLeading().startsWith("# ");
    draft.format = filtered.text().lines().anyMatch(l -> l.startsWith("#")) ? "markdown" : "text";
    TitleFinder.find(draft, markdownTitle);
    if (page != null) {
      PageTable.read(page.metadata(), draft.official);
      draft.official.offerDatePublished(page.published(), "page_table");
    }
    return List.of(RecordDraft.of(draft));
  }
}
