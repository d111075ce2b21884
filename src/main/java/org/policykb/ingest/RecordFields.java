package org.policykb.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;

/**
 * A JSON record's fields as sites' search services and scrapers name them: the fields of a nested
 * object that holds the record ({@code data}, {@code metadata}, {@code _source} …) beside the outer
 * ones, looked up by name without regard to case or separators ({@code DOCTITLE}, {@code doc_title},
 * {@code gk_doctitle} all end in {@code title}); a search service's highlighted copies are no fields.
 */
final class RecordFields {
  /** Objects that hold a record's own fields inside a search service's answer. */
  private static final List<String> NESTED = List.of("data", "metadata", "meta", "_source", "source_data", "record", "doc", "document", "fields");
  /** Copies of fields with markup for a result list, never the record's values. */
  private static final Pattern HIGHLIGHT = Pattern.compile("highlight|_hl$|_ext$|titlepy$|titlesp$|_str$|_t$");
  /** What a catalogue names its short account of a document, as a field's name or its ending. */
  private static final List<String> SUMMARY = List.of("summary", "abstract", "摘要", "简介", "description", "desc");
  /** A field's name that says it holds a time or a date. */
  private static final Pattern TIME_NAME = Pattern.compile("(time|date|rq|sj|日期|时间)$");
  /** A time that is not when the record was published (the keys are lower case, without separators). */
  private static final Pattern OTHER_TIME = Pattern.compile(
      "creat|crawl|scrap|spider|fetch|collect|updat|modif|edit|last|expir|valid|effect|invalid|abolish|sign|writ|start|begin|end"
          + "|birth|deadline|成文|签发|实施|生效|施行|失效|废止|截止|更新|修改|采集|抓取|入库|创建");
  /** A time's name that says the site published (or saved, as content systems call publishing) the record. */
  private static final Pattern PUBLISHED_NAME = Pattern.compile("pub|rel|fabu|fb|deploy|online|save|发布|公开|上线|发文");
  private final Map<String, JsonNode> byKey = new LinkedHashMap<>();

  RecordFields(JsonNode record) {
    record.fields().forEachRemaining(f -> put(f.getKey(), f.getValue()));
    for (String name : NESTED) {
      JsonNode nested = record.get(name);
      if (nested != null && nested.isObject()) {
        nested.fields().forEachRemaining(f -> put(f.getKey(), f.getValue()));
      }
    }
  }

  private void put(String key, JsonNode value) {
    String k = key(key);
    if (value.isObject() || HIGHLIGHT.matcher(key.toLowerCase(Locale.ROOT)).find()) {
      return;
    }
    JsonNode before = byKey.get(k);
    if (before == null || before.isNull() || before.isValueNode() && before.asText().isBlank()) {
      byKey.put(k, value);
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]", "");
  }

  /** The first of {@code names} the record has with a text, exactly as named (case and separators aside). */
  String text(String... names) {
    for (String n : names) {
      String v = valueText(byKey.get(key(n)));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The value of the first field whose name ends in one of {@code endings} (gk_doctitle, zc_doctitle for title). */
  String endingIn(String... endings) {
    String exact = text(endings);
    if (exact != null) {
      return exact;
    }
    for (String e : endings) {
      String ending = key(e);
      for (Map.Entry<String, JsonNode> f : byKey.entrySet()) {
        String v = valueText(f.getValue());
        if (f.getKey().endsWith(ending) && v != null) {
          return v;
        }
      }
    }
    return null;
  }

  /**
   * A catalogue's short account of the document: a field named summary, abstract, 摘要, 简介, description
   * or desc, or whose name ends in one (doc_summary, gk_abstract, 内容简介, zc_desc); null when none holds a text.
   */
  String summary() {
    for (String ending : SUMMARY) {
      String v = endingIn(ending);
      if (v != null && v.codePoints().anyMatch(Character::isLetter)) {
        return v;
      }
    }
    return null;
  }

  /**
   * The day a site's search service says it published a record, whatever the field's name: a field named
   * as a time or a date whose whole value is a date or a date and time, when its name also says it
   * published or saved it (save_time, docreltime, 上线时间) or its day is the one the page's address
   * carries ({@code …/202108/t20210816_9586656.html}); null when such fields name different days. A time
   * that says it is another (created, scraped, updated, signed, in force, expiring) is none.
   */
  java.time.LocalDate publishedDate(String url) {
    java.time.LocalDate urlDay = DateParser.fromUrl(url);
    java.time.LocalDate found = null;
    for (Map.Entry<String, JsonNode> f : byKey.entrySet()) {
      if (!TIME_NAME.matcher(f.getKey()).find() || OTHER_TIME.matcher(f.getKey()).find()) {
        continue;
      }
      java.time.LocalDate day = DateParser.dateTime(valueText(f.getValue()));
      if (day == null || !PUBLISHED_NAME.matcher(f.getKey()).find() && !day.equals(urlDay)) {
        continue;
      }
      if (found != null && !found.equals(day)) {
        return null;
      }
      found = day;
    }
    return found;
  }


  /** The node of a field (a list, say), or null. */
  JsonNode node(String name) {
    return byKey.get(key(name));
  }

  /** Every field's text value, in the record's order. */
  Map<String, String> texts() {
    Map<String, String> out = new LinkedHashMap<>();
    byKey.forEach((k, v) -> {
      String t = valueText(v);
      if (t != null) {
        out.put(k, t);
      }
      if (v.isArray() && v.size() == 1 && valueText(v.get(0)) != null) {
        out.putIfAbsent(k, v.get(0).asText());
      }
    });
    return out;
  }

  /**
   * A 发文字号 a field holds as its whole value, whatever the field's name (sites name it fileNum,
   * filenumber, docno, wh or f_2021…): the number form is unmistakable.
   */
  String docNumber() {
    for (String v : texts().values()) {
      DocNumber n = DocNumber.parse(v.strip());
      if (n != null && n.year() != null && v.strip().length() <= 40) {
        return v.strip();
      }
    }
    return null;
  }

  private static String valueText(JsonNode v) {
    return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
  }
}
