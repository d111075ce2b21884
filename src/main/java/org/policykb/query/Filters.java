package org.policykb.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.ingest.CitationFinder;
import org.policykb.ingest.ParkFinder;
import org.policykb.ingest.Regions;

/**
 * Which documents take part, by their metadata; the same for search, concordance, trend and
 * collocates. Values of one filter combine with OR, different filters with AND.
 *
 * <p>Dates: {@code from}/{@code to} are inclusive and may be a year, a month or a day. A document
 * with a date is inside when its date is; a document with only a year is inside when its year
 * is within the years of the range. Undated documents (no date, no year) take part unless a date
 * range is given or {@code undated=exclude}; {@code undated=include} with a range keeps them too,
 * {@code undated=only} keeps nothing else.
 *
 * <p>The elements of an official document filter as the facets list them: {@code issuer} (any of a
 * joint document's issuers), {@code doc_type} (文种), {@code agency_code} (机关代字 of the 发文字号) and
 * {@code doc_year} (the year in its brackets, which may differ from the document's date); the issuers' {@code region}
 * (their province) and {@code level} (国家, 省, 市, 县).
 *
 * @param from first day of the range, or null for open
 * @param to last day of the range, or null for open
 * @param count works (each work once: only the member shown for it takes part) or files (every document)
 */
