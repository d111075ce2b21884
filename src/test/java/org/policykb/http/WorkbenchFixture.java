package org.policykb.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A corpus shaped like the real-world one the workbench is read on (reports across seven decades with
 * years missing, many sources, undated documents, contexts that end in punctuation, function words and set
 * phrases such as 四项基本原则 and 供给侧 near the phrase), written by the
 * test itself: nothing third-party is copied. Tests compute what they expect from {@link #DOCS}, the
 * texts as written, never from the server's answers.
 */
final class WorkbenchFixture {
  /** The phrase the fixture is about. */
  static final String PHRASE = "改革开放";

  /** The years with a document: 1961–63, 1965–74, 1991–99 and 2001–19 are missing. */
  static final List<Integer> YEARS = List.copyOf(new ArrayList<>() {
    {
      IntStream.rangeClosed(1954, 1960).forEach(this::add);
      add(1964);
      IntStream.rangeClosed(1975, 1990).forEach(this::add);
      add(2000);
      IntStream.rangeClosed(2020, 2025).forEach(this::add);
    }
  });

  /** Undated documents, after the dated ones. */
  static final int UNDATED = 4;

  private static final String[] SOURCES = {"北京日报", "天津日报", "河北日报", "山西日报", "内蒙古日报", "辽宁日报", "吉林日报",
      "黑龙江日报", "解放日报", "新华日报", "浙江日报", "安徽日报", "福建日报", "江西日报", "大众日报", "河南日报", "湖北日报",
      "湖南日报", "南方日报", "广西日报", "海南日报", "重庆日报", "四川日报", "贵州日报", "云南日报", "西藏日报", "陕西日报", "甘肃日报",
      "青海日报", "宁夏日报", "新疆日报", "人民日报", "光明日报", "经济日报", "工人日报"};

  /** A theme shared by every fifth report (so each has related ones), without function words: the collocates count those. */
  private static final String[] THEMES = {
      "重点抓好农田水利建设，兴修水库、灌溉渠道，提高粮食、棉花产量，保障农业生产、农村水利设施。",
      "大力发展科学技术、教育事业，培养科研人才，建设重点实验室，推动高等学校、科研院所协同创新。",
      "加强国防建设、外交工作，维护国家主权、领土完整，发展同各国友好合作关系，维护世界安宁。",
      "推进新型城镇化、区域协调发展，完善城市基础设施，改善城乡居民住房条件，促进城乡融合发展。",
      "发展数字经济、实体经济，培育先进制造业集群，推进集成电路、人工智能、工业互联网产业发展。"};

  /** One document: its file name, title, date (null when undated), source and body. */
  record Doc(String file, String title, String date, String source, String body) {
    /** The body's occurrences of {@code phrase}, counted by scanning the text. */
    int count(String phrase) {
      int n = 0;
      for (int at = body.indexOf(phrase); at >= 0; at = body.indexOf(phrase, at + phrase.length())) {
        n++;
      }
      return n;
    }
  }

  static final List<Doc> DOCS = docs();

  private WorkbenchFixture() {}

  private static List<Doc> docs() {
    List<Doc> docs = new ArrayList<>();
    int n = YEARS.size() + UNDATED;
    for (int i = 0; i < n; i++) {
      Integer year = i < YEARS.size() ? YEARS.get(i) : null;
      String title = year == null ? "工作报告汇编（第" + (i - YEARS.size() + 1) + "辑）" : year + "年工作报告";
      StringBuilder body = new StringBuilder();
      body.append("各位代表：\n\n");
      body.append("过去一年，我们经受住了各种考验，取得的成绩十分不易。——").append(PHRASE).append("以来，国家面貌发生了深刻变化。\n\n");
      // a varying number of occurrences per document, so that the bars of the trend differ
      for (int k = 0; k < 1 + i % 4; k++) {
        body.append("我们要坚持四项基本原则，坚持").append(PHRASE).append("，推动供给侧结构性改革，建设长江经济带。\n\n");
      }
      body.append("全面深化改革，推动").append(PHRASE).append("向纵深发展，稳步推进各项工作。\n\n");
      // in every other document: function words right after the phrase (和, 是), and 供给侧 in a second frame
      if (i % 2 == 0) {
        body.append(PHRASE).append("和社会主义现代化建设是一场深刻革命，要以供给侧改革深化").append(PHRASE).append("。\n\n");
      }
      body.append("同时，要把经济建设放在中心位置，办好各项民生事业。\n\n");
      // a paragraph of its own, so that no two reports are near-identical texts (one work, Works)
      body.append(String.format(java.util.Locale.ROOT, "专项任务编号%d共计%d项。试点单位第%d批%d家。覆盖地市%d个。预算执行率百分之%d。档案编号%d号。\n\n",
          i, i + 3, i, 2 * i + 5, i + 7, 50 + i, 1000 + 7 * i));
      // a theme shared by every fifth report, so that each report has related ones
      body.append(THEMES[i % THEMES.length]).append("\n\n").append(THEMES[i % THEMES.length]);
      String source = SOURCES[i % SOURCES.length];
      docs.add(new Doc(String.format(java.util.Locale.ROOT, "report_%02d.md", i), title, year == null ? null : year + "-03-05", source, body.toString()));
    }
    return List.copyOf(docs);
  }

  /** Writes the documents as Markdown with front matter into {@code dir}. */
  static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Doc d : DOCS) {
      StringBuilder md = new StringBuilder("---\n");
      md.append("title: \"").append(d.title()).append("\"\n");
      if (d.date() != null) {
        md.append("date: ").append(d.date()).append('\n');
      }
      md.append("source: \"").append(d.source()).append("\"\n---\n");
      md.append(d.body()).append('\n');
      Files.writeString(dir.resolve(d.file()), md, StandardCharsets.UTF_8);
    }
  }

  /** Writes the fixture into {@code work}/corpus and serves an index of it built in {@code work}/index. */
  static LocalServer serve(Path work) throws IOException {
    Path corpus = work.resolve("corpus");
    write(corpus);
    return LocalServer.serving(corpus, work.resolve("index"));
  }

  /** All occurrences of {@code phrase} in the fixture's bodies. */
  static int total(String phrase) {
    return DOCS.stream().mapToInt(d -> d.count(phrase)).sum();
  }
}
