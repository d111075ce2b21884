package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names in an author line as newspapers write them: {@code 记者 陈晶 见习记者 陈心如 图／ 记者 刘畅},
 * {@code 周泽娜、周思华／华南农业大学}, {@code 刘俊（来源：广州日报）}, {@code 习　近　平}. Roles (记者, 实习生,
 * 图／) and affiliations after ／ are not names; bracketed notes are dropped; a name typeset with a space
 * between its characters is one name. Only what looks like a personal name is kept.
 */
final class AuthorNames {
  private static final Pattern BRACKETED = Pattern.compile("[（(【\\[][^）)】\\]]*[）)】\\]]");
  private static final Pattern ROLE_PREFIX =
      Pattern.compile("^(?:本报|本刊|本台|本网|新华社|特约|见习|实习|首席)*(?:记者|通讯员|实习生|编辑|责任编辑|摄影|摄|作者|文|图|整理|撰文)+");
  private static final Pattern LABEL = Pattern.compile("^(?:文|图|摄|摄影|作者|编辑|整理|撰文|记者)$");
  private static final Pattern NAME = Pattern.compile("^(?:\\p{IsHan}{2,4}|\\p{IsHan}{1,2}·\\p{IsHan}{1,6}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})$");
  private static final Pattern SINGLE_HAN = Pattern.compile("^\\p{IsHan}$");

  private AuthorNames() {}

  static List<String> in(String line) {
    String s = BRACKETED.matcher(TextNormalizer.heading(line)).replaceAll(" ");
    List<String> tokens = new ArrayList<>();
    for (String part : s.split("[、，,;；]")) {
      List<String> words = List.of(part.strip().split(" +"));
      if (words.size() > 1 && words.stream().allMatch(w -> SINGLE_HAN.matcher(w).matches())) {
        tokens.add(String.join("", words)); // 习 近 平
      } else {
        tokens.addAll(words);
      }
    }
    List<String> names = new ArrayList<>();
    for (String token : tokens) {
      String t = token.strip();
      int slash = Math.max(t.indexOf('／'), t.indexOf('/'));
      if (slash >= 0) {
        String before = t.substring(0, slash).strip();
        // 图／刘畅: a label before the slash; 崔艺文／广东商学院: an affiliation after it
        t = before.isEmpty() || LABEL.matcher(before).matches() ? t.substring(slash + 1).strip() : before;
      }
      t = ROLE_PREFIX.matcher(t).replaceFirst("");
      if (NAME.matcher(t).matches() && !names.contains(t)) {
        names.add(t);
      }
    }
    return names;
  }
}
