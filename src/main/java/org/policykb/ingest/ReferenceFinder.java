package org.policykb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykb.model.DocNumber;
import org.policykb.model.Reference;
import org.policykb.model.Reference.Kind;

/**
 * The references of a document ({@link Reference}): every title in 《…》 that names a policy instrument
 * ({@link CitationFinder}), every 发文字号 in running text (any bracket, a 令's or a 公告's number), and a
 * number printed in brackets right after a title as one reference with it; each with what its sentence
 * says the document does with it.
 *
 * <p>References that follow one another with only separators between them (、 和 及, a parenthesis such as
 * （以下简称…）, a date and 发布的) are a run, and a run is read as one: 根据《A》《B》和《C》…制定本办法 implements
 * all three. A run
 * <ul>
 *   <li>repeals what it names when 同时废止 (予以废止, 不再执行 …) follows it in its sentence, or 废止 stands right
 *       before it — not when the words between say only a part goes (不一致的, 第…条);
 *   <li>amends when 修改 (修订) stands right before it, or 对…作如下修改 says so;
 *   <li>issues when 印发 or 转发 stands right before it, or 印发给你们 follows;
 *   <li>implements after 贯彻落实, or after 根据 (依据, 依照, 按照) when its sentence goes on to say
 *       what is made of it (制定本…, 结合…实际, …如下);
 *   <li>else cites.
 * </ul>
 * A reference inside quotation marks (“…”) only cites: an amending decision quotes the preambles it writes
 * for others, and those are not its own basis. The citing document's title is read too (关于修改《…》的决定,
 * 转发…关于…的意见的通知).
 */
