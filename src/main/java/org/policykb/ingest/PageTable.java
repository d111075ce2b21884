package org.policykb.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata table government sites print above a policy (信息公开: 索引号, 主题分类, 发文机关,
 * 成文日期, 标题, 发文字号, 发布日期): label cells followed by their value cells. Read before the text,
 * so what the table states wins ({@code page_table}); the table itself is never article text.
 */
final class PageTable {
  private static final Pattern LABEL_NOISE = Pattern.compile("[\\s\\u3000\\u00a0:：]+");
  private static final Pattern TOPIC_SEPARATORS = Pattern.compile("[；;、]");
  private static final List<String> LABELS = List.of("索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期");

  private PageTable() {}

  /** Offers {@code draft} what the page's table states; a page without one offers nothing. */
  static void read(Document page, OfficialDraft draft) {
    Map<String, String> cells = cells(page);
    if (cells.size() < 3) {
      return; // one label cell is a coincidence, a table states several
    }
    draft.offerDocNumber(cells.get("发文字号"), "page_table");
    String issuers = cells.get("发文机关");
    if (issuers != null) {
      draft.offerIssuers(MetadataValues.list(issuers, MetadataValues.NAME_SEPARATORS), "page_table");
    }
    draft.offerDateSigned(DateParser.parse(cells.get("成文日期")), "page_table");
    draft.offerDatePublished(DateParser.parse(cells.get("发布日期")), "page_table");
    String topics = cells.get("主题分类");
    draft.offerDisclosure(cells.get("索引号"), topics == null ? null : List.of(TOPIC_SEPARATORS.split(topics)));
  }

  /** Label → value: a cell whose whole text is a label, and the text of the cell after it. */
  private static Map<String, String> cells(Document page) {
    Map<String, String> out = new HashMap<>();
    for (Element cell : page.select("td, th")) {
      String label = LABEL_NOISE.matcher(cell.text()).replaceAll("");
      if (!LABELS.contains(label) || out.containsKey(label)) {
        continue;
      }
      Element value = cell.nextElementSibling();
      if (value != null && !value.text().isBlank()) {
        out.put(label, value.text().strip());
      }
    }
    return out;
  }
}
