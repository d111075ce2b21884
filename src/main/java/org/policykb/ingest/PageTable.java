package org.policykb.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata block government sites print above a policy (信息公开: 索引号, 主题分类, 发文机关, 成文日期,
 * 标题, 发文字号, 发布日期), in the words each site uses (目录项 / 公开事项名称 / 主办单位 / 制发日期, 文号,
 * 发布机构, 公开日期 …): label cells followed by their value cells, or {@code 标签：值} in one short element.
 * Read before the text, so what the block states wins ({@code page_table}); the block is metadata, never
 * article text, and is taken out of the page.
 */
final class PageTable {
  private static final Pattern LABEL_NOISE = Pattern.compile("[\\s\\u3000\\u00a0:：]+");
  private static final Pattern TOPIC_SEPARATORS = Pattern.compile("[；;、]");
  /** Each label a site prints, and the element it names. */
  private static final Map<String, String> LABELS = labels();
  private static final Pattern LABELLED = Pattern.compile("^\\s*([\\p{IsHan}\\s\\u3000]{2,12}?)\\s*[:：]\\s*(.{1,120})$");
  private static final int MAX_LEAF = 140;

  /** What a page's block states, by element: index, topics, issuers, signed, title, number, published. */
  record Stated(Map<String, String> values, List<Element> elements) {
    String get(String element) {
      return values.get(element);
    }
  }

  private PageTable() {}

  private static Map<String, String> labels() {
    Map<String, String> m = new HashMap<>();
    for (String l : List.of("索引号")) {
      m.put(l, "index");
    }
    for (String l : List.of("主题分类", "主题词", "分类")) {
      m.put(l, "topics");
    }
    for (String l : List.of("发文机关", "发文单位", "制发机关", "发文机构")) {
      m.put(l, "issuers");
    }
    for (String l : List.of("发布机构", "发布单位", "主办单位")) {
      m.put(l, "publisher"); // the unit that put it on the site: metadata, but not always the issuer
    }
    for (String l : List.of("成文日期", "制发日期", "印发日期", "发文日期")) {
      m.put(l, "signed");
    }
    for (String l : List.of("标题", "名称", "公开事项名称", "文件名称", "信息名称")) {
      m.put(l, "title");
    }
    for (String l : List.of("发文字号", "文号", "发文号")) {
      m.put(l, "number");
    }
    for (String l : List.of("发布日期", "公开日期", "发布时间", "生成日期")) {
      m.put(l, "published");
    }
    return m;
  }

  /** Whether {@code label} (without its colon) is one a metadata block prints. */
  static boolean isLabel(String label) {
    return LABELS.containsKey(LABEL_NOISE.matcher(label).replaceAll(""));
  }

  /** Offers {@code draft} what the page's block states and takes the block out of the page; a page without one offers nothing. */
  static Stated read(Document page, OfficialDraft draft) {
    Stated s = cells(page);
    if (!offer(s, draft)) {
      return new Stated(Map.of(), List.of());
    }
    s.elements().forEach(Element::remove);
    return s;
  }

  /** Offers {@code draft} what a page's block kept as lines of text states ({@code 标签：值} a line). */
  static void read(List<String> lines, OfficialDraft draft) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher m = LABELLED.matcher(line);
      String element = m.matches() ? LABELS.get(LABEL_NOISE.matcher(m.group(1)).replaceAll("")) : null;
      if (element != null && !out.containsKey(element)) {
        out.put(element, m.group(2).strip());
      }
    }
    offer(new Stated(out, List.of()), draft);
  }

  /** Offers what a block states when it states several elements (one label is a coincidence); whether it did. */
  private static boolean offer(Stated s, OfficialDraft draft) {
    if (s.values().size() < 3) {
      return false;
    }
    draft.offerDocNumber(s.get("number"), "page_table");
    if (s.get("issuers") != null) {
      draft.offerIssuers(MetadataValues.list(s.get("issuers"), MetadataValues.NAME_SEPARATORS), "page_table");
    }
    draft.offerDateSigned(DateParser.parse(s.get("signed")), "page_table");
    draft.offerDatePublished(DateParser.parse(s.get("published")), "page_table");
    String topics = s.get("topics");
    draft.offerDisclosure(s.get("index"), topics == null ? null : List.of(TOPIC_SEPARATORS.split(topics)));
    return true;
  }

  /** Element → value: a cell whose whole text is a label and the cell after it, or a short element reading 标签：值. */
  private static Stated cells(Document page) {
    Map<String, String> out = new LinkedHashMap<>();
    List<Element> elements = new ArrayList<>();
    for (Element cell : page.select("td, th, dt")) {
      String element = LABELS.get(LABEL_NOISE.matcher(cell.text()).replaceAll(""));
      Element value = cell.nextElementSibling();
      if (element == null || out.containsKey(element) || value == null || value.text().isBlank()) {
        continue;
      }
      out.put(element, value.text().strip());
      elements.add(cell);
      elements.add(value);
    }
    for (Element leaf : page.select("td, th, li, p, span, div, dd")) {
      String text = leaf.text();
      if (text.length() > MAX_LEAF || leaf.children().stream().anyMatch(c -> c.text().length() > 0 && c.text().equals(text))) {
        continue; // only the innermost element that holds the whole line
      }
      Matcher m = LABELLED.matcher(text);
      if (!m.matches()) {
        continue;
      }
      String element = LABELS.get(LABEL_NOISE.matcher(m.group(1)).replaceAll(""));
      if (element != null && !out.containsKey(element)) {
        out.put(element, m.group(2).strip());
        elements.add(leaf);
      }
    }
    return new Stated(out, elements);
  }
}