public final class ReferenceFinder {
  private static final String OPEN = "〔\\[【［（(﹝";
  private static final String CLOSE = "〕\\]】］）)﹞";
  /** A 发文字号 in running text; its agency code is cut where the running text before it ends ({@link #code}). */
  static final Pattern NUMBER = Pattern.compile(
      "((?:[\\p{IsHan}A-Za-z]|（\\p{IsHan}{1,3}）|\\(\\p{IsHan}{1,3}\\)){1,24})\\s?[" + OPEN + "]\\s?((?:19|20)\\d\\d)\\s?["
          + CLOSE + "]\\s?第?\\s?(\\d{1,5})\\s?号"
          + "|[" + OPEN + "]((?:19|20)?\\d\\d)[" + CLOSE + "]((?:\\p{IsHan}|（\\p{IsHan}{1,3}）){1,16}?字)第?(\\d{1,5})号"
          + "|(\\p{IsHan}(?:\\p{IsHan}| (?=\\p{IsHan})){0,60}?(?:令|公告|通告))\\s?(?:[" + OPEN + "]?((?:19|20)\\d\\d)[" + CLOSE + "]?年?)?第\\s?(\\d{1,5}|[一二三四五六七八九十百千〇零]{1,8})\\s?号");
  /** The most characters a match of {@link #NUMBER} spans (a code of 24 parts of up to five, brackets, year, serial). */
  static final int NUMBER_REACH = 160;
  private static final Pattern BRACKETS_LOST = Pattern.compile("[（(](\\p{IsHan}{2,16}(?:19|20)\\d{3,7}号)[）)]");
  /** Words no agency code holds: the code starts after the last of them. */
  private static final Pattern BEFORE_CODE = Pattern.compile(
      ".*(?:的|和(?!信息化|城乡建设|社会保障|旅游|计划生育|改革|技术|国家|自然)|及|与|或|根据|依据|依照|按照|落实|印发|转发|废止|修改|关于|通知|意见|文件|精神|要求|以|见|即|并|等|号|发布|公布|颁布|通过|施行|简称|称)");
  /** What may stand between two references of one run. */
  private static final Pattern RUN_GAP = Pattern.compile(
      "(?:[、，,和及与或\\s]|以及|等|及其(?:实施条例|实施细则|实施办法|配套文件)|（[^（）《》。]{0,30}）|\\([^()《》。]{0,30}\\)"
          + "|(?:19|20)\\d\\d年[^《》。；]{0,60}?的)*");
  /** A year the words before a reference say it was issued in: 1992年7月14日…发布的《…》; the last year, the one nearest it. */
  private static final Pattern YEAR_BEFORE = Pattern.compile(
      "(?s).*((?:19|20)\\d\\d)年[^《》。；]{0,60}?(?:发布|公布|颁布|印发|施行|通过|制定|修订|修正|下发)的\\s*$");
  /** A parenthesis right after a title (its number, （以下简称…）, （2015年修订）): looked past when reading what follows. */
  private static final Pattern PARENTHESIS = Pattern.compile("^\\s*[（(][^（）()《》。]{0,100}[）)]");
  private static final Pattern REPEALED_AFTER = Pattern.compile(
      "^([^《》。；]{0,30}?)(?:同时废止|予以废止|一并废止|废止|不再执行|停止执行)");
  /**
   * Words between a title and 废止 that say only a part of it goes, or that the sentence turns to other documents
   * (根据《…》，我部决定对下列规章予以废止).
   */
  private static final Pattern PART = Pattern.compile(
      "不一致|抵触|第[^，。]{0,8}[条款项]|部分|有关规定|相关规定|中的|规定的|下列|以下|决定对|对[^，。]{0,8}予以");
  private static final Pattern REPEALS_BEFORE = Pattern.compile("(?:废止|撤销)\\s*$");
  private static final Pattern AMENDS_BEFORE = Pattern.compile("(?:修改|修订|修正)\\s*$");
  private static final Pattern AMENDED_AFTER = Pattern.compile("^[^。；《]{0,20}?(?:作出?如下(?:补充)?(?:修改|修订|修正)|修改如下|进行修改|修订如下)");
  /** A title issues what it names after 印发 or 转发; a text only when it says so of itself (现将…印发, 关于印发). */
  private static final Pattern ISSUES_BEFORE = Pattern.compile("(?:印发|转发)\\s*$");
  private static final Pattern ISSUES_BEFORE_IN_TEXT = Pattern.compile("(?:关于|现将?|特将?|兹|予以|现予)(?:印发|转发)\\s*$");
  private static final Pattern ISSUED_AFTER = Pattern.compile(
      "^[^。；《]{0,12}?(?:印发给|转发给|印发你们|转发你们|印发各|转发各|现予公布|现予发布|予以公布|予以发布|现予印发)");
  private static final Pattern CARRIES_OUT = Pattern.compile("贯彻落实[^。；《，,]{0,40}$");
  private static final Pattern ACCORDING_TO = Pattern.compile("(?:根据|依据|依照|按照|遵照)[^。；《]{0,30}$");
  /** What a sentence that begins 根据《…》 goes on to say when it makes something of it. */
  private static final Pattern MADE_OF_IT = Pattern.compile("制定|结合[^。；]{0,16}实际|如下(?!修改|修订|修正)|现就|特此|拟定|制订");
  /** A title that relays another document without marks: 国务院办公厅转发国家发展改革委关于…的意见的通知. */
  private static final Pattern RELAYS = Pattern.compile("(?:转发|印发)([^《》]{4,80}?)的(?:通知|函)$");
  /** How far a list of repealed or amended documents may run after its heading. */
  private static final int LIST_SPAN = 6_000;
  /** A heading over a list of documents repealed or amended (决定予以废止的规章, 决定废止的规范性文件目录, 废止下列文件：). */
  private static final Pattern LIST_HEADING = Pattern.compile(
      "(?:予以|决定|宣布)(废止|失效|修改|修订)的[^。；：:（(\\n]{0,16}?(?:规章|规范性文件|文件|行政法规|地方性法规|法规|司法解释|政策|目录)"
          + "(?:目录|清单)?[：:]?|(废止|修改)(?:下列|以下)[^。；：:\\n]{0,10}(?:规章|规范性文件|文件|法规)[：:]");
  /** How an item of a list is numbered: （一）, 1., 1、, 一、 — or, where a scrape lost the dot, 1 before the title. */
  private static final String ENUMERATOR = "(?:[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,3}[.．、]?(?=\\p{IsHan})|[一二三四五六七八九十]{1,3}、)";
  /**
   * An item of such a list: its enumerator, its title, and the parenthesis after it (year, number, issuer); items may
   * follow one another without a space where a cleaned text ran them together.
   */
  private static final Pattern LIST_ITEM = Pattern.compile(
      "(?:^|(?<=[\\s；;。：:）)]))" + ENUMERATOR + "\\s*"
          + "(\\p{IsHan}[^（()）。；;\\n]{3,90}?(?:[（(](?:试行|暂行|修订|草案)[）)])?)"
          // the parenthesis ends an item; without one, a space, a stop or the next item does
          + "(?:\\s*([（(][^（()）\\n]{0,80}(?:[（(][^（()）\\n]{0,20}[）)][^（()）\\n]{0,40})?[）)])"
          + "|(?=\\s|[；;。]|$|" + ENUMERATOR + "))", Pattern.MULTILINE);
  /** The words a listed title ends with: a document's kind, and a bracketed 试行 or 暂行 after it. */
  private static final Pattern ITEM_TITLE = Pattern.compile(
      ".{2,}(?:办法|规定|条例|细则|规则|规范|意见|通知|决定|方案|规划|目录|标准|准则|程序|制度|批复|复函|函|公告|通告|解释|名录|清单|指南|指引|纲要|决议)"
          + "(?:[（(](?:试行|暂行|修订|草案)[）)])?");
  private static final Pattern ITEM_YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
  /**
   * A law named without marks: characters ending in 法 (or 法典), before an article, 的规定, or a separator (根据宪法，
   * 适用刑法和《…》).
   */
  static final Pattern BARE_LAW = Pattern.compile(
      "(\\p{IsHan}{1,20}法典?)(?=第[一二三四五六七八九十百千零〇0-9]{1,6}条|的?(?:有关|相关)?规定|[和及与、，。；）]|制定"
          + "|作出?如下(?:补充)?(?:修改|修订|修正))");
  /** What follows a number in the parenthesis after a title when the text gives it a short name there. */
  private static final Pattern ALIAS_NEXT = Pattern.compile("\\s*[，,；;]\\s*(?:以下|下文|下)?简?称");
  /** What stands between a reference and the short name the text gives it: （以下简称, ，以下称, （简称. */
  private static final Pattern ALIAS_GIVEN = Pattern.compile("\\s*[（(]?[^。；;《》（）()]{0,3}?[，,]?\\s*(?:以下|下文|下)?简?称\\s*");
  /** The most characters a match of {@link #BARE_LAW} spans. */
  static final int BARE_LAW_REACH = 24;
  private static final String SENTENCE_END = "。！？!?；;\n";

