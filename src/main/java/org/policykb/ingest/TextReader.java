package org.policykb.ingest;

import java.util.List;

/**
 * Line-based text: Markdown-ish ({@code #} headings, link-only navigation lines), text extracted from
 * PDFs with hard line wraps, and plain paragraphs. One cleaner ({@link PlainTextBody}) reads all three
 * line by line, since one file often mixes them (a Markdown title over PDF-wrapped paragraphs).
 */
final class TextReader implements SourceReader {
  @Override
  public List<RecordDraft> read(SourceText source) {
    DocumentDraft draft = source.draft(1, null, 1);
    LineFilter.Filtered filtered = LineFilter.apply(SoftLineBreaks.joinTitle(source.text()));
    draft.url = filtered.url();
    draft.blocks = PlainTextBody.read(filtered.text());
    boolean markdownTitle = filtered.text().stripLeading().startsWith("# ");
    draft.format = filtered.text().lines().anyMatch(l -> l.startsWith("#")) ? "markdown" : "text";
    TitleFinder.find(draft, markdownTitle);
    return List.of(RecordDraft.of(draft));
  }
}
