package org.policykb.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;

/**
 * Writes a deterministic corpus of a given size in the shipped shapes — YAML front matter + HTML,
 * Markdown-ish text, hard-wrapped PDF text — built from the sentences of the seed documents.
 * Sentences are drawn with a Zipf-like skew and varied (numbers, places, coined terms), so some
 * phrases occur in most documents and many in few; dates span 1990–2026 over several sources.
 */
public final class CorpusGenerator {
  static final String[] SOURCES = {"新华日报", "人民日报", "群众", "中国高新技术产业导报", "经济日报", "科技日报", "光明日报", "工人日报"};
  static final String[] PLACES = {"苏州", "无锡", "南京", "杭州", "合肥", "成都", "武汉", "西安", "济南", "长沙", "深圳", "天津"};
  private static final String COINING = "创新产业科技园区发展数字智能绿色协同融合质量生态开放改革服务平台制造转型链群";

  private final List<String> sentences;
  private final Random random;

  private CorpusGenerator(List<String> sentences, long seed) {
    this.sentences = sentences;
    this.random = new Random(seed);
  }

  /** Sentences of the documents in {@code seeds}, in order. */
  public static CorpusGenerator fromSeeds(Path seeds, long seed) throws IOException {
    CorpusReader reader = new CorpusReader();
    List<String> sentences = new ArrayList<>();
    for (Path f : reader.list(seeds).files()) {
      IngestResult r = reader.read(seeds, f);
      if (r.document() == null) {
        continue;
      }
      for (String s : r.document().text().split("(?<=[。！？])|\\n\\n")) {
        if (s.strip().length() >= 8) {
          sentences.add(s.strip());
        }
      }
    }
    if (sentences.isEmpty()) {
      throw new IOException("no sentences in " + seeds);
    }
    return new CorpusGenerator(sentences, seed);
  }

  /** Writes documents into {@code dir} until they add up to {@code bytes}; returns how many. */
  public int write(Path dir, long bytes) throws IOException {
    Files.createDirectories(dir);
    long written = 0;
    int n = 0;
    while (written < bytes) {
      String name = String.format(Locale.ROOT, "doc%07d", n);
      String body = switch (n % 3) {
        case 0 -> frontMatterHtml(n);
        case 1 -> markdown(n);
        default -> pdfText(n);
      };
      byte[] data = body.getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(name + (n % 3 == 2 ? ".txt" : ".md")), data);
      written += data.length;
      n++;
    }
    return n;
  }

  private String frontMatterHtml(int n) {
    StringBuilder s = new StringBuilder("---\nlayout: post\ntitle: \"").append(title()).append("\"\ndate: ")
        .append(date()).append(" 08:00:00 +0800\nsource: ").append(source()).append("\n---\n");
    for (String p : paragraphs()) {
      s.append("<p>").append(p).append("</p>");
    }
    return s.append("\n").toString();
  }

  private String markdown(int n) {
    StringBuilder s = new StringBuilder("# ").append(title()).append("\n\n");
    List<String> ps = paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      if (i > 0 && i % 4 == 0) {
        s.append("## ").append(title()).append("\n\n");
      }
      s.append(ps.get(i)).append("\n\n");
    }
    LocalDate d = date();
    return s.append("来源:《").append(source()).append("》").append(d.getYear()).append("年").append(d.getMonthValue())
        .append("月").append(d.getDayOfMonth()).append("日\n").toString();
  }

  private String pdfText(int n) {
    StringBuilder s = new StringBuilder(" ").append(title()).append("\n");
    int width = 15 + random.nextInt(4);
    for (String p : paragraphs()) {
      for (int i = 0; i < p.length(); i += width) {
        s.append(p, i, Math.min(p.length(), i + width)).append("\n\n");
      }
    }
    return s.toString();
  }

  /** The paragraphs of one more generated document. */
  public List<String> nextParagraphs() {
    return paragraphs();
  }

  private List<String> paragraphs() {
    int count = 3 + random.nextInt(20);
    List<String> out = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      StringBuilder para = new StringBuilder();
      int sentencesInParagraph = 1 + random.nextInt(5);
      for (int i = 0; i < sentencesInParagraph; i++) {
        para.append(vary(zipfSentence()));
      }
      out.add(para.toString());
    }
    return out;
  }

  /** Index drawn with probability falling as 1/(rank+1): a few sentences are everywhere. */
  private String zipfSentence() {
    double u = random.nextDouble();
    int rank = (int) Math.floor(Math.pow(sentences.size() + 1, u)) - 1;
    return sentences.get(Math.min(rank, sentences.size() - 1));
  }

  private String vary(String sentence) {
    String s = sentence.replaceAll("\\d+", Integer.toString(random.nextInt(10_000)));
    if (random.nextInt(3) == 0) {
      s = s.replace("江苏", PLACES[random.nextInt(PLACES.length)]);
    }
    if (random.nextInt(4) == 0) {
      int cut = random.nextInt(Math.max(1, s.length() - 1));
      s = s.substring(0, cut) + coined() + s.substring(cut);
    }
    return s;
  }

  /** A made-up four-character term: thousands of them, each rare. */
  private String coined() {
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      t.append(COINING.charAt((int) Math.min(COINING.length() - 1, Math.abs(random.nextGaussian()) * COINING.length() / 2.5)));
    }
    return t.toString();
  }

  private String title() {
    String s = vary(zipfSentence());
    int cut = s.indexOf('，') > 8 ? s.indexOf('，') : Math.min(s.length(), 24);
    return s.substring(0, Math.min(cut, 30)).replace("\"", "").replaceAll("[。！？]$", "");
  }

  private LocalDate date() {
    return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 37));
  }

  private String source() {
    return SOURCES[(int) Math.min(SOURCES.length - 1, Math.abs(random.nextGaussian()) * 3)];
  }
}