  private final String text;
  private final boolean inTitle;
  /** The text with full-width digits and letters folded to ASCII, one char for one, so offsets hold. */
  private final String folded;
  private final boolean[] quoted;

  /** A title or a number in the text; {@code policy} false for a title that names no policy instrument by its words. */
  private record Mention(int start, int end, String title, String number, boolean policy) {}

  private ReferenceFinder(String text, boolean inTitle) {
    this.text = text;
    this.inTitle = inTitle;
    this.folded = foldDigits(text);
    this.quoted = quoted(text);
  }

  /** The references of a document whose cleaned text is {@code text} and whose title is {@code title} (may be null). */
  public static List<Reference> find(String text, String title) {
    List<Reference> out = new ArrayList<>();
    if (title != null && !title.isBlank()) {
      ReferenceFinder t = new ReferenceFinder(title, true);
      List<Reference> inTitle = t.references();
      out.addAll(inTitle);
      if (inTitle.isEmpty()) {
        t.relayed().ifPresent(out::add);
      }
    }
    ReferenceFinder body = new ReferenceFinder(text, false);
    List<Reference> listed = body.listed();
    // a number or title inside a listed item is that item's, not a reference of its own
    body.references().stream().filter(r -> listed.stream().noneMatch(l -> l.start() <= r.start() && r.end() <= l.end()))
        .forEach(out::add);
    out.addAll(body.bareLaws());
    out.addAll(listed);
    return out;
  }

