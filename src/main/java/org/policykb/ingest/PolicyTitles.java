package org.policykb.ingest;

import java.util.Comparator;
import java.util.List;

/**
 * Whether a title in book-title marks names a policy instrument: it ends with an instrument word
 * (意见, 规划, 条例, 通知, 法 …), after any bracketed qualifiers such as （试行） or （2019-2022年）, and
 * says which one: at least two characters other than generic words (若干, 实施, 暂行 …) must come before
 * the instrument word, so 《意见》, 《实施细则》 and 《纲要（草案）》 are references back to a title named
 * earlier, not citations. A law needs one (《宪法》, 《刑法》) and must not be a method (《方法》, 《兵法》).
 */
final class PolicyTitles {
  /**
   * Instrument words: the kinds of official documents (公文 types such as 决定, 通知, 批复), plans,
   * rules, treaties and laws. 报告 only as 工作报告: evaluation and research reports, with or without a
   * year (《国家创新型城市创新能力评价报告2021》), are not instruments. Not 制度 (essays end in it too) nor
   * 宣言, 书, 指示.
   */
  private static final List<String> INSTRUMENTS = sortedLongestFirst(List.of(
      "意见", "规划", "纲要", "方案", "办法", "条例", "规定", "通知", "决定", "决议", "计划", "细则", "措施",
      "政策", "指南", "指引", "目录", "建议", "纲领", "规则", "章程", "公告", "通告", "批复", "议案", "工作报告",
      "要点", "准则", "守则", "规范", "标准", "预案", "负面清单", "协定", "条约", "公约", "联合声明",
      "公报", "法典", "法", "解释", "修正案", "复函", "函", "通则", "安排", "请示", "名录", "清单"));
  // 公报 is a communiqué (三中全会公报), but not a statistical one (统计公报)
  /** Words that only qualify an instrument word; taken off before asking what the title names. */
  private static final List<String> GENERIC = sortedLongestFirst(List.of(
      "若干", "实施", "指导", "暂行", "试行", "管理", "行动", "工作", "具体", "有关", "相关", "总体", "专项",
      "配套", "发展", "改革", "规划", "计划", "纲要", "统计", "的"));
  /**
   * A title ending in 法 (or 法典) is a law unless the character before makes it a method or skill
   * (方法, 做法, 书法, 兵法 …).
   */
  private static final String NOT_LAW =
      "方办做说看想手算语书文兵魔佛技疗画写用章笔戏句执守违犯效仿取玩打解干活思心教学普知懂依合非立变礼刀剑拳功枪棋口唱演吃读听";
  /** Sentence punctuation: a title holding it is a headline or a quotation. */
  private static final String SENTENCE = "。！？!?…";

  private PolicyTitles() {}

  /** Whether {@code title} (already normalised, without its outer marks) names a policy instrument. */
  static boolean isPolicy(String title) {
    for (int i = 0; i < title.length(); i++) {
      if (SENTENCE.indexOf(title.charAt(i)) >= 0) {
        return false;
      }
    }
    String core = withoutQualifiers(title);
    for (String word : INSTRUMENTS) {
      if (core.endsWith(word)) {
        String rest = withoutGeneric(core.substring(0, core.length() - word.length()));
        if (word.equals("法") || word.equals("法典")) {
          // a title naming the state is a law whatever comes before 法 (人民调解法, 立法法)
          return !rest.isEmpty() && (title.startsWith("中华人民共和国") || NOT_LAW.indexOf(rest.charAt(rest.length() - 1)) < 0);
        }
        if (word.equals("公报") && core.endsWith("统计公报")) {
          return false;
        }
        return rest.length() >= 2;
      }
    }
    return false;
  }

