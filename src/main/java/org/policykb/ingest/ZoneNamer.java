package org.policykb.ingest;

import java.util.List;
import org.policykb.ingest.Gazetteer.Kind;
import org.policykb.ingest.Gazetteer.Place;
import org.policykb.ingest.ZoneWords.ZoneWord;

/**
 * Reads the name of a zone backwards from its zone word: an optional 国家/国家级/省级/市级, an optional
 * proper name of one to four Han characters, and a place from the {@link Gazetteer} (with a 市/省/县
 * it may carry). Prefers the longest proper name that has a place before it, so 武汉东湖高新区 keeps
 * its city; a proper name is never itself a city or province (江苏苏州高新区 → 苏州高新区), never holds
 * function words or policy verbs (江苏推动高新区 is no zone), and a province or multi-city region right
 * before the zone word is only a zone for the words that say so ({@link ZoneWord#wholeProvince()}).
 */
final class ZoneNamer {
  /** The longest proper name between place and zone word. */
  private static final int MAX_NAME = 4;
  /** Characters a proper name never contains: function words, counters, administrative levels. */
  private static final String STOP_CHARS =
      "的和与及等或在是为对把将从向了各该本这那其每个家批所有也都全"
          + "省市县区年月日请于被让给由至到以而并且就还又再很最更已曾非不无没我你他她它们、";
  /** Words a proper name never contains: verbs of policy prose and determiners. */
  private static final List<String> STOP_WORDS = List.of(
      "推动", "推进", "促进", "支持", "鼓励", "加快", "加强", "建设", "打造", "创建", "设立", "获批", "申报",
      "申建", "开展", "实施", "发展", "带动", "引领", "依托", "围绕", "聚焦", "对标", "提升", "优化", "深化",
      "完善", "构建", "培育", "布局", "落实", "部署", "批复", "批准", "成立", "组建", "发挥", "引导", "落户",
      "入驻", "签约", "拥有", "共有", "形成", "成为", "作为", "包括", "部分", "一批", "多个", "首批", "首个",
      "一流", "国家", "省级", "市级", "地方", "相关", "有关", "其他", "其它", "这些", "那些", "全面", "认定",
      "考核", "评价", "排名", "规划", "制定", "出台", "印发", "通过", "同意", "新建", "扩区", "升级", "争创",
      "申创", "创新", "记者", "目前", "近年", "今年", "去年", "未来产业");
  private static final List<String> LEVELS = List.of("国家级", "国家", "省级", "市级");

  private ZoneNamer() {}

  /** The value for the zone word at {@code z}, looking back no further than {@code from}; or null. */
  static String name(char[] c, int from, int z, ZoneWord w) {
    int p = skipLevel(c, from, z);
    String bracketed = bracketedPlace(c, from, p);
    if (bracketed != null) {
      return bracketed + w.canonical();
    }
    for (int k = Math.min(MAX_NAME, p - from - 2); k >= 0; k--) {
      int q = p - k;
      int placeEnd = k > 0 ? skipLevel(c, from, q) : q;
      Place place = placeEndingAt(c, from, placeEnd);
      if (place == null
          || (k == 0 && place.kind().isWide() && !w.wholeProvince())
          || (k > 0 && !isName(c, q, p, w))) {
        continue;
      }
      String part = new String(c, q, k);
      Place area = k > 0 ? Gazetteer.PLACES.get(part) : null;
      // a named area is the zone's own name: 武汉东湖高新区 and 东湖高新区 are one value, 东湖高新区
      return (area != null && area.kind() == Kind.AREA ? "" : place.name()) + part + w.canonical();
    }
    return null;
  }

  /** Where the text before {@code end} starts once 国家, 国家级, 省级 or 市级 is skipped. */
  private static int skipLevel(char[] c, int from, int end) {
    for (String level : LEVELS) {
      if (endsWith(c, from, end, level)) {
        return end - level.length();
      }
    }
    return end;
  }

  /** The place ending at {@code end}, or before a 市/省/县 there; a 省 makes it a province. */
  private static Place placeEndingAt(char[] c, int from, int end) {
    Place place = Gazetteer.PLACES.longestEndingAt(c, from, end);
    if (place != null || end - 1 <= from) {
      return place;
    }
    char suffix = c[end - 1];
    if (suffix != '市' && suffix != '省' && suffix != '县') {
      return null;
    }
    place = Gazetteer.PLACES.longestEndingAt(c, from, end - 1);
    if (place != null && suffix == '省' && place.kind() != Kind.PROVINCE) {
      return new Place(place.name(), Kind.PROVINCE, place.length());
    }
    return place;
  }

  /** The official form 中国（上海）自由贸易试验区: the place in brackets after 中国, or null. */
  private static String bracketedPlace(char[] c, int from, int p) {
    if (p - 1 <= from || c[p - 1] != ')') {
      return null;
    }
    for (int open = p - 2; open >= Math.max(from + 2, p - 12); open--) {
      if (c[open] == '(') {
        if (!endsWith(c, from, open, "中国")) {
          return null;
        }
        int end = p - 1;
        if (end - 1 > open && "市省".indexOf(c[end - 1]) >= 0) {
          end--;
        }
        Place place = Gazetteer.PLACES.get(new String(c, open + 1, end - open - 1));
        return place == null ? null : place.name();
      }
    }
    return null;
  }

  /** Whether {@code c[q, p)} can be the proper name between a place and the zone word. */
  private static boolean isName(char[] c, int q, int p, ZoneWord w) {
    String part = new String(c, q, p - q);
    Place whole = Gazetteer.PLACES.get(part);
    if (whole != null) {
      return whole.kind() == Kind.AREA;
    }
    if (w.nameIsArea()) {
      return false;
    }
    for (int i = q; i < p; i++) {
      if (!isHan(c[i]) || STOP_CHARS.indexOf(c[i]) >= 0) {
        return false;
      }
    }
    for (String stop : STOP_WORDS) {
      if (part.contains(stop)) {
        return false;
      }
    }
    return !containsPlace(part);
  }

  private static boolean containsPlace(String part) {
    for (int len = part.length() - 1; len >= 2; len--) {
      for (int i = 0; i + len <= part.length(); i++) {
        if (Gazetteer.PLACES.get(part.substring(i, i + len)) != null) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isHan(char ch) {
    return (ch >= '\u4E00' && ch <= '\u9FFF') || (ch >= '\u3400' && ch <= '\u4DBF');
  }

  private static boolean endsWith(char[] c, int from, int end, String s) {
    int start = end - s.length();
    if (start < from) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (c[start + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
