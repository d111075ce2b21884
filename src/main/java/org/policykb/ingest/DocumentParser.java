package org.policykb.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policykb.model.PolicyDocument;

/**
 * One file's bytes → one {@link PolicyDocument}. Recognised shapes: YAML front matter followed by
 * HTML or text; Markdown-ish text ({@code #} headings); text extracted from PDFs with hard line
 * wraps; plain paragraphs without a title; HTML pages; JSON records with title/date/content.
 */
public final class DocumentParser {
  private static final Pattern HTML_TAGS =
      Pattern.compile("<(p|div|br|h[1-6]|span|strong|table|ul|ol|li|section|article)(\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_PAGE = Pattern.compile("^\\s*(<!doctype html|<html)", Pattern.CASE_INSENSITIVE);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The public-domain notice Wikisource appends to official documents; not part of the text. */
  private static final Pattern LICENCE_NOTICE =
      Pattern.compile("\\n\\s*本作品(?:是|在|来自|收录)[\\s\\S]{0,600}?(?:公有领域|公有領域)[\\s\\S]*$");
  private static final Pattern DOC_START = Pattern.compile("^\\s*<doc>", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOC_RECORD = Pattern.compile("<doc>.*?</doc>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  /**
   * @param id the document id
   * @param file the file's path relative to the corpus, for the record
   */
  public PolicyDocument parse(String id, String file, byte[] bytes) throws UnreadableSourceException {
    return read(id, file, bytes).document();
  }

  /** A document with the warnings its metadata gave. */
  public record Parsed(PolicyDocument document, List<String> warnings) {}

  /** Like {@link #parse}, with what the metadata rules changed. */
  public Parsed read(String id, String file, byte[] bytes) throws UnreadableSourceException {
    String raw = TextDecoder.decode(bytes);
    DocumentDraft draft = new DocumentDraft(id, file);
    String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (ext.equals("json")) {
      readJson(draft, raw);
    } else if (DOC_START.matcher(raw).find()) {
      readDocRecord(draft, raw);
    } else if (ext.equals("html") || ext.equals("htm") || HTML_PAGE.matcher(raw).find()) {
      readHtmlPage(draft, raw);
    } else {
      FrontMatter fm = FrontMatter.split(raw);
      if (fm != null) {
        readFrontMatter(draft, fm);
      } else {
        readText(draft, raw);
      }
    }
    MetadataExtractor.extract(draft);
    if (draft.title == null) {
      TitleFinder.derive(draft);
    }
    PolicyDocument doc = draft.build();
    if (doc.text().isBlank()) {
      throw new UnreadableSourceException("no text left after cleaning");
    }
    return new Parsed(doc, List.copyOf(draft.warnings));
  }

  private static void readText(DocumentDraft draft, String raw) {
    LineFilter.Filtered filtered = LineFilter.apply(raw);
    draft.url = filtered.url();
    draft.blocks = PlainTextBody.read(filtered.text());
    boolean markdownTitle = filtered.text().stripLeading().startsWith("# ");
    draft.format = filtered.text().lines().anyMatch(l -> l.startsWith("#")) ? "markdown" : "text";
    TitleFinder.find(draft, markdownTitle);
  }

  private static void readFrontMatter(DocumentDraft draft, FrontMatter fm) throws UnreadableSourceException {
    LineFilter.Filtered filtered = LineFilter.apply(fm.body());
    boolean html = HTML_TAGS.matcher(filtered.text()).find();
    draft.format = html ? "front-matter+html" : "front-matter+text";
    draft.blocks = html ? HtmlBody.readFragment(filtered.text()) : PlainTextBody.read(filtered.text());
    draft.url = firstNonNull(fm.string("url"), fm.string("link"), filtered.url());
    draft.source = fm.string("source");
    draft.categories.addAll(fm.strings("categories"));
    draft.tags.addAll(fm.strings("tags"));
    fm.names("author").forEach(draft::addAuthor);
    fm.names("authors").forEach(draft::addAuthor);
    draft.date = DateParser.parse(fm.string("date"));
    if (fm.string("date") != null && draft.date == null) {
      draft.year = DateParser.parseYear(fm.string("date"));
    }
    useStatedTitle(draft, fm.string("title"));
  }

  private static void readHtmlPage(DocumentDraft draft, String raw) {
    Document page = HtmlBody.parse(raw);
    draft.format = "html";
    draft.blocks = HtmlBody.readPage(page);
    draft.date = ArticleExtractor.date(page);
    draft.source = ArticleExtractor.source(page);
    Element canonical = page.selectFirst("link[rel=canonical], meta[property=og:url]");
    if (canonical != null) {
      String href = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
      draft.url = href.isBlank() ? null : href.strip();
    }
    useStatedTitle(draft, ArticleExtractor.title(page));
  }

  /** An SGML-like {@code <doc>} record: {@code <url>}, {@code <docno>}, {@code <contenttitle>}, {@code <content>}. */
  private static void readDocRecord(DocumentDraft draft, String raw) throws UnreadableSourceException {
    Matcher records = DOC_RECORD.matcher(raw);
    int count = 0;
    while (records.find()) {
      count++;
    }
    if (count > 1) {
      throw new UnreadableSourceException(count + " <doc> records in one file; put each in its own file");
    }
    draft.format = "doc-record";
    draft.url = docField(raw, "url");
    String content = docField(raw, "content");
    // SogouCS records mark their line breaks with the private-use character U+E40C.
    draft.blocks = content == null ? new java.util.ArrayList<>() : PlainTextBody.read(content.replace('\uE40C', '\n'));
    draft.date = DateParser.fromUrl(draft.url);
    useStatedTitle(draft, docField(raw, "contenttitle"));
  }

  private static String docField(String raw, String name) {
    // A field cut off by a truncated file runs to the end of what is there.
    Matcher m = Pattern.compile("<" + name + ">(.*?)(?:</" + name + ">|</doc>|$)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher(raw);
    if (!m.find() || m.group(1).isBlank()) {
      return null;
    }
    return Parser.unescapeEntities(m.group(1), false).strip();
  }

  private static void readJson(DocumentDraft draft, String raw) throws UnreadableSourceException {
    JsonNode record;
    try {
      record = JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      throw new UnreadableSourceException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (record == null || !record.isObject()) {
      throw new UnreadableSourceException("JSON must be one object with title and content/text fields");
    }
    String content = firstNonNull(text(record, "content"), text(record, "text"), text(record, "body"));
    if (content == null) {
      throw new UnreadableSourceException("JSON record has no content, text or body field");
    }
    draft.format = "json";
    draft.blocks = PlainTextBody.read(LICENCE_NOTICE.matcher(content).replaceFirst(""));
    draft.url = text(record, "url");
    draft.source = text(record, "source");
    draft.date = DateParser.parse(text(record, "date"));
    draft.year = record.path("year").canConvertToInt() ? Integer.valueOf(record.path("year").asInt())
        : DateParser.parseYear(text(record, "year"));
    if (draft.date != null && draft.year != null && draft.date.getYear() != draft.year) {
      draft.year = null;
    }
    useStatedTitle(draft, text(record, "title"));
  }

  /** The title comes from metadata; the text starts with it unless it already does. */
  private static void useStatedTitle(DocumentDraft draft, String title) {
    if (title == null || title.isBlank()) {
      TitleFinder.find(draft, false);
      return;
    }
    draft.title = TextNormalizer.heading(title);
    List<Block> blocks = draft.blocks;
    boolean alreadyFirst =
        !blocks.isEmpty() && TextNormalizer.heading(blocks.get(0).text()).equals(draft.title);
    if (!alreadyFirst) {
      blocks.add(0, Block.heading(draft.title));
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