  /**
   * The 文种 an official document's title ends with — 关于…的通知, …的意见 (…的指导意见, 实施意见,
   * 若干意见 too), …的批复 — one
   * of {@link OfficialElements#DOC_TYPES}; null when the title does not end in 的 and one of them.
   */
  static String docType(String title) {
    if (title == null) {
      return null;
    }
    String core = title.strip();
    if (core.chars().filter(c -> c == '《').count() != core.chars().filter(c -> c == '》').count()) {
      return null; // a line of a title set on two, not a title
    }
    String bare = PolicyTitles.withoutQualifiers(core);
    if (bare.endsWith("统计公报") && bare.length() > 6) {
      return "公报"; // 2023年…国民经济和社会发展统计公报
    }
    if (bare.endsWith("政府工作报告")) {
      return "报告";
    }
    org.policykb.model.DocNumber number = org.policykb.model.DocNumber.parse(core);
    if (number != null && number.agencyCode().matches("\\p{IsHan}{2,}(公告|通告)")) {
      return number.agencyCode().substring(number.agencyCode().length() - 2); // 中国人民银行公告〔2023〕第4号: a 公告 titled by its number
    }
    if (MEETING_MINUTES.matcher(bare).matches()) {
      return "纪要"; // 关于…座谈会纪要, …联席会议纪要: a 纪要 names its meeting without 的
    }
    // a qualifier after the 文种 (…公示公告（第一批）, …的意见（试行）) leaves it one; a 题注 run into the title
    // (…的决议（1978年5月24日通过）) is no part of it
    String typed = DateParser.find(core.substring(bare.length())) == null ? bare : core;
    for (String type : DOC_TYPES) {
      if (typed.endsWith(type)) {
        String before = typed.substring(0, typed.length() - type.length())
            .replaceFirst(type.equals("函") ? "(复|便)$" : "(指导|实施|若干|补充|紧急)$", "");
        if (type.equals("报告") && !before.contains("关于")) {
          return null; // 在…上的报告 is a speech, 关于…的报告 the 文种
        }
        if ((type.equals("公告") || type.equals("通告")) && !before.endsWith("的") && before.length() >= 2
            && core.length() <= 60 && core.indexOf('，') < 0 && core.indexOf('《') < 0) {
          return type; // 国家税务总局公告, …拟录用公务员公示公告: a 公告 names itself without 的
        }
        return before.endsWith("的") && before.length() >= 3 ? type : null;
      }
    }
    return null;
  }

  /**
   * An official title set on two lines (two paragraphs): the two joined when {@code line} is no
   * title by itself and the short {@code next} completes it; null otherwise.
   */
  static String onTwoLines(String line, String next) {
    if (docType(line) != null || next.length() > 40 || next.contains("。") || org.policykb.model.DocNumber.find(next) != null
        || DateParser.whole(line) != null) {
      return null;
    }
    return docType(line + next) != null ? line + next : null;
  }

  /**
   * For a 通知 that issues or forwards another instrument (关于印发《…实施方案》的通知, 印发…规划的通知,
   * 转发…的通知): that instrument's kind (its instrument word: 方案, 纲要, 意见 …, null when none) and its
   * title without book-title marks; null when the title issues nothing.
   */
  static String[] issuedInstrument(String title) {
    if (title == null) {
      return null;
    }
    java.util.regex.Matcher m = ISSUES.matcher(title.strip());
    if (!m.matches()) {
      return null;
    }
    String inner = m.group(2).strip();
    if (inner.startsWith("《") && inner.endsWith("》") && inner.indexOf('《', 1) < 0) {
      inner = inner.substring(1, inner.length() - 1);
    }
    if (inner.length() < 2) {
      return null;
    }
    String core = withoutQualifiers(inner);
    for (String word : INSTRUMENTS) {
      if (core.endsWith(word)) {
        return new String[] {word.equals("工作报告") ? "报告" : word, inner};
      }
    }
    return new String[] {null, inner};
  }

  /** A meeting's minutes name the meeting without 的: …座谈会纪要, …联席会议纪要, …常务会纪要. */
  private static final java.util.regex.Pattern MEETING_MINUTES = java.util.regex.Pattern.compile("[^《》，。]{4,80}(会|会议)纪要");
  private static final java.util.regex.Pattern ISSUES = java.util.regex.Pattern.compile(".*?(印发|转发|批转|颁发|颁布)(.+)的通知");
  private static final List<String> DOC_TYPES = sortedLongestFirst(org.policykb.model.OfficialElements.DOC_TYPES);

  /** The title without trailing bracketed qualifiers: （试行）, (草案), 〔2024〕, 【修订】. */
  static String withoutQualifiers(String title) {
    String s = title;
    while (!s.isEmpty()) {
      char last = s.charAt(s.length() - 1);
      int close = "）)〕】".indexOf(last);
      if (close < 0) {
        return s;
      }
      int open = s.lastIndexOf("（(〔【".charAt(close));
      if (open <= 0 || s.length() - open > 24) {
        return s;
      }
      s = s.substring(0, open);
    }
    return s;
  }

  private static String withoutGeneric(String rest) {
    String s = rest;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String g : GENERIC) {
        if (s.endsWith(g)) {
          s = s.substring(0, s.length() - g.length());
          changed = true;
          break;
        }
      }
    }
    return s;
  }

  private static List<String> sortedLongestFirst(List<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }
}