  /**
   * The documents a decision lists as repealed or amended, one an item, without marks (一、决定予以废止的规章 （一）全国环境
   * 监测管理条例（1983年，城环字1983483号） （二）…; 附件 决定废止的…规范性文件 1…的通知（国海发〔2011〕45号） 2…): every item
   * under such a heading, up to the next heading, whose words end as a document's title; the number and the year its
   * parenthesis gives are kept.
   */
  private List<Reference> listed() {
    List<Reference> out = new ArrayList<>();
    if (!text.contains("废止") && !text.contains("失效") && !text.contains("修改") && !text.contains("修订")) {
      return out; // every heading names one of these: most texts need no scan
    }
    Matcher h = LIST_HEADING.matcher(text);
    List<int[]> headings = new ArrayList<>();
    while (h.find()) {
      headings.add(new int[] {h.start(), h.end(), (h.group(1) != null ? h.group(1) : h.group(2)).matches("废止|失效") ? 0 : 1});
    }
    for (int k = 0; k < headings.size(); k++) {
      int from = headings.get(k)[1];
      int to = Math.min(text.length(), k + 1 < headings.size() ? headings.get(k + 1)[0] : from + LIST_SPAN);
      Kind kind = headings.get(k)[2] == 0 ? Kind.REPEALS : Kind.AMENDS;
      Matcher item = LIST_ITEM.matcher(folded).region(from, to);
      while (item.find()) {
        String title = item.group(1).strip();
        if (!ITEM_TITLE.matcher(title).matches() || quoted[item.start(1)]) {
          continue;
        }
        String note = item.group(2);
        DocNumber n = note == null ? null : numberIn(note);
        Integer year = null;
        Matcher y = note == null ? null : ITEM_YEAR.matcher(note);
        if (y != null && y.find()) {
          year = Integer.valueOf(y.group(1));
        }
        String normalised = CitationFinder.normalise(text, item.start(1), item.start(1) + item.group(1).stripTrailing().length());
        int end = note == null ? item.end(1) : item.end(2);
        out.add(new Reference(kind, normalised, n == null ? null : n.normalized(), year, false, item.start(1), end,
            item.start(), end, false));
      }
    }
    return out;
  }

  /** Laws named without marks before an article or 的规定, outside every title: resolved only when the corpus has them. */
  private List<Reference> bareLaws() {
    List<CitationFinder.Cited> titles = CitationFinder.allTitles(text);
    List<Reference> out = new ArrayList<>();
    int t = 0;
    for (MatchResult m : near(BARE_LAW, text, '法', BARE_LAW_REACH)) {
      while (t < titles.size() && titles.get(t).end() <= m.start()) {
        t++;
      }
      if (t < titles.size() && titles.get(t).start() < m.end()) {
        continue;
      }
      int sentenceStart = sentenceStart(m.start());
      int sentenceEnd = sentenceEnd(m.end());
      // 对刑法作如下补充修改: the name runs on from 对, which says what the sentence does with it
      int named = text.charAt(m.start(1)) == '对' ? m.start(1) + 1 : m.start(1);
      Kind kind = kind(List.of(new Mention(named, m.end(1), m.group(1), null, true)), sentenceStart, sentenceEnd);
      out.add(new Reference(kind, m.group(1), null, null, false, m.start(1), m.end(1), sentenceStart, sentenceEnd, true));
    }
    return out;
  }

  private List<Reference> references() {
    List<Mention> mentions = mentions();
    List<Reference> out = new ArrayList<>();
    int i = 0;
    while (i < mentions.size()) {
      int sentenceStart = sentenceStart(mentions.get(i).start());
      int sentenceEnd = sentenceEnd(mentions.get(i).end());
      int j = i + 1;
      while (j < mentions.size() && mentions.get(j).start() < sentenceEnd
          && RUN_GAP.matcher(text.substring(mentions.get(j - 1).end(), mentions.get(j).start())).matches()) {
        j++;
      }
      List<Mention> run = mentions.subList(i, j);
      Kind kind = kind(run, sentenceStart, sentenceEnd);
      int from = sentenceStart;
      for (Mention m : run) {
        if (!m.policy() && (kind == Kind.CITES || kind == Kind.IMPLEMENTS)) {
          from = m.end();
          continue; // a title that names no instrument (a book, a standard) counts only when the sentence issues,
                    // amends or repeals it: 制定了《射线装置分类》，现予公布
        }
        Integer year = year(text.substring(Math.max(from, sentenceStart), m.start()));
        out.add(new Reference(kind, m.title(), m.number(), year, inTitle, m.start(), m.end(), sentenceStart, sentenceEnd, false));
        from = m.end();
      }
      i = j;
    }
    return out;
  }

