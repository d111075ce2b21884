package org.policykb.research;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.policykb.model.Reference.Kind;
import org.policykb.query.InvalidRequestException;
import org.policykb.search.LinksRequest;
import org.policykb.search.LinksResult;
import org.policykb.search.SearchBackend;

/**
 * How a document travelled: the works that implement it (or link to it by the kinds asked for), where their issuers
 * stand and when they followed — per province the first adopter and its lag in days, each level's count, and every
 * adopter in the order they came. Read from the links in of both engines; a lag is known only when both documents
 * state their day.
 *
 * @param document the document adopted
 * @param kinds the kinds of links counted as adoption
 * @param adopters every citing work counted (each work once)
 * @param provinces one row per province with an adopter, its first adopter first: the earliest province first,
 *     provinces whose adopters state no day last
 * @param national the adopters of the central state, as a row without a province; null when none
 * @param unplaced adopters whose issuers name no place the code table knows
 * @param byLevel adopters per level of their issuers (国家, 省, 市, 县), in that order
 * @param byYear adopters per year of their date
 * @param medianLagDays the median of the provinces' first lags; null when none is known
 * @param list the adopters from {@code offset}, at most the limit asked for, earliest first (undated last)
 */
public record Diffusion(LinksResult.Party document, List<String> kinds, long adopters, List<Row> provinces, Row national,
    long unplaced, Map<String, Long> byLevel, Map<Integer, Long> byYear, Long medianLagDays, int offset,
    List<Adopter> list) {
  /** The kinds counted unless asked otherwise: a document that says it implements this one. */
  public static final Set<Kind> DEFAULT_KINDS = Set.of(Kind.IMPLEMENTS);
  /** The most adopters read: links in are read page by page up to this many. */
  public static final int MAX_ADOPTERS = 100_000;
  private static final List<String> LEVELS = List.of("国家", "省", "市", "县");

  /**
   * A province (or, for {@code national}, the central state).
   *
   * @param region the province's full name; null for the central state
   * @param adopters its adopting works
   * @param first its earliest adopter (the first with a day; else the first listed)
   * @param lagDays days from the document's day to the first adopter's; null when either states none
   * @param byLevel its adopters per level
   */
  public record Row(String region, long adopters, LinksResult.Party first, Long lagDays, Map<String, Long> byLevel) {}

  /** One adopting work: its document, the kind of its link, and its lag in days (null when a day is unknown). */
  public record Adopter(LinksResult.Party document, String kind, Long lagDays) {}

  /** The diffusion of document {@code id} through links of {@code kinds} (empty: {@link #DEFAULT_KINDS}). */
  public static Diffusion of(SearchBackend backend, String id, Set<Kind> kinds, int offset, int limit) {
    if (offset < 0 || limit < 0 || limit > LinksRequest.MAX_LIMIT) {
      throw new InvalidRequestException("offset must be ≥ 0 and limit 0–" + LinksRequest.MAX_LIMIT + ", were " + offset
          + " and " + limit);
    }
    Set<Kind> counted = kinds == null || kinds.isEmpty() ? DEFAULT_KINDS : kinds;
    List<LinksResult.Entry> in = new ArrayList<>();
    LinksResult page = backend.links(new LinksRequest(id, LinksRequest.Direction.IN, counted, 0, LinksRequest.MAX_LIMIT, false));
    LinksResult.Party self = page.document();
    in.addAll(page.links());
    while (in.size() < page.total() && in.size() < MAX_ADOPTERS && !page.links().isEmpty()) {
      page = backend.links(new LinksRequest(id, LinksRequest.Direction.IN, counted, in.size(), LinksRequest.MAX_LIMIT,
          false));
      in.addAll(page.links());
    }
    List<Adopter> all = new ArrayList<>();
    for (LinksResult.Entry e : in) {
      all.add(new Adopter(e.from(), e.kind(), lag(self.date(), e.from().date())));
    }
    all.sort(Comparator.comparing((Adopter a) -> a.document().date(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(a -> a.document().id()));
    Map<String, List<Adopter>> byProvince = new LinkedHashMap<>();
    List<Adopter> central = new ArrayList<>();
    long unplaced = 0;
    Map<String, Long> byLevel = levels(all);
    Map<Integer, Long> byYear = new TreeMap<>();
    for (Adopter a : all) {
      LinksResult.Party p = a.document();
      if (p.date() != null) {
        byYear.merge(p.date().getYear(), 1L, Long::sum);
      }
      if (p.region() != null) {
        byProvince.computeIfAbsent(p.region(), k -> new ArrayList<>()).add(a);
      } else if ("国家".equals(p.level())) {
        central.add(a);
      } else {
        unplaced++;
      }
    }
    List<Row> provinces = new ArrayList<>();
    byProvince.forEach((region, adopters) -> provinces.add(row(region, adopters)));
    // all is in date order, so the rows are too, undated first adopters last
    List<Long> lags = provinces.stream().map(Row::lagDays).filter(java.util.Objects::nonNull).sorted().toList();
    Long median = lags.isEmpty() ? null : lags.get((lags.size() - 1) / 2);
    List<Adopter> listed = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    return new Diffusion(self, counted.stream().sorted().map(Kind::key).toList(), all.size(), provinces,
        central.isEmpty() ? null : row(null, central), unplaced, byLevel, byYear, median, offset, List.copyOf(listed));
  }

  private static Row row(String region, List<Adopter> adopters) {
    Adopter first = adopters.get(0);
    return new Row(region, adopters.size(), first.document(), first.lagDays(), levels(adopters));
  }

  private static Map<String, Long> levels(List<Adopter> adopters) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String level : LEVELS) {
      long n = adopters.stream().filter(a -> level.equals(a.document().level())).count();
      if (n > 0) {
        out.put(level, n);
      }
    }
    return out;
  }

  /** Days from {@code from} to {@code to}; null when either is unknown. */
  static Long lag(LocalDate from, LocalDate to) {
    return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
  }
}
