package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.policykb.model.OfficialElements;
import org.policykb.model.PolicyDocument;

/**
 * The real policy documents of {@code ../shared/policydocs} (gov.cn pages with their metadata
 * tables, a site's JSON records with HTML bodies, legal-database exports) against the expectations
 * written by reading them ({@code expect.tsv}): title, 发文字号, 发文机关, 成文日期, 发布日期, 文种, text
 * probes kept and page furniture gone. Skipped when the folder is absent; never copied here.
 */
class PolicyDocsTest {
  static final Path POLICYDOCS = Path.of("..", "shared", "policydocs");

  @Test
  void everyPublishedShapeGivesTheElementsItsReaderFindsInIt() throws IOException {
    assumeTrue(Files.isRegularFile(POLICYDOCS.resolve("expect.tsv")), "../shared/policydocs is not here");
    assertEquals(11, check(POLICYDOCS, name -> true));
  }

  /**
   * Reads the files {@code expect.tsv} in {@code folder} lists (those {@code files} accepts) and
   * compares each with its row: title, 发文字号, 发文机关, both dates, 文种, text probes kept and page
   * furniture gone, and where the table has them 主送, 抄送 and 附件 titles. Returns how many were checked.
   */
  static int check(Path folder, java.util.function.Predicate<String> files) throws IOException {
    List<String> lines = Files.readAllLines(folder.resolve("expect.tsv"), StandardCharsets.UTF_8);
    List<String> columns = List.of(lines.get(0).split("\t", -1));
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      Map<String, String> row = new TreeMap<>();
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i), i < cells.length ? cells[i] : "");
      }
      String file = row.get("file");
      if (!files.test(file)) {
        continue;
      }
      IngestResult r = new CorpusReader().read(folder, folder.resolve(file));
      assertEquals(IngestResult.Status.OK, r.status(), file + ": " + r.reason());
      PolicyDocument d = r.document();
      OfficialElements o = d.official();
      compare(wrong, file, "title", row.get("title"), d.title());
      compare(wrong, file, "doc_number", row.get("doc_number"), o.docNumber());
      compare(wrong, file, "issuer", row.get("issuer"), o.issuers().isEmpty() ? "" : String.join("、", o.issuers()));
      compare(wrong, file, "date_signed", row.get("date_signed"), o.dateSigned() == null ? "" : o.dateSigned().toString());
      compare(wrong, file, "date_published", row.get("date_published"),
          o.datePublished() == null ? "" : o.datePublished().toString());
      compare(wrong, file, "doc_type", row.get("doc_type"), o.docType());
      if (row.containsKey("recipients")) {
        compare(wrong, file, "recipients", row.get("recipients"), o.recipients());
        compare(wrong, file, "cc", row.get("cc"), o.cc());
        compare(wrong, file, "attachments", row.get("attachments"), String.join("|", o.attachments()));
      }
      List<String> probePages = row.getOrDefault("probe_pages", "").isEmpty() ? List.of()
          : List.of(row.get("probe_pages").split(","));
      if (!row.getOrDefault("pages", "").isEmpty()) {
        compare(wrong, file, "pages", row.get("pages"), String.valueOf(d.pages().size()));
      }
      for (int i = 1; i <= 3; i++) {
        String probe = row.get("probe" + i);
        int at = d.text().indexOf(probe);
        if (!probe.isEmpty() && at < 0) {
          wrong.add(file + ": lost probe" + i + " " + probe);
        } else if (!probe.isEmpty() && i <= probePages.size()) {
          compare(wrong, file, "page of probe" + i, probePages.get(i - 1), String.valueOf(pageOf(d, at)));
        }
      }
      for (String absent : List.of("absent1", "absent2")) {
        if (!row.get(absent).isEmpty() && d.text().contains(row.get(absent))) {
          wrong.add(file + ": kept " + absent + " " + row.get(absent));
        }
      }
      checked++;
    }
    assertEquals(List.of(), wrong);
    return checked;
  }

  /** The page the text at {@code offset} lies on, read from the document's page spans (the oracle of {@code pageAt}). */
  private static Integer pageOf(PolicyDocument d, int offset) {
    for (org.policykb.model.Page p : d.pages()) {
      if (p.start() <= offset && offset < p.end()) {
        return p.number();
      }
    }
    return null;
  }

  private static void compare(List<String> wrong, String file, String what, String expected, String actual) {
    String found = actual == null ? "" : actual;
    if (!expected.equals(found)) {
      wrong.add(file + ": " + what + " expected '" + expected + "', found '" + found + "'");
    }
  }
}
