package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * SGML-like {@code <doc>} records as SogouCS ships them: {@code <url>}, {@code <docno>},
 * {@code <contenttitle>}, {@code <content>}, one or many per file, no root element, {@code &} not
 * escaped. Each record is one document; a record cut off by a truncated file keeps what is there.
 */
final class DocRecordsReader implements SourceReader {
  static final Pattern DOC_START = Pattern.compile("^\\s*<doc>", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOC_RECORD = Pattern.compile("<doc>(.*?)(?:</doc>|$)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private static final java.util.Map<String, Pattern> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

  /** A field cut off by a truncated file runs to the end of what is there. */
  private static Pattern fieldPattern(String name) {
    return Pattern.compile("<" + name + ">(.*?)(?:</" + name + ">|$)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  }

  @Override
  public List<RecordDraft> read(SourceText source) {
    List<String> records = new ArrayList<>();
    Matcher m = DOC_RECORD.matcher(source.text());
    while (m.find()) {
      records.add(m.group(1));
    }
    List<RecordDraft> out = new ArrayList<>(records.size());
    RecordIds ids = new RecordIds();
    for (int i = 0; i < records.size(); i++) {
      String raw = records.get(i);
      String docno = field(raw, "docno");
      RecordDraft refused = ids.refuseIfTaken(i + 1, source.recordId(i + 1, docno, records.size()));
      if (refused != null) {
        out.add(refused);
        continue;
      }
      DocumentDraft draft = source.draft(i + 1, docno, records.size());
      draft.format = "doc-record";
      draft.url = field(raw, "url");
      String content = field(raw, "content");
      // SogouCS records mark their line breaks with the private-use character U+E40C.
      draft.blocks = content == null ? new ArrayList<>() : PlainTextBody.read(content.replace('\uE40C', '\n'));
      draft.useStatedTitle(field(raw, "contenttitle"));
      out.add(RecordDraft.of(draft));
    }
    return out;
  }

  private static String field(String raw, String name) {
    Matcher m = FIELDS.computeIfAbsent(name, DocRecordsReader::fieldPattern).matcher(raw);
    if (!m.find() || m.group(1).isBlank()) {
      return null;
    }
    return Parser.unescapeEntities(m.group(1), false).strip();
  }
}
