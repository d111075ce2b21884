package org.policykb.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an issuing organ stands in China's administrative divisions: the province (省级行政区) and the level — 国家, 省,
 * 市 or 县 — read from the organ's name against the code table of GB/T 2260 ({@code gb2260.tsv}: the Ministry of Civil
 * Affairs' table of divisions at county level and above, see {@code gb2260.SOURCES}).
 *
 * <p>A name is read from its start: a province (江苏省, or 江苏 as 江苏省委 writes it), then a prefecture-level division
 * within it (苏州市, 苏州), then a county-level one within that (吴中区, 昆山市); or a prefecture-level division standing
 * first (苏州市人民政府: 江苏省, 市), or a county-level one standing first when only one division of the country has
 * that name (昆山市 is; 朝阳区 is not: its province stays unknown, its level is 县). A municipality directly under the
 * central government is a province (北京市人民政府: 北京市, 省) and its districts are counties. An organ of the central
 * state (国务院, 全国人民代表大会, 最高人民法院, a ministry: {@code central-organs.txt}, or a name beginning 国家, 全国 …) is
 * 国家. A name that starts
 * with none of these (省政府办公厅, 县人民政府) has neither: unknown is null, never guessed.
 */
public final class Regions {
  public static final String NATIONAL = "国家";
  public static final String PROVINCE = "省";
  public static final String PREFECTURE = "市";
  public static final String COUNTY = "县";
  /** The levels, highest first. */
  public static final List<String> LEVELS = List.of(NATIONAL, PROVINCE, PREFECTURE, COUNTY);

  /**
   * A place: {@code province} the 省级 division's full name (江苏省, 北京市, 广西壮族自治区), null for the central state or
   * when not known; {@code level} one of {@link #LEVELS}, null when not known.
   */
  public record Place(String province, String level) {
    public static final Place UNKNOWN = new Place(null, null);
  }

  /**
   * How the names of organs of the central state begin when {@code central-organs.txt} does not list them (a 国家…局 of
   * another year, a 全国… body).
   */
  private static final Pattern CENTRAL = Pattern.compile("^(?:国家|中华人民共和国|全国|中共中央|中央|最高人民)");

  private static final class Division {
    final String code;
    final String name;

    Division(String code, String name) {
      this.code = code;
      this.name = name;
    }

    boolean isProvince() {
      return code.endsWith("0000");
    }

    boolean isPrefecture() {
      return !isProvince() && code.endsWith("00");
    }

    String provinceCode() {
      return code.substring(0, 2) + "0000";
    }

    String prefectureCode() {
      return code.substring(0, 4) + "00";
    }
  }

  private static final Map<String, Division> BY_CODE = new HashMap<>();
  /** Every name a division is written with (full, and short for provinces and prefectures) → the divisions of that name. */
  private static final Map<String, List<Division>> BY_NAME = new HashMap<>();
  private static final int LONGEST;
  private static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");

