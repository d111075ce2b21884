package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import org.policykb.model.PolicyDocument;

/**
 * One file's bytes → its documents: decodes, hands the text to the {@link SourceReader} of its shape,
 * then finishes every record the same way — notices at its end dropped, the dateline and byline
 * under its title read, author and source lines, dates in the title and URLs, a title derived when
 * none is stated — and builds it.
 */
public final class DocumentParser {
  private static final SourceReader JSON = new JsonRecordsReader();
  private static final SourceReader DOC_RECORDS = new DocRecordsReader();
  private static final SourceReader FRONT_MATTER = new FrontMatterReader();
  private static final SourceReader HTML_PAGE = new HtmlPageReader();
  private static final SourceReader TEXT = new TextReader();

  /** A document with the warnings its metadata gave. */
  public record Parsed(PolicyDocument document, List<String> warnings) {}

  /**
   * One record of a file: its document, or why it failed (exactly one is non-null).
   *
   * @param id the id its document has, or would have had
   */
  public record Record(String id, Parsed parsed, String failure) {}

  /**
   * Every record of a file, in order.
   *
   * @param stem the file name without its extension
   * @param file the file's path relative to the corpus, for the record
   * @throws UnreadableSourceException when the file as a whole cannot be read
   */
  public List<Record> readAll(String stem, String file, byte[] bytes) throws UnreadableSourceException {
    String ext = FileTypes.extension(file);
    if (FileTypes.PUBLISHED.contains(ext)) {
      if (bytes.length == 0) {
        throw new UnreadableSourceException("an empty file (0 bytes): nothing to index");
      }
      DocumentDraft draft = new DocumentDraft(stem, file);
      draft.format = ext;
      if (FileTypes.PAGED.contains(ext)) {
        PageLayout.Read pdf;
        if (ext.equals("ofd")) {
          pdf = OfdReader.read(bytes);
        } else {
          PdfReader.Pages read = PdfReader.read(bytes);
          pdf = read.layout();
          draft.pageSources = read.sources();
          draft.warnings.addAll(read.warnings());
        }
        draft.blocks = new ArrayList<>(pdf.blocks());
        draft.pageLines = pdf.pageLines();
      } else {
        draft.blocks = WordReader.read(bytes, ext);
      }
      TitleFinder.find(draft, false);
      return List.of(new Record(stem, finish(draft), null));
    }
    SourceText source = SourceText.of(stem, file, TextDecoder.decode(bytes));
    List<Record> out = new ArrayList<>();
    for (SourceReader.RecordDraft r : readerFor(source).read(source)) {
      if (r.failure() != null) {
        out.add(new Record(r.id(), null, r.failure()));
        continue;
      }
      try {
        out.add(new Record(r.id(), finish(r.draft()), null));
      } catch (UnreadableSourceException e) {
        out.add(new Record(r.id(), null, out.isEmpty() && r.id().equals(stem) ? e.getMessage() : "record " + r.id() + ": " + e.getMessage()));
      }
    }
    if (out.isEmpty()) {
      throw new UnreadableSourceException("no records in the file");
    }
    return out;
  }

  /** The document of a file holding one record; a file of several records is refused. */
  public Parsed read(String id, String file, byte[] bytes) throws UnreadableSourceException {
    List<Record> records = readAll(id, file, bytes);
    if (records.size() != 1) {
      throw new UnreadableSourceException(records.size() + " records in one file where one was expected");
    }
    Record only = records.get(0);
    if (only.failure() != null) {
      throw new UnreadableSourceException(only.failure());
    }
    return only.parsed();
  }

  public PolicyDocument parse(String id, String file, byte[] bytes) throws UnreadableSourceException {
    return read(id, file, bytes).document();
  }

  private static SourceReader readerFor(SourceText source) {
    if (FileTypes.JSON.contains(source.ext())) {
      return JSON;
    }
    if (DocRecordsReader.DOC_START.matcher(source.text()).find()) {
      return DOC_RECORDS;
    }
    if (FrontMatterReader.opens(source.text())) {
      return FRONT_MATTER;
    }
    if (FileTypes.HTML.contains(source.ext()) || HtmlPageReader.HTML_PAGE.matcher(source.text()).find()) {
      return HTML_PAGE;
    }
    return TEXT;
  }

  private static Parsed finish(DocumentDraft draft) throws UnreadableSourceException {
    NoticeBlocks.dropAtEdges(draft.blocks);
    TrailingNotices.strip(draft.blocks);
    HeaderLines.read(draft);
    if (draft.title != null && !draft.titleDerived) {
      draft.offerDate(DateParser.find(draft.title), "title");
    }
    MetadataExtractor.extract(draft);
    draft.offerDate(DateParser.fromUrl(draft.url), "url");
    draft.offerDate(DateParser.fromUrl(draft.sourceUrl), "url");
    if (draft.title == null) {
      TitleFinder.derive(draft);
    }
    PolicyDocument doc = draft.build();
    if (doc.text().isBlank()) {
      throw new UnreadableSourceException("no text left after cleaning");
    }
    return new Parsed(doc, List.copyOf(draft.warnings));
  }
}