  /** What the run's sentence says of it. */
  private Kind kind(List<Mention> run, int sentenceStart, int sentenceEnd) {
    Mention first = run.get(0);
    Mention last = run.get(run.size() - 1);
    if (quoted[first.start()]) {
      return Kind.CITES;
    }
    String before = text.substring(sentenceStart, first.start());
    String after = PARENTHESIS.matcher(text.substring(last.end(), sentenceEnd)).replaceFirst("");
    Matcher repealed = REPEALED_AFTER.matcher(after);
    if (REPEALS_BEFORE.matcher(before).find() || repealed.find() && !PART.matcher(repealed.group(1)).find()) {
      return Kind.REPEALS;
    }
    if (AMENDS_BEFORE.matcher(before).find() || before.endsWith("对") && AMENDED_AFTER.matcher(after).find()) {
      return Kind.AMENDS;
    }
    if ((inTitle ? ISSUES_BEFORE : ISSUES_BEFORE_IN_TEXT).matcher(before).find() || ISSUED_AFTER.matcher(after).find()) {
      return Kind.ISSUES;
    }
    if (CARRIES_OUT.matcher(before).find() || ACCORDING_TO.matcher(before).find() && MADE_OF_IT.matcher(after).find()) {
      return Kind.IMPLEMENTS;
    }
    return Kind.CITES;
  }

  /** The document a title without marks relays (…转发A关于B的意见的通知 → A关于B的意见). */
  private java.util.Optional<Reference> relayed() {
    Matcher m = RELAYS.matcher(text);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    String relayed = CitationFinder.normalise(text, m.start(1), m.end(1));
    if (!PolicyTitles.isPolicy(relayed)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Reference(Kind.ISSUES, relayed, null, null, true, m.start(1), m.end(1), 0, text.length(), false));
  }

  /** Titles and numbers in text order; a number in brackets right after a title is one mention with it. */
  private List<Mention> mentions() {
    List<CitationFinder.Cited> titles = CitationFinder.allTitles(text);
    List<Mention> numbers = numbers(titles);
    List<Mention> out = new ArrayList<>();
    int n = 0;
    for (CitationFinder.Cited t : titles) {
      while (n < numbers.size() && numbers.get(n).start() < t.start()) {
        out.add(numbers.get(n++));
      }
      Mention joined = new Mention(t.start(), t.end(), t.title(), null, t.policy());
      if (n < numbers.size()) {
        Mention num = numbers.get(n);
        int open = skipSpaces(t.end());
        int close = skipSpaces(num.end());
        if (open < text.length() && "（(".indexOf(text.charAt(open)) >= 0 && num.start() == skipSpaces(open + 1)
            && close < text.length() && "）)".indexOf(text.charAt(close)) >= 0) {
          joined = new Mention(t.start(), close + 1, t.title(), num.number(), true);
          n++;
        } else if (open < text.length() && "（(".indexOf(text.charAt(open)) >= 0 && num.start() == skipSpaces(open + 1)
            && ALIAS_NEXT.matcher(text).region(num.end(), text.length()).lookingAt()) {
          joined = new Mention(t.start(), num.end(), t.title(), num.number(), true); // （国发〔2020〕7号，以下简称《意见》）
          n++;
        }
      }
      out.add(joined);
    }
    while (n < numbers.size()) {
      out.add(numbers.get(n++));
    }
    return aliased(out);
  }

  /**
   * Short names a text gives what it names (《国务院关于…的意见》（以下简称《意见》））: the short name where it is given
   * is no reference of its own, and where it is used later it names what it was given for.
   */
  private List<Mention> aliased(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    java.util.Map<String, Mention> aliases = new java.util.HashMap<>();
    Mention previous = null;
    for (Mention m : mentions) {
      if (m.title() != null && previous != null && previous.end() <= m.start()
          && ALIAS_GIVEN.matcher(text.substring(previous.end(), m.start())).matches()) {
        aliases.put(m.title(), previous);
        continue;
      }
      Mention named = m.title() == null ? null : aliases.get(m.title());
      out.add(named == null ? m : new Mention(m.start(), m.end(), named.title(), named.number(), named.policy()));
      previous = named == null ? m : previous;
    }
    return out;
  }

