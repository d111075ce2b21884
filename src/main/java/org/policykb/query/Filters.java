package org.policykb.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
public record Filters(LocalDate from, LocalDate to, Undated undated, Map<Facet, List<String>> keywordValues, Count count) {
  /** No filter at all: every document takes part, each file of a work too. The API's default is {@link Count#WORKS}. */
  public static final Filters NONE = new Filters(null, null, null, Map.of(), Count.FILES);
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  /** What happens to documents that state neither a date nor a year. */
  public enum Undated {
    INCLUDE,
    EXCLUDE,
    ONLY;

    static Undated parse(String value) {
      return EnumParameter.parse(Undated.class, FilterParameters.UNDATED.name(), value, null);
    }
  }

  /**
   * @param keywordValues the values each keyword facet is filtered to (a facet without values is not filtered)
   */
  public Filters {
    count = count == null ? Count.WORKS : count;
    Map<Facet, List<String>> values = new EnumMap<>(Facet.class);
    keywordValues.forEach((facet, given) -> {
      List<String> clean = clean(FilterParameters.of(facet), given);
      if (facet == Facet.REGION) {
        clean = clean.stream().map(Filters::province).distinct().toList();
      }
      for (String v : clean) {
        if (facet == Facet.DOC_YEAR && !YEAR.matcher(v).matches()) {
          throw new InvalidRequestException("doc_year must be a year of four digits (the year in a 发文字号's brackets), was '" + v + "'");
        }
      }
      if (!clean.isEmpty()) {
        values.put(facet, clean);
      }
    });
    keywordValues = Collections.unmodifiableMap(values);
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
   * Reads the filter parameters ({@link FilterParameters}) as the API and the CLI take them, each by its name from
   * {@code given} (null or an empty list: absent). A park or a cited title is normalised as the index stores it, so
   * 无锡国家高新技术产业开发区 finds the documents indexed under 无锡高新区, and 《…》 around a title may be given or not.
   */
  public static Filters parse(Function<String, List<String>> given) {
    Map<Facet, List<String>> values = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      if (facet == Facet.YEAR) {
        continue;
      }
      List<String> v = given.apply(FilterParameters.of(facet).name());
      if (v != null && !v.isEmpty()) {
        values.put(facet, switch (facet) {
          case PARK -> normalised(v, ParkFinder::find, "");
          case CITES -> normalised(v, CitationFinder::find, "《");
          default -> v;
        });
      }
    }
    return new Filters(bound(FilterParameters.FROM.name(), one(given, FilterParameters.FROM), true),
        bound(FilterParameters.TO.name(), one(given, FilterParameters.TO), false),
        Undated.parse(one(given, FilterParameters.UNDATED)), values,
        EnumParameter.parse(Count.class, FilterParameters.COUNT.name(), one(given, FilterParameters.COUNT), Count.WORKS));
  }

  /** {@link #parse(Function)} from a map of parameter names to values, as tests and tools state filters. */
  public static Filters of(Map<String, List<String>> given) {
    for (String name : given.keySet()) {
      if (FilterParameters.ALL.stream().noneMatch(p -> p.name().equals(name))) {
        throw new IllegalArgumentException(name + " is no filter parameter");
      }
    }
    return parse(given::get);
  }

  private static String one(Function<String, List<String>> given, Parameter p) {
    List<String> v = given.apply(p.name());
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private static String province(String name) {
    String province = Regions.province(name);
    if (province == null) {
      throw new InvalidRequestException("region must be a province (省级行政区) such as 江苏省 or 江苏, was '" + name + "'");
    }
    return province;
  }

  /** These filters counting {@code count}: works or files. */
  public Filters withCount(Count count) {
    return new Filters(from, to, undated, keywordValues, count);
  }

  /** The values keyword facet {@code facet} is filtered to; empty when it is not. */
  public List<String> values(Facet facet) {
    return keywordValues.getOrDefault(facet, List.of());
  }

  private static List<String> normalised(
      List<String> values, java.util.function.Function<String, List<String>> finder, String marks) {
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
    if (facet == Facet.YEAR) {
      return hasDateRange() || undated != Undated.INCLUDE ? new Filters(null, null, Undated.INCLUDE, keywordValues, count) : this;
    }
    return keywordValues.containsKey(facet) ? with(facet, List.of()) : this;
  }

  /** These filters with keyword facet {@code facet} filtered to {@code values} instead (empty: not filtered). */
  public Filters with(Facet facet, List<String> values) {
    if (facet == Facet.YEAR) {
      throw new IllegalArgumentException("the year is filtered by from and to");
    }
    Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
    changed.putAll(keywordValues);
    changed.put(facet, values);
    return new Filters(from, to, undated, changed, count);
  }

  public boolean hasDateRange() {
    return from != null || to != null;
  }

  /** True when no document is left out (counting works leaves out the members not shown). */
  public boolean isEmpty() {
    return !hasDateRange() && keywordValues.isEmpty() && undated == Undated.INCLUDE && count == Count.FILES;
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

  private static List<String> clean(Parameter p, List<String> values) {
    if (values == null) {
      return List.of();
    }
    p.check(values);
    return values.stream().map(String::strip).distinct().toList();
  }
}
