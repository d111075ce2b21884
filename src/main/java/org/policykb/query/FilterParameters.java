package org.policykb.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.policykb.ingest.Regions;

/**
 * The parameters that name a subcorpus: a date range, what happens to undated documents, works or files, and one
 * repeatable filter per keyword facet ({@link Facet}, but the year, which the date range filters). Every endpoint
 * that takes a subcorpus takes all of them, and {@link Filters#parse} reads them by these names.
 */
public final class FilterParameters {
  private FilterParameters() {}

  /** YYYY, YYYY-MM or YYYY-MM-DD, as {@link Filters#bound} reads it. */
  public static final String DATE_PATTERN = "^[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?$";


  public static final Parameter FROM = Parameter.text("from",
      "First day of an inclusive date range: a year (`2020` = 2020-01-01), a month (`2020-03`) or a day (`2020-03-09`). A "
          + "document with a date is inside when its date is; a document with only a year when its year is within the range's "
          + "years. With a range, undated documents are left out unless `undated=include`.")
      .pattern(DATE_PATTERN).example("2020").filter("起始日期");

  public static final Parameter TO = Parameter.text("to",
      "Last day of an inclusive date range: a year (`2025` = 2025-12-31), a month (`2025-02` = 2025-02-28) or a day. Must not "
          + "be before `from`.")
      .pattern(DATE_PATTERN).example("2025-12").filter("截止日期");

  public static final Parameter UNDATED = Parameter.choice("undated", Filters.Undated.class, null,
      "What happens to documents that state neither a date nor a year: `include` (the default without a date range), "
          + "`exclude` (the default with `from` or `to`) or `only` (nothing else; not with `from`/`to`). Case-insensitive.")
      .filter("无日期文献");

  public static final Parameter COUNT = Parameter.choice("count", Count.class, Count.WORKS,
      "What is counted and listed: `works` (the default) counts each work once — the files and records of one text (one "
          + "notice as HTML, PDF, DOCX and DOC; one text republished by several sites), grouped when the index is built — by "
          + "the member whose text is shown (the best read: HTML, record or text before Word, PDF and OFD; then the smallest "
          + "id); only that member's hits, facets, trend and concordance lines take part. `files` counts and lists every file "
          + "and record. Case-insensitive.")
      .filter("计数单位");

  private static final Map<Facet, Parameter> KEYWORDS = keywords();

  /** Every filter parameter, in the order the API documents them. */
  public static final List<Parameter> ALL = all();

  /** The filter parameter of keyword facet {@code facet}; the year has none (the date range filters it). */
  public static Parameter of(Facet facet) {
    Parameter p = KEYWORDS.get(facet);
    if (p == null) {
      throw new IllegalArgumentException(facet + " is filtered by from and to");
    }
    return p;
  }

  private static Map<Facet, Parameter> keywords() {
    Map<Facet, Parameter> m = new EnumMap<>(Facet.class);
    m.put(Facet.SOURCE, keyword(Facet.SOURCE, "来源",
        "Only documents from this source (publication), e.g. `新华日报`.").example("新华日报"));
    m.put(Facet.PARK, keyword(Facet.PARK, "园区",
        "Only documents mentioning this high-tech zone or park (normalised name, as the `park` facet lists it; "
            + "无锡国家高新技术产业开发区 finds 无锡高新区)."));
    m.put(Facet.CITES, keyword(Facet.CITES, "引用政策",
        "Only documents citing this policy by title (normalised, as the `cites` facet lists it; 《》 may be given or not)."));
    m.put(Facet.ISSUER, keyword(Facet.ISSUER, "发文机关",
        "Only documents issued by this 发文机关 (as the `issuer` facet lists it; a joint document counts for each of its "
            + "issuers)."));
    m.put(Facet.DOC_TYPE, keyword(Facet.DOC_TYPE, "文种",
        "Only documents of this 文种 (决议, 决定, 命令, 令, 公报, 公告, 通告, 意见, 通知, 通报, 报告, 请示, 批复, 议案, 函, 纪要)."));
    m.put(Facet.AGENCY_CODE, keyword(Facet.AGENCY_CODE, "机关代字",
        "Only documents whose 发文字号 has this 机关代字, e.g. 国办发."));
    m.put(Facet.DOC_YEAR, keyword(Facet.DOC_YEAR, "文号年份",
        "Only documents whose 发文字号 has this year in its brackets (国办发〔2023〕12号 → 2023), which may differ from the "
            + "document's date.").pattern("^[0-9]{4}$"));
    m.put(Facet.CATEGORY, keyword(Facet.CATEGORY, "类别",
        "Only documents of this category, their kind as the source states it (front matter's categories; a record's "
            + "category, kind or type field, e.g. cpc_congress_report)."));
    m.put(Facet.REGION, keyword(Facet.REGION, "发文地区",
        "Only documents whose issuers are of this province (省级行政区), by its full or short name (江苏省 or 江苏; 广西 is "
            + "广西壮族自治区), read from the issuers' names against the code table of GB/T 2260. A document of the central "
            + "state, of issuers of several provinces or of issuers whose names name no place has none."));
    m.put(Facet.LEVEL, keyword(Facet.LEVEL, "发文层级",
        "Only documents whose issuers are of this level: 国家 (the central state), 省 (a province, autonomous region or "
            + "municipality), 市 (a prefecture-level division) or 县 (a county-level one, a municipality's districts "
            + "included); a joint document has its highest issuer's level.").values(Regions.LEVELS));
    m.put(Facet.CITED_BY, keyword(Facet.CITED_BY, "被引次数",
        "Only documents whose work this many works of the corpus cite (resolved `cites`, `implements`, `issues`, `amends` "
            + "and `repeals` links, each citing work once), in bands: `0`, `1`, `2-4`, `5-9`, `10-49`, `50+`.")
        .values(CitationBand.labels()));
    for (Facet f : Facet.values()) {
      if (f != Facet.YEAR && !m.containsKey(f)) {
        throw new IllegalStateException("facet " + f + " has no filter parameter");
      }
    }
    return Collections.unmodifiableMap(m);
  }

  private static Parameter keyword(Facet facet, String label, String description) {
    String name = facet.apiName();
    return Parameter.repeated(name, description + " Repeatable (`" + name + "=A&" + name + "=B`, at most " + Parameter.MAX_VALUES
        + "); several values combine with OR, different filters with AND.").filter(label);
  }

  private static List<Parameter> all() {
    List<Parameter> all = new ArrayList<>(List.of(FROM, TO));
    all.addAll(KEYWORDS.values());
    all.add(UNDATED);
    all.add(COUNT);
    return List.copyOf(all);
  }
}