  /** The numbers of the running text, not inside a title. */
  private List<Mention> numbers(List<CitationFinder.Cited> titles) {
    List<Mention> out = new ArrayList<>();
    int t = 0;
    for (MatchResult m : near(NUMBER, folded, '号', NUMBER_REACH)) {
      int start = m.start();
      String printed;
      if (m.group(1) != null || m.group(7) != null) {
        int codeGroup = m.group(1) != null ? 1 : 7;
        start = code(m.start(codeGroup), m.end(codeGroup));
        if (start < 0) {
          continue;
        }
        printed = folded.substring(start, m.end());
      } else {
        printed = m.group();
      }
      while (t < titles.size() && titles.get(t).end() <= start) {
        t++;
      }
      if (t < titles.size() && titles.get(t).start() < start) {
        continue; // inside a title
      }
      DocNumber number = DocNumber.parse(printed);
      if (number != null) {
        out.add(new Mention(start, m.end(), null, number.normalized(), true));
      }
    }
    // a number whose brackets a scrape lost (环办2010124号), only where it stands alone in a parenthesis
    Matcher lost = BRACKETS_LOST.matcher(folded);
    while (lost.find()) {
      DocNumber number = DocNumber.parse(lost.group(1));
      if (number != null && out.stream().noneMatch(o -> o.start() < lost.end(1) && lost.start(1) < o.end())) {
        out.add(new Mention(lost.start(1), lost.end(1), null, number.normalized(), true));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * Where an agency code (or a 令's series) found in {@code folded[from, to)} starts: after the last word
   * no code holds, after a date's 年月日, at 中华人民共和国; -1 when nothing is left of it.
   */
  private int code(int from, int to) {
    String run = folded.substring(from, to);
    int state = run.lastIndexOf("中华人民共和国");
    int start;
    if (state >= 0) {
      start = from + state;
    } else {
      Matcher before = BEFORE_CODE.matcher(run);
      start = before.lookingAt() ? from + before.end() : from;
    }
    while (start < to && "年月日".indexOf(folded.charAt(start)) >= 0 && start > 0 && Character.isDigit(folded.charAt(start - 1))) {
      start++;
    }
    return to - start >= 1 ? start : -1;
  }

  /** The 发文字号 a listed item's parenthesis gives among its parts (1983年，城环字〔1983〕483号，城乡建设环境保护部). */
  private static DocNumber numberIn(String note) {
    for (String part : note.substring(1, note.length() - 1).split("[，,、；;]")) {
      DocNumber n = DocNumber.parse(part.strip());
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  private static Integer year(String before) {
    Matcher m = YEAR_BEFORE.matcher(before);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private int sentenceStart(int at) {
    int i = at;
    while (i > 0 && SENTENCE_END.indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  private int sentenceEnd(int at) {
    int i = at;
    while (i < text.length() && SENTENCE_END.indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
  }

  private int skipSpaces(int i) {
    while (i < text.length() && Whitespace.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** For each char, whether it lies inside “…” (a quotation not closed within 3,000 chars is no quotation). */
  private static boolean[] quoted(String text) {
    boolean[] out = new boolean[text.length() + 1];
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') {
        open = i;
      } else if (c == '”' && open >= 0) {
        if (i - open <= 3_000) {
          java.util.Arrays.fill(out, open, i + 1, true);
        }
        open = -1;
      }
    }
    return out;
  }

  private static String foldDigits(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
        out[i] = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  /**
   * The matches {@code pattern.matcher(text)} finds one after another over the whole text, found only near each
   * {@code anchor}: every match of the pattern holds the anchor and spans at most {@code reach} characters, so none
   * starts more than {@code reach} characters before an anchor, and one starting within {@code reach} after it ends
   * within {@code 2 × reach}. The same matches in the same order, without trying the pattern at every position of a
   * long text (the patterns' code and name parts try up to sixty characters at each).
   */
  static List<MatchResult> near(Pattern pattern, String text, char anchor, int reach) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int p = 0;
    while (p < text.length()) {
      int q = text.indexOf(anchor, p);
      if (q < 0) {
        break;
      }
      int windowEnd = (int) Math.min(text.length(), (long) q + 2L * reach);
      m.region(Math.max(p, q - reach), windowEnd);
      if (m.find() && (m.start() <= q + reach || windowEnd == text.length())) {
        out.add(m.toMatchResult());
        p = m.end() > m.start() ? m.end() : m.end() + 1;
      } else {
        p = q + reach + 1;
      }
    }
    return out;
  }
}
