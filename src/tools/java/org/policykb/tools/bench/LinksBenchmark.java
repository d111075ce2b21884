package org.policykb.tools.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.policykb.http.ApiServer;
import org.policykb.index.BuildProgress;
import org.policykb.index.BuildReport;
import org.policykb.ingest.IngestResult;
import org.policykb.ingest.ReferenceFinder;
import org.policykb.ingest.Regions;
import org.policykb.lucene.IndexBuilder;
import org.policykb.lucene.IndexLayout;
import org.policykb.lucene.LuceneSearchBackend;

/**
 * The policy graph at scale: a generated corpus of official documents in which one national 意见 is implemented by
 * {@code adopters} documents of every province (each naming it by title and number, as real ones do), a busy agency
 * code (国办发) holds some sixty serials a year for thirty years with gaps, and generated articles fill the rest up to
 * {@code bytes}. Prints what finding and resolving references cost in the full build, and how long the graph's answers
 * take over HTTP: the first time after the server starts, then the median of repeats.
 */
public final class LinksBenchmark {
  static final String NATIONAL_NUMBER = "国发〔2021〕9号";
  static final String NATIONAL_TITLE = "国务院关于推进政策扩散评测工作的意见";
  static final String AGENCY = "国办发";
  static final int FIRST_YEAR = 1995;
  static final int YEARS = 30;
  static final int SERIALS = 60;
  private static final int REPEATS = 20;

  private final PrintWriter out;

  public LinksBenchmark(PrintWriter out) {
    this.out = out;
  }

