package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Whether a line consists of organisations' names (a signature, a 版头) and which. */
final class OrganisationNames {
  static final int MAX_NAME_CHARS = 40;
  static final Pattern ORGANISATION = Pattern.compile(
      "[\\p{IsHan}（）()·]{2," + MAX_NAME_CHARS + "}(国务院|办公厅|办公室|人民政府|政府|委员会|委|部|局|厅|署|院|会|会议|中心|银行|办|处|党委|党组|组|总队|调查队|集团|公司|海关|研究室|操作室|团中央|妇联|科协|残联|侨联|文联|工商联)");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000、]+");

  private OrganisationNames() {}

  /**
   * Where one name may end and the next begin when names are run together without a space
   * (生态环境部国家统计局, as a cleaned text joins a signature's names): a full name ends in one of these …
   */
  private static final Pattern STRONG_END = Pattern.compile("(部|局|委|院|厅|署|行|政府|总队|中心|公司|委员会|海关|团中央|妇联|科协|残联)$");
  /** … and a unit's own part never starts the next (生态环境部办公厅 is one organ, not two). */
  private static final Pattern UNIT_START = Pattern.compile("^(办公|委员|党组|党委|纪委|人民政府|政府|机关|直属|分局|支队|管委|分行|支行|司|处|科|所|室)");

  /** A national organ's name, whose local offices carry it before a province (国家税务总局江西省税务局 is one organ). */
  private static final Pattern NATIONAL = Pattern.compile("^(国家|中国|中华人民共和国|海关总署)");
  /** A national organ's local office named after its place (国家统计局万载调查队, 国家能源局湖南监管办公室). */
  private static final Pattern LOCAL_OFFICE = Pattern.compile("\\p{IsHan}{2,8}(调查队|调查总队|监管局|监管分局|监管办公室|分局|税务局|海关|分行|中心支行)");
  private static final Pattern PROVINCE = Pattern.compile(
      "^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)");

  private static final Pattern NATIONAL_START = Pattern.compile("^(中华人民共和国|国家|中国|全国|中共|最高)");

  /** Central organs' names ({@code central-organs.txt}): where a signature's names may begin. */
  private static final java.util.Set<String> CENTRAL = loadCentral();
  private static final int LONGEST_CENTRAL = CENTRAL.stream().mapToInt(String::length).max().orElse(0);

  private static java.util.Set<String> loadCentral() {
    try (var in = OrganisationNames.class.getResourceAsStream("central-organs.txt")) {
      if (in == null) {
        throw new IllegalStateException("central-organs.txt is missing from the class path");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The organisations named at the end of {@code text} when they were run into what precedes them
   * (…附件：射线装置分类环境保护部国家卫生计生委): the longest end that is a run of names and begins with a
   * central organ's name or a province's or city's; none when no such end is there.
   */
  static List<String> atEnd(String text) {
    List<String> names = new ArrayList<>();
    String rest = text;
    boolean more = true;
    while (more) {
      more = false;
      for (int k = Math.max(0, rest.length() - MAX_NAME_CHARS); k <= rest.length() - 3; k++) {
        String name = rest.substring(k);
        if (beginsAName(name) && ORGANISATION.matcher(name).matches() && runTogether(name).size() == 1) {
          names.add(0, name);
          rest = rest.substring(0, k);
          more = true;
          break;
        }
      }
    }
    return names;
  }

  static boolean beginsAName(String s) {
    if (beginsACentralName(s)) {
      return true;
    }
    for (int len = Math.min(8, s.length() - 1); len >= 2; len--) {
      if (Gazetteer.PLACES.get(s.substring(0, len)) != null) {
        return true;
      }
    }
    return PROVINCE.matcher(s).find() || NATIONAL_START.matcher(s).find();
  }

  /** The organisation names {@code line} consists of (separated by spaces or 、), or none when it is anything else. */
  static List<String> in(String line) {
    List<String> out = new ArrayList<>();
    for (String part : SEPARATORS.split(line.strip())) {
      if (part.isEmpty()) {
        continue;
      }
      if (!ORGANISATION.matcher(part).matches()) {
        return List.of();
      }
      out.addAll(runTogether(part));
    }
    return out;
  }

  /**
   * Whether a national organ's name goes on to name a province (中国银保监会浙江监管局): it is a local office
   * already, and a province's organ run in after it (…浙江监管局浙江省财政厅) is another name.
   */
  /** Whether {@code s} begins with the name of a central organ ({@code central-organs.txt}). */
  static boolean beginsACentralName(String s) {
    for (int len = Math.min(LONGEST_CENTRAL, s.length()); len >= 2; len--) {
      if (CENTRAL.contains(s.substring(0, len))) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesAPlace(String name) {
    for (int k = 2; k < name.length() - 1; k++) {
      if (PROVINCE.matcher(name.substring(k)).find()) {
        return true;
      }
    }
    return false;
  }

  /** A name, or the names run together in it: split where both sides are whole names; a central organ's whole name is one (国务院宗教事务局). */
  private static List<String> runTogether(String part) {
    if (CENTRAL.contains(part)) {
      return List.of(part);
    }
    for (int k = 3; k <= part.length() - 3; k++) {
      String head = part.substring(0, k);
      String rest = part.substring(k);
      if (STRONG_END.matcher(head).find() && ORGANISATION.matcher(head).matches()
          && (!UNIT_START.matcher(rest).find() || CENTRAL.contains(rest)) // 科技部 is an organ, not a 科
          && !(rest.endsWith("室") && !beginsAName(rest)) // 中国人民银行公开市场业务操作室: a unit of the bank
          && ORGANISATION.matcher(rest).matches()
          && !(NATIONAL.matcher(head).find() && !namesAPlace(head) && (PROVINCE.matcher(rest).find() || LOCAL_OFFICE.matcher(rest).matches()))) {
        List<String> tail = runTogether(rest);
        List<String> out = new ArrayList<>(tail.size() + 1);
        out.add(head);
        out.addAll(tail);
        return out;
      }
    }
    return List.of(part);
  }
}
