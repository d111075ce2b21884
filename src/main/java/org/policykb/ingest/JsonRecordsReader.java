package org.policykb.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON records: one object, an array of objects, or JSON Lines (one object per line). Each record
 * has {@code title} and a body — {@code content}, {@code text}, {@code body}, or as scrapers save
 * pages {@code article}, {@code html}, {@code 正文} … ({@link #BODY_FIELDS}), plain text or HTML
 * (cleaned as a page's body is) — and may have {@code date}, {@code year}, {@code url}
 * ({@code urlsource}, {@code link}), {@code source_url}, {@code source}, {@code author(s)}, its own
 * {@code id}, and the elements of an official document (发文字号, 发文机关, 成文日期, 发布日期,
 * attachments …). A catalogue record (no body) is its summary, else its title when it states a 发文字号 or an issuer; a
 * record that is not an object or has neither fails on its own.
 */
final class JsonRecordsReader implements SourceReader {
  /** Trailing tokens fail, so that JSON Lines are never read as their first line alone. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final List<String> OWN_ID = List.of("id", "docno", "_id");
  /** Where a record keeps its text, plain or HTML (as scrapers save pages), in the order looked at. */
  static final List<String> BODY_FIELDS =
      List.of("content", "text", "body", "article", "body_html", "content_html", "html", "正文", "内容", "全文");
  /** A field whose name says it holds the text, as scrapers name them (news_content, detailHtml, articleText, 正文内容). */
  private static final java.util.regex.Pattern BODY_NAME =
      java.util.regex.Pattern.compile("content|text|body|html|article|detail|正文|内容|全文");
  /** Chinese characters a field of another name must hold to be taken for the text. */
  static final int GUESSED_BODY_HAN = 200;

  /**
   * The text of a record whose body field has none of the usual names: the field named like one
   * holding the most Chinese characters (at least 20), else the field holding the most, when it has
   * at least {@link #GUESSED_BODY_HAN}; null when no field looks like a text.
   */
  private static String guessedBody(RecordFields record) {
    String best = null;
    long bestScore = 0;
    for (var field : record.texts().entrySet()) {
      String value = field.getValue();
      boolean named = BODY_NAME.matcher(field.getKey()).find();
      long han = value.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
      if (han < (named ? 20 : GUESSED_BODY_HAN)) {
        continue;
      }
      long score = han + (named ? 1L << 40 : 0);
      if (score > bestScore) {
        best = value;
        bestScore = score;
      }
    }
    return best;
  }

  /** An attachment's number before its title: 附件1、 附件2： 附件1-3 1. */
  private static final java.util.regex.Pattern ATTACHMENT_NUMBER =
      java.util.regex.Pattern.compile("^(附件\\s*(\\d{1,2}(\\s*[-—–至]\\s*\\d{1,2})?)?|\\d{1,2})\\s*[、：:.．]?\\s*");

  @Override
  public List<RecordDraft> read(SourceText source) throws UnreadableSourceException {
    List<JsonNode> records = new ArrayList<>();
    List<String> lineErrors = new ArrayList<>();
    String text = source.text().startsWith("\uFEFF") ? source.text().substring(1) : source.text();
    try {
      JsonNode whole = JSON.readTree(text);
      if (whole == null) {
        throw new UnreadableSourceException("empty JSON file");
      }
      if (whole.isArray()) {
        whole.forEach(records::add);
      } else {
        records.add(whole);
      }
      records.forEach(r -> lineErrors.add(null));
    } catch (JsonProcessingException e) {
      if (!readLines(text, records, lineErrors)) {
        throw new UnreadableSourceException("not valid JSON: " + e.getOriginalMessage(), e);
      }
    }
    int count = records.size();
    if (count == 0) {
      throw new UnreadableSourceException("JSON holds no records");
    }
    List<RecordDraft> out = new ArrayList<>(count);
    RecordIds ids = new RecordIds();
    for (int i = 0; i < count; i++) {
      JsonNode record = records.get(i);
      String ownId = record == null || !record.isObject() ? null : ownId(record);
      String id = source.recordId(i + 1, ownId, count);
      RecordDraft refused = ids.refuseIfTaken(i + 1, id);
      if (refused != null) {
        out.add(refused);
      } else if (lineErrors.get(i) != null) {
        out.add(RecordDraft.failed(id, "record " + (i + 1) + ", " + lineErrors.get(i)));
      } else {
        out.add(record(source, i + 1, ownId, count, record));
      }
    }
    return out;
  }

  /** JSON Lines: every non-blank line one record; false when no line is an object (not JSON Lines at all). */
  private static boolean readLines(String text, List<JsonNode> records, List<String> lineErrors) {
    String[] lines = text.split("\r\n|\r|\n");
    int objects = 0;
    for (int n = 0; n < lines.length; n++) {
      if (lines[n].isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(lines[n]);
        records.add(node);
        lineErrors.add(null);
        objects += node != null && node.isObject() ? 1 : 0;
      } catch (JsonProcessingException e) {
        records.add(null);
        lineErrors.add("line " + (n + 1) + ": not valid JSON: " + e.getOriginalMessage());
      }
    }
    return objects > 0;
  }

  private static RecordDraft record(SourceText source, int number, String ownId, int count, JsonNode record) {
    String id = source.recordId(number, ownId, count);
    String where = count == 1 ? "" : "record " + number + ": ";
    if (record == null || !record.isObject()) {
      return RecordDraft.failed(id, where + "a JSON record must be an object with title and content/text fields");
    }
    RecordFields fields = new RecordFields(record);
    DocumentDraft draft = source.draft(number, ownId, count);
    official(fields, draft.official);
    String content = body(fields);
    String format = "json";
    if (content == null) {
      // a catalogue record (a policy library's search result): its summary, else its title when it states official metadata
      content = fields.summary();
      format = "json+catalogue";
      if (content == null && (title(fields) == null || !draft.official.hasDocNumber() && !draft.official.hasIssuers())) {
        return RecordDraft.failed(id, where + "JSON record has no body field (one of " + String.join(", ", BODY_FIELDS)
            + ", a field named like them such as news_content or detail_html, or a field of " + GUESSED_BODY_HAN
            + " or more Chinese characters), no summary field and no 发文字号 or issuer of its own");
      }
    }
    boolean html = content != null && HtmlBody.holdsTags(content);
    draft.format = html && format.equals("json") ? "json+html" : format;
    draft.blocks = content == null ? new ArrayList<>() : html ? HtmlBody.readFragment(content) : PlainTextBody.read(content);
    draft.url = url(fields);
    draft.sourceUrl = MetadataValues.first(fields.text("source_url"), fields.text("original_url"));
    draft.source = fields.text("source");
    // the kind of document a record states (a scraper's category, a corpus's type of text)
    for (String f : List.of("categories", "category", "kind", "type", "类别", "分类")) {
      draft.categories.addAll(MetadataValues.list(scalarOrList(record, f), MetadataValues.NAME_SEPARATORS));
    }
    MetadataValues.list(scalarOrList(record, "author"), MetadataValues.NAME_SEPARATORS).forEach(draft::addAuthor);
    MetadataValues.list(scalarOrList(record, "authors"), MetadataValues.NAME_SEPARATORS).forEach(draft::addAuthor);
    draft.offerDate(DateParser.parse(fields.text("date")), "record");
    draft.offerYear(DateParser.parseYear(fields.text("date")), "record");
    draft.offerYear(DateParser.parseYear(fields.text("year")), "record");
    draft.useStatedTitle(title(fields));
    return RecordDraft.of(draft);
  }

  /**
   * The record's text: the first body field by name ({@link #BODY_FIELDS}, then a field ending in one:
   * DOCCONTENT, gk_doccontent), else a guess ({@link #guessedBody}). A plain text that a sibling field
   * holds again with its paragraphs' markup (content and content_h) is taken in that form.
   */
  private static String body(RecordFields fields) {
    String content = null;
    for (String field : BODY_FIELDS) {
      content = MetadataValues.first(content, fields.text(field));
    }
    if (content == null) {
      content = guessedBody(fields);
    }
    if (content != null && !HtmlBody.holdsTags(content)) {
      for (String f : List.of("content_h", "contenthtml", "content_html", "html", "body_html")) {
        String marked = fields.text(f);
        if (marked != null && HtmlBody.holdsTags(marked) && han(HtmlBody.readFragment(marked)) * 5 >= han(content) * 4) {
          return marked;
        }
      }
    }
    return content;
  }

  private static long han(Object text) {
    return String.valueOf(text).codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
  }

  private static String url(RecordFields fields) {
    return MetadataValues.first(fields.text("url", "urlsource", "link", "docpuburl", "puburl", "doc_pub_url"));
  }

  /** The record's title: title, DOCTITLE, 标题 …, a field ending in title, or a file name that is no file's. */
  private static String title(RecordFields fields) {
    String t = MetadataValues.first(fields.text("title", "doctitle", "标题", "文件名称", "名称"), fields.endingIn("title"));
    if (t == null) {
      String name = fields.text("filename");
      t = name == null || name.matches(".*\\.[A-Za-z0-9]{2,5}$") ? null : name;
    }
    t = t == null ? null : org.jsoup.Jsoup.parse(t).text();
    // a question is the page's prompt a scraper took (您访问的链接即将离开…，是否继续？), never a document's title
    return t == null || t.strip().endsWith("？") || t.strip().endsWith("?") ? null : t;
  }

  /**
   * The elements of an official document a record states in fields of its own (as scrapers and sites'
   * search services name them, in English, Chinese or pinyin initials); read before the text, so they
   * win over what the text shows. A field holding a whole 发文字号 is one, whatever its name.
   */
  private static void official(RecordFields record, OfficialDraft official) {
    official.offerDocNumber(record.text("doc_number", "发文字号", "文号", "filenum", "filenumber", "fileno", "docnumber",
        "wenhao", "fwzh", "wh", "docno"), "record");
    official.offerDocNumber(record.docNumber(), "record");
    for (String f : List.of("issuers", "issuer", "发文机关", "发文单位", "fwjg")) {
      official.offerIssuers(MetadataValues.list(scalarOrList(record.node(f)), MetadataValues.NAME_SEPARATORS), "record");
    }
    for (String f : List.of("doc_type", "文种")) {
      String type = record.text(f);
      if (type != null && org.policykb.model.OfficialElements.DOC_TYPES.contains(type.strip())) {
        official.offerDocType(type.strip(), "record");
      }
    }
    official.offerDateSigned(date(record.text("date_signed", "成文日期", "cwrq", "signdate", "writtendate")), "record");
    official.offerDatePublished(date(record.text("date_published", "publish_time", "publish_date", "publishdate", "pubdate",
        "docpubtime", "releasedate", "fbrq", "fbsj", "deploytime", "发布日期", "发布时间")), "record");
    official.offerDatePublished(record.publishedDate(url(record)), "record");
    official.offerDisclosure(record.text("索引号", "index_number", "indexno", "index_no", "suoyinhao", "syh"), null);
    JsonNode attached = record.node("attachments") != null ? record.node("attachments") : record.node("attachment");
    if (attached != null && attached.isArray()) {
      List<String> titles = new ArrayList<>();
      for (JsonNode a : attached) {
        String t = a.isObject() ? MetadataValues.first(text(a, "mark"), text(a, "title"), text(a, "name")) : a.isValueNode() ? a.asText() : null;
        if (t != null) {
          titles.add(ATTACHMENT_NUMBER.matcher(t.strip()).replaceFirst(""));
        }
      }
      official.offerAttachments(titles.stream().filter(t -> !t.isBlank()).toList(), "record");
    }
  }

  /** A date as written, or a time in milliseconds since 1970 (as search services store them), on China's clock. */
  private static java.time.LocalDate date(String value) {
    if (value != null && value.strip().matches("1\\d{12}")) {
      return java.time.Instant.ofEpochMilli(Long.parseLong(value.strip())).atZone(java.time.ZoneOffset.ofHours(8)).toLocalDate();
    }
    return DateParser.parse(value);
  }

  private static String ownId(JsonNode record) {
    for (String field : OWN_ID) {
      JsonNode v = record.get(field);
      if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  private static Object scalarOrList(JsonNode record, String field) {
    return scalarOrList(record.get(field));
  }

  private static Object scalarOrList(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(x -> items.add(x.isValueNode() ? x.asText() : null));
      return items;
    }
    return v.isValueNode() ? v.asText() : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
  }
}