  public void run(Path seeds, Path work, int adopters, long bytes, long seed) throws Exception {
    Path corpus = work.resolve("links-corpus-" + adopters + "-" + bytes);
    Path root = work.resolve("links-index-" + adopters + "-" + bytes);
    if (!Files.isDirectory(corpus)) {
      long t = System.nanoTime();
      int n = write(seeds, corpus, adopters, bytes, seed);
      line("generated", "%d files in %s in %.1f s", n, corpus, secs(t));
    }
    line("machine", "%d cores, Java %s, max heap %d MB", Runtime.getRuntime().availableProcessors(), Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
    IndexLayout.deleteAll(root);
    String[] resolution = {null};
    long t = System.nanoTime();
    BuildReport report = new IndexBuilder().build(corpus, root, new BuildProgress() {
      @Override
      public void note(String message) {
        if (message.contains("links")) {
          resolution[0] = message;
        }
      }

      @Override
      public void fileDone(List<IngestResult> results, long fileBytes) {}
    });
    double build = secs(t);
    double resolving = resolution[0] == null ? 0 : Double.parseDouble(resolution[0].replaceAll(".* in ([0-9.]+) s$", "$1"));
    double finding;
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root)) {
      finding = findingSeconds(backend, report);
    }
    line("build", "%d documents, %.1f MB in %.1f s; %s", report.results().size(), report.bytes() / 1048576.0, build, resolution[0]);
    line("links' share", "finding references %.1f s (on the indexing threads: %.1f s of wall time) + resolving and writing "
        + "them %.1f s = %.1f%% of the build", finding, finding / threads(), resolving,
        100 * (finding / threads() + resolving) / build);
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root); ApiServer server = ApiServer.start(backend, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      String id = "adopt_national";
      String q = enc("政策扩散评测");
      // the server's code warmed on other documents, codes and phrases: the figures are first-time answers, not start-up
      for (String warm : List.of("/api/documents/adopt_000001/links?direction=in", "/api/documents/adopt_000001/links",
          "/api/documents/adopt_000002/diffusion", "/api/registry?agency_code=" + enc("国发"),
          "/api/diffusion?q=" + enc("通知"), "/api/graph?kind=repeals", "/api/search?q=" + enc("实施方案"))) {
        for (int i = 0; i < 5; i++) {
          PlainHttp.get(URI.create(base + warm));
        }
      }
      time(base, "links in, first page with evidence", "/api/documents/" + id + "/links?direction=in&limit=50");
      time(base, "links in, 500 implementing", "/api/documents/" + id + "/links?direction=in&kind=implements&limit=500");
      time(base, "diffusion over every adopter", "/api/documents/" + id + "/diffusion");
      time(base, "registry, every year", "/api/registry?agency_code=" + enc(AGENCY));
      time(base, "registry, one year", "/api/registry?agency_code=" + enc(AGENCY) + "&year=2020");
      time(base, "first use per province", "/api/diffusion?q=" + q);
      time(base, "graph of every link (CSV)", "/api/graph");
    }
  }

  private static int threads() {
    return java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1;
  }

  /** The CPU time finding every document's references takes, one thread; the build does it on all indexing threads. */
  private static double findingSeconds(LuceneSearchBackend backend, BuildReport report) {
    List<org.policykb.model.PolicyDocument> docs = new ArrayList<>();
    for (IngestResult r : report.results()) {
      if (r.status() == IngestResult.Status.OK) {
        docs.add(backend.document(r.id()));
      }
    }
    long t = System.nanoTime();
    long found = 0;
    for (org.policykb.model.PolicyDocument d : docs) {
      found += ReferenceFinder.find(d.text(), d.title()).size();
    }
    if (found < 0) {
      throw new AssertionError();
    }
    return secs(t);
  }

  /** Times {@code path}: the first request, then the median of {@value #REPEATS}. */
  private void time(String base, String what, String path) throws IOException {
    long t = System.nanoTime();
    PlainHttp.Answer first = PlainHttp.get(URI.create(base + path));
    double firstMs = (System.nanoTime() - t) / 1e6;
    if (first.status() != 200) {
      throw new IOException(path + " answered " + first.status() + ": " + first.body());
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < REPEATS; i++) {
      long s = System.nanoTime();
      PlainHttp.get(URI.create(base + path));
      ms.add((System.nanoTime() - s) / 1e6);
    }
    ms.sort(Double::compare);
    line(what, "first %.1f ms, then p50 %.1f ms, max %.1f ms (%d KB)", firstMs, ms.get(ms.size() / 2), ms.get(ms.size() - 1),
        first.body().getBytes(StandardCharsets.UTF_8).length / 1024);
  }

  /** Writes the corpus; gives the number of files. */
  static int write(Path seeds, Path corpus, int adopters, long bytes, long seed) throws IOException {
    Files.createDirectories(corpus);
    Random random = new Random(seed);
    CorpusGenerator filler = CorpusGenerator.fromSeeds(seeds, seed);
    List<String> provinces = Regions.provinces().stream().filter(p -> !p.startsWith("台湾") && !p.endsWith("特别行政区")).toList();
    int files = 0;
    LocalDate issued = LocalDate.of(2021, 3, 1);
    files += official(corpus, "adopt_national", "国务院文件", NATIONAL_NUMBER, NATIONAL_TITLE, "各省、自治区、直辖市人民政府：",
        List.of("为推进政策扩散评测工作，现提出如下意见。"), "国务院", issued, filler);
    for (int i = 0; i < adopters; i++) {
      String province = provinces.get(random.nextInt(provinces.size()));
      String place = province.replaceAll("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "");
      boolean city = random.nextInt(3) == 0 && !province.endsWith("市");
      String issuer = city ? CorpusGenerator.PLACES[random.nextInt(CorpusGenerator.PLACES.length)] + "市人民政府办公室"
          : province + "人民政府办公厅";
      if (city) {
        issuer = province + issuer; // a city within its province, as the table knows neither of these generated pairs
      }
      LocalDate day = issued.plusDays(20 + random.nextInt(900));
      String number = place.charAt(0) + "政办发〔" + day.getYear() + "〕" + (i + 1) + "号";
      files += official(corpus, String.format(Locale.ROOT, "adopt_%06d", i), issuer + "文件", number,
          issuer + "关于贯彻落实推进政策扩散评测工作意见的实施方案", "各市、县人民政府：",
          List.of("为贯彻落实《" + NATIONAL_TITLE + "》（" + NATIONAL_NUMBER + "）精神，结合本地实际，制定本方案。"), issuer, day, filler);
    }
    for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
      for (int serial = 1; serial <= SERIALS; serial++) {
        if (random.nextInt(10) == 0) {
          continue; // a gap
        }
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(serial * 5L);
        String number = AGENCY + "〔" + year + "〕" + serial + "号";
        String before = serial > 1 ? "根据" + AGENCY + "〔" + year + "〕" + (serial - 1) + "号文件精神，" : "";
        files += official(corpus, String.format(Locale.ROOT, "gbf_%d_%02d", year, serial), "国务院办公厅文件", number,
            "国务院办公厅关于做好第" + serial + "项重点工作的通知", "各省、自治区、直辖市人民政府：",
            List.of(before + "现就有关工作通知如下。"), "国务院办公厅", day, filler);
      }
    }
    if (bytes > 0) {
      files += filler.write(corpus.resolve("articles"), bytes);
    }
    return files;
  }

  private static int official(Path corpus, String id, String banner, String number, String title, String recipients,
      List<String> lead, String issuer, LocalDate day, CorpusGenerator filler) throws IOException {
    List<String> paragraphs = new ArrayList<>(lead);
    paragraphs.addAll(filler.nextParagraphs().subList(0, 3));
    String text = banner + "\n\n" + number + "\n\n" + title + "\n\n" + recipients + "\n\n　　" + String.join("\n\n　　", paragraphs)
        + "\n\n" + issuer + "\n\n" + day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日\n";
    Files.writeString(corpus.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
    return 1;
  }

  private void line(String what, String format, Object... args) {
    out.printf(Locale.ROOT, "%-36s %s%n", what, String.format(Locale.ROOT, format, args));
    out.flush();
  }

  private static double secs(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
