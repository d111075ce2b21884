package org.policykb.ingest;

import java.util.List;

/**
 * YAML front matter followed by an HTML or text body — a Jekyll post, whether saved as
 * {@code .md}, {@code .txt} or {@code .html}. The front matter states title, date, url, source,
 * authors, categories and tags; the body is read as an HTML fragment when it has block tags.
 */
final class FrontMatterReader implements SourceReader {

  /** True when {@code text} opens with a front matter block. */
  static boolean opens(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.startsWith("---\n") || t.startsWith("---\r\n");
  }

  /** The elements of an official document the front matter states, as a legal database's export names them. */
  private static void official(FrontMatter fm, OfficialDraft official) {
    official.offerDocNumber(MetadataValues.first(fm.string("doc_number"), fm.string("发文字号"), fm.string("文号")), "record");
    for (String f : List.of("issuers", "issuer", "issuing_authority", "office", "发文机关", "制定机关")) {
      official.offerIssuers(fm.list(f, MetadataValues.NAME_SEPARATORS), "record");
    }
    official.offerDateSigned(DateParser.parse(MetadataValues.first(fm.string("date_signed"), fm.string("成文日期"))), "record");
    official.offerDatePublished(DateParser.parse(MetadataValues.first(fm.string("date_published"), fm.string("publish_date"),
        fm.string("publish"), fm.string("发布日期"), fm.string("公布日期"))), "record");
  }

  @Override
  public List<RecordDraft> read(SourceText source) throws UnreadableSourceException {
    FrontMatter fm = FrontMatter.split(source.text());
    DocumentDraft draft = source.draft(1, null, 1);
    LineFilter.Filtered filtered = LineFilter.apply(fm.body());
    boolean html = HtmlBody.holdsTags(filtered.text());
    draft.format = html ? "front-matter+html" : "front-matter+text";
    if (HtmlPageReader.HTML_PAGE.matcher(filtered.text()).find()) {
      draft.blocks = HtmlBody.readPage(HtmlBody.parse(filtered.text()));
    } else {
      draft.blocks = html ? HtmlBody.readFragment(filtered.text()) : PlainTextBody.read(filtered.text());
    }
    draft.url = MetadataValues.first(fm.string("url"), fm.string("link"), filtered.url());
    draft.sourceUrl = MetadataValues.first(fm.string("source_url"), fm.string("original_url"));
    draft.source = fm.string("source");
    draft.categories.addAll(fm.list("categories", MetadataValues.TAG_SEPARATORS));
    draft.tags.addAll(fm.list("tags", MetadataValues.TAG_SEPARATORS));
    fm.list("author", MetadataValues.NAME_SEPARATORS).forEach(draft::addAuthor);
    fm.list("authors", MetadataValues.NAME_SEPARATORS).forEach(draft::addAuthor);
    draft.offerDate(DateParser.parse(fm.string("date")), "front_matter");
    draft.offerYear(DateParser.parseYear(fm.string("date")), "front_matter");
    draft.offerYear(DateParser.parseYear(fm.string("year")), "front_matter");
    official(fm, draft.official);
    draft.useStatedTitle(fm.string("title"));
    return List.of(RecordDraft.of(draft));
  }
}