public record Filters(
    LocalDate from,
    LocalDate to,
    List<String> sources,
    List<String> parks,
    List<String> cites,
    Undated undated,
    List<String> issuers,
    List<String> docTypes,
    List<String> agencyCodes,
    List<String> docYears,
    List<String> categories,
    List<String> regions,
    List<String> levels,
    Count count) {
  /** No filter at all: every document takes part, each file of a work too. The API's default is {@link Count#WORKS}. */
  public static final Filters NONE = new Filters(null, null, List.of(), List.of(), List.of(), null, List.of(), List.of(),
      List.of(), List.of(), List.of(), List.of(), List.of(), Count.FILES);
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  /** Values a repeatable filter may take at once. */
  public static final int MAX_VALUES = 100;
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  /** What happens to documents that state neither a date nor a year. */
  public enum Undated {
    INCLUDE,
    EXCLUDE,
    ONLY;

    static Undated parse(String value) {
      return EnumParameter.parse(Undated.class, "undated", value, null);
    }
  }

  /** Filters on dates and the article facets only. */
  public Filters(LocalDate from, LocalDate to, List<String> sources, List<String> parks, List<String> cites, Undated undated) {
    this(from, to, sources, parks, cites, undated, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        Count.WORKS);
  }

  public Filters {
    count = count == null ? Count.WORKS : count;
    sources = clean("source", sources);
    parks = clean("park", parks);
    cites = clean("cites", cites);
    issuers = clean("issuer", issuers);
    docTypes = clean("doc_type", docTypes);
    agencyCodes = clean("agency_code", agencyCodes);
    docYears = clean("doc_year", docYears);
    categories = clean("category", categories);
    regions = clean("region", regions).stream().map(r -> {
      String province = Regions.province(r);
      if (province == null) {
        throw new InvalidRequestException("region must be a province (省级行政区) such as 江苏省 or 江苏, was '" + r + "'");
      }
      return province;
    }).distinct().toList();
    levels = clean("level", levels);
    for (String l : levels) {
      if (!Regions.LEVELS.contains(l)) {
        throw new InvalidRequestException("level must be one of " + String.join(", ", Regions.LEVELS) + ", was '" + l + "'");
      }
    }
    for (String y : docYears) {
      if (!YEAR.matcher(y).matches()) {
        throw new InvalidRequestException("doc_year must be a year of four digits (the year in a 发文字号's brackets), was '" + y + "'");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException("from (" + from + ") is after to (" + to + ")");
    }
    if (undated == null) {
      undated = from == null && to == null ? Undated.INCLUDE : Undated.EXCLUDE;
    }
    if (undated == Undated.ONLY && (from != null || to != null)) {
      throw new InvalidRequestException("undated=only cannot be combined with from or to");
    }
  }

  /**
   * Parses the filter parameters as the API and the CLI take them; null or empty means absent. A
   * park or a cited title is normalised as the index stores it, so 无锡国家高新技术产业开发区 finds
   * the documents indexed under 无锡高新区, and 《…》 around a title may be given or not.
   */
  public static Filters parse(
      String from, String to, List<String> sources, List<String> parks, List<String> cites, String undated) {
    return parse(from, to, sources, parks, cites, undated, null, null, null, null, null);
  }

  /** As {@link #parse(String, String, List, List, List, String)}, with the official document's elements. */
  public static Filters parse(
      String from, String to, List<String> sources, List<String> parks, List<String> cites, String undated,
      List<String> issuers, List<String> docTypes, List<String> agencyCodes, List<String> docYears) {
    return parse(from, to, sources, parks, cites, undated, issuers, docTypes, agencyCodes, docYears, null);
  }

  /** As above, with the documents' categories. */
  public static Filters parse(
      String from, String to, List<String> sources, List<String> parks, List<String> cites, String undated,
      List<String> issuers, List<String> docTypes, List<String> agencyCodes, List<String> docYears, List<String> categories) {
    return parse(from, to, sources, parks, cites, undated, issuers, docTypes, agencyCodes, docYears, categories, null, null);
  }

  /** As above, with the issuers' provinces (a full or short name) and levels (国家, 省, 市, 县). */
  public static Filters parse(
      String from, String to, List<String> sources, List<String> parks, List<String> cites, String undated,
      List<String> issuers, List<String> docTypes, List<String> agencyCodes, List<String> docYears, List<String> categories,
      List<String> regions, List<String> levels) {
    return new Filters(
        bound("from", from, true), bound("to", to, false), sources,
        normalised(parks, ParkFinder::find, ""), normalised(cites, CitationFinder::find, "《"), Undated.parse(undated),
        issuers, docTypes, agencyCodes, docYears, categories, regions, levels, Count.WORKS);
  }

  /** These filters counting {@code count}: works or files. */
  public Filters withCount(Count count) {
    return new Filters(from, to, sources, parks, cites, undated, issuers, docTypes, agencyCodes, docYears, categories, regions,
        levels, count);
  }

  /** The values each keyword facet is filtered to (empty lists left out), in the facets' order. */
  public java.util.Map<Facet, List<String>> keywordValues() {
    java.util.Map<Facet, List<String>> out = new java.util.EnumMap<>(Facet.class);
    java.util.Map<Facet, List<String>> all = java.util.Map.of(
        Facet.SOURCE, sources, Facet.PARK, parks, Facet.CITES, cites, Facet.ISSUER, issuers,
        Facet.DOC_TYPE, docTypes, Facet.AGENCY_CODE, agencyCodes, Facet.DOC_YEAR, docYears, Facet.CATEGORY, categories,
        Facet.REGION, regions, Facet.LEVEL, levels);
    all.forEach((facet, values) -> {
      if (!values.isEmpty()) {
        out.put(facet, values);
      }
    });
    return out;
  }

  private static List<String> normalised(
      List<String> values, java.util.function.Function<String, List<String>> finder, String marks) {
    if (values == null) {
      return null;
    }
    return values.stream().map(v -> {
      if (v == null || v.isBlank()) {
        return v;
      }
      String bare = v.strip().replaceAll("^《|》$", "");
      List<String> found = finder.apply(marks.isEmpty() ? bare : "《" + bare + "》");
      return found.size() == 1 ? found.get(0) : bare;
    }).toList();
  }

  /**
   * The filters a facet is counted under: all but its own, so that a facet a filter narrows still
   * offers its other values with their counts (values of one filter combine with OR, so choosing
   * another one widens the results by what its count says). The year facet is counted without the
   * date range and with every undated document.
   */
  public Filters forFacet(Facet facet) {
    return switch (facet) {
      case YEAR -> hasDateRange() || undated != Undated.INCLUDE
          ? new Filters(null, null, sources, parks, cites, Undated.INCLUDE, issuers, docTypes, agencyCodes, docYears, categories,
              regions, levels, count)
          : this;
      case SOURCE -> sources.isEmpty() ? this : withList(facet);
      case PARK -> parks.isEmpty() ? this : withList(facet);
      case CITES -> cites.isEmpty() ? this : withList(facet);
      case ISSUER -> issuers.isEmpty() ? this : withList(facet);
      case DOC_TYPE -> docTypes.isEmpty() ? this : withList(facet);
      case AGENCY_CODE -> agencyCodes.isEmpty() ? this : withList(facet);
      case DOC_YEAR -> docYears.isEmpty() ? this : withList(facet);
      case CATEGORY -> categories.isEmpty() ? this : withList(facet);
      case REGION -> regions.isEmpty() ? this : withList(facet);
      case LEVEL -> levels.isEmpty() ? this : withList(facet);
    };
  }

  /** These filters without the values of the keyword facet {@code facet}. */
  private Filters withList(Facet facet) {
    return with(facet, List.of());
  }

  /** These filters with keyword facet {@code facet} filtered to {@code values} instead (empty: not filtered). */
  public Filters with(Facet facet, List<String> values) {
    if (facet == Facet.YEAR) {
      throw new IllegalArgumentException("the year is filtered by from and to");
    }
    return new Filters(from, to, facet == Facet.SOURCE ? values : sources, facet == Facet.PARK ? values : parks,
        facet == Facet.CITES ? values : cites, undated, facet == Facet.ISSUER ? values : issuers,
        facet == Facet.DOC_TYPE ? values : docTypes, facet == Facet.AGENCY_CODE ? values : agencyCodes,
        facet == Facet.DOC_YEAR ? values : docYears, facet == Facet.CATEGORY ? values : categories,
        facet == Facet.REGION ? values : regions, facet == Facet.LEVEL ? values : levels, count);
  }

  public boolean hasDateRange() {
    return from != null || to != null;
  }

  /** True when no document is left out (counting works leaves out the members not shown). */
  public boolean isEmpty() {
    return !hasDateRange() && keywordValues().isEmpty() && undated == Undated.INCLUDE && count == Count.FILES;
  }

  /** A day given as YYYY, YYYY-MM or YYYY-MM-DD: its last day (as_of=2020 is the end of 2020); null when absent. */
  public static LocalDate lastDay(String name, String value) {
    return bound(name, value, false);
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD → its first day ({@code from}) or its last day ({@code to}). */
  static LocalDate bound(String name, String value, boolean first) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = DATE.matcher(value.strip());
    if (!m.matches()) {
      throw new InvalidRequestException(
          name + " must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + value + "'");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return first ? month.atDay(1) : month.atEndOfMonth();
      }
      return month.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new InvalidRequestException(name + " is not a date of the calendar: '" + value + "'");
    }
  }

  private static List<String> clean(String name, List<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > MAX_VALUES) {
      throw new InvalidRequestException(name + " is given " + values.size() + " times; the limit is " + MAX_VALUES);
    }
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new InvalidRequestException(name + " must not be empty");
      }
    }
    return values.stream().map(String::strip).distinct().toList();
  }
}