  static {
    try (InputStream in = Regions.class.getResourceAsStream("gb2260.tsv")) {
      if (in == null) {
        throw new IllegalStateException("gb2260.tsv is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length == 2 && f[0].matches("\\d{6}")) {
          Division d = new Division(f[0], f[1].strip());
          BY_CODE.put(d.code, d);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int longest = 0;
    for (Division d : BY_CODE.values()) {
      for (String name : names(d)) {
        BY_NAME.computeIfAbsent(name, k -> new ArrayList<>()).add(d);
        longest = Math.max(longest, name.length());
      }
    }
    LONGEST = longest;
  }

  private Regions() {}

  /** The names a division is written with: its full name, and for a province or a prefecture its name without its kind. */
  private static Set<String> names(Division d) {
    Set<String> out = new LinkedHashSet<>();
    out.add(d.name);
    if (d.isProvince() || d.isPrefecture()) {
      String s = d.name.replaceFirst("(?:维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$|(?:\\p{IsHan}{1,6}族)*自治州$|地区$|盟$", "");
      if (s.length() >= 2 && !s.equals(d.name)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The provinces (省级行政区) by their full names, in the order of their codes. */
  public static List<String> provinces() {
    return BY_CODE.values().stream().filter(Division::isProvince).sorted(java.util.Comparator.comparing(d -> d.code))
        .map(d -> d.name).toList();
  }

  /** A province's full name for its full or short name (江苏 → 江苏省, 广西 → 广西壮族自治区); null when no province has that name. */
  public static String province(String name) {
    if (name == null) {
      return null;
    }
    List<Division> named = BY_NAME.get(name.strip());
    return named == null ? null : named.stream().filter(Division::isProvince).map(d -> d.name).findFirst().orElse(null);
  }

  /** The place of a document issued by {@code issuers}: the highest level among them, and their province when they share one. */
  public static Place of(List<String> issuers) {
    if (issuers == null || issuers.isEmpty()) {
      return Place.UNKNOWN;
    }
    String province = null;
    String level = null;
    boolean provinces = true;
    for (String issuer : issuers) {
      Place p = ofOrgan(issuer);
      if (p.level() == null) {
        continue;
      }
      if (level == null || LEVELS.indexOf(p.level()) < LEVELS.indexOf(level)) {
        level = p.level();
      }
      if (p.province() != null) {
        if (province != null && !province.equals(p.province())) {
          provinces = false;
        }
        province = p.province();
      }
    }
    return new Place(provinces && !NATIONAL.equals(level) ? province : null, level);
  }

  /** The place of one organ, read from its name. */
  public static Place ofOrgan(String organ) {
    if (organ == null || organ.isBlank()) {
      return Place.UNKNOWN;
    }
    String name = organ.strip().replace("中共", "").replace("中国共产党", "");
    Division province = null;
    Division prefecture = null;
    Division county = null;
    int at = 0;
    Match m = longest(name, at, d -> d.isProvince());
    if (m != null) {
      province = m.division;
      at = m.end;
    }
    Division inProvince = province;
    m = longest(name, at, d -> d.isPrefecture() && (inProvince == null || d.provinceCode().equals(inProvince.code)));
    // a county's full name that runs on past a prefecture's short one is the county's (朝阳区 is no 朝阳市)
    Match countyHere = longest(name, at, d -> !d.isProvince() && !d.isPrefecture());
    if (m != null && (province != null || m.divisions.size() == 1) && (countyHere == null || countyHere.end <= m.end)) {
      prefecture = m.division;
      at = m.end;
    }
    Division within = prefecture != null ? prefecture : province;
    m = longest(name, at, d -> !d.isProvince() && !d.isPrefecture()
        && (within == null || (within.isProvince() ? d.provinceCode() : d.prefectureCode()).equals(within.code)
            || within.isProvince() && d.provinceCode().equals(within.code)));
    if (m != null && m.division.name.length() >= 2) {
      if (within != null || m.divisions.size() == 1) {
        county = m.division;
      } else if (province == null && prefecture == null && at == 0) {
        return new Place(null, COUNTY); // 朝阳区人民政府: a county of several provinces
      }
    }
    if (county != null) {
      return new Place(BY_CODE.get(county.provinceCode()).name, COUNTY);
    }
    if (prefecture != null) {
      boolean municipality = MUNICIPALITIES.contains(prefecture.provinceCode());
      return new Place(BY_CODE.get(prefecture.provinceCode()).name, municipality ? COUNTY : PREFECTURE);
    }
    if (province != null) {
      return new Place(province.name, PROVINCE);
    }
    return OrganisationNames.beginsACentralName(name) || CENTRAL.matcher(name).find() ? new Place(null, NATIONAL) : Place.UNKNOWN;
  }

  private record Match(Division division, List<Division> divisions, int end) {}

  /** The longest name at {@code from} of a division that {@code wanted} accepts; null when none. */
  private static Match longest(String s, int from, java.util.function.Predicate<Division> wanted) {
    for (int len = Math.min(LONGEST, s.length() - from); len >= 2; len--) {
      List<Division> named = BY_NAME.get(s.substring(from, from + len));
      if (named == null) {
        continue;
      }
      List<Division> accepted = named.stream().filter(wanted).toList();
      if (!accepted.isEmpty()) {
        return new Match(accepted.get(0), accepted, from + len);
      }
    }
    return null;
  }
}
