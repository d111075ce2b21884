package org.policykb.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The words that end the name of a zone or park (高新区, 经济技术开发区, 科学城 …), grouped in families
 * whose long and short forms are one zone; a value always ends in its family's {@code canonical} form.
 */
final class ZoneWords {
  /**
   * One way of writing a family's word.
   *
   * @param wholeProvince a province or multi-city region right before it names one zone (江苏自贸区,
   *     苏南自创区), not all of its zones (江苏高新区)
   * @param nameIsArea the only name allowed between place and word is a named area (天津滨海新区), so
   *     that 创新区域 is not read as a 新区
   * @param voidedBy characters that, right after the word, show it is part of another word (区域,
   *     城市)
   */
  record ZoneWord(String surface, String canonical, boolean wholeProvince, boolean nameIsArea, String voidedBy) {}

  private static final String AFTER_DISTRICT = "域块间划";
  private static final String AFTER_CITY = "市乡镇墙堡区";
  private static final String AFTER_PARK = "林艺地丁";

  /** Families: canonical form, then its surfaces. */
  private static final List<ZoneWord> WORDS = new ArrayList<>();

  static {
    family("高新区", false, false, AFTER_DISTRICT,
        "高新技术产业开发区", "高新技术产业园区", "高新技术开发区", "新技术产业开发区", "新技术开发区", "高技术产业开发区", "高新区");
    family("自创区", true, false, AFTER_DISTRICT, "自主创新示范区", "自创区");
    family("经开区", false, false, AFTER_DISTRICT, "经济技术开发区", "经济开发区", "经开区");
    family("工业园区", false, false, AFTER_PARK, "工业园区", "工业园");
    family("产业园区", false, false, AFTER_PARK, "产业园区", "产业园");
    family("高科技园区", false, false, AFTER_PARK, "高科技园区", "高科技园");
    family("科技园区", false, false, AFTER_PARK, "科技园区", "科技园");
    family("科学城", false, false, AFTER_CITY, "科学城");
    family("科技城", false, false, AFTER_CITY, "科技城");
    family("综合保税区", false, false, AFTER_DISTRICT, "综合保税区", "综保区");
    family("保税港区", false, false, AFTER_DISTRICT, "保税港区");
    family("保税区", false, false, AFTER_DISTRICT, "保税区");
    family("自贸区", true, false, AFTER_DISTRICT, "自由贸易试验区", "自贸试验区", "自由贸易区", "自贸区");
    family("自贸港", true, false, "口湾", "自由贸易港", "自贸港");
    family("经济特区", true, false, AFTER_DISTRICT, "经济特区");
    family("新区", false, true, AFTER_DISTRICT, "新区");
  }

  /** For each first character, the surfaces starting with it, longest first. */
  private static final ZoneWord[][] BY_FIRST = new ZoneWord[Character.MAX_VALUE + 1][];

  static {
    WORDS.sort(Comparator.comparingInt((ZoneWord w) -> w.surface().length()).reversed());
    for (ZoneWord w : WORDS) {
      char first = w.surface().charAt(0);
      ZoneWord[] old = BY_FIRST[first];
      ZoneWord[] grown = old == null ? new ZoneWord[1] : Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = w;
      BY_FIRST[first] = grown;
    }
  }

  private ZoneWords() {}

  private static void family(
      String canonical, boolean wholeProvince, boolean nameIsArea, String voidedBy, String... surfaces) {
    for (String s : surfaces) {
      WORDS.add(new ZoneWord(s, canonical, wholeProvince, nameIsArea, voidedBy));
    }
  }

  /** The longest zone word at {@code at} in {@code text[0, length)}, or null. */
  static ZoneWord at(char[] text, int length, int at) {
    ZoneWord[] candidates = BY_FIRST[text[at]];
    if (candidates == null) {
      return null;
    }
    for (ZoneWord w : candidates) {
      String s = w.surface();
      int end = at + s.length();
      if (end <= length && matches(text, at, s) && (end == length || w.voidedBy().indexOf(text[end]) < 0)) {
        return w;
      }
    }
    return null;
  }

  private static boolean matches(char[] text, int at, String s) {
    for (int i = 1; i < s.length(); i++) {
      if (text[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
