package org.policykb.tools.elements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The development set of real policy documents ({@code src/test/resources/policydev}, each checked by
 * reading, with where it came from in SOURCES.tsv): it is what its README says, and the product reads
 * its elements at least as well as it did when these floors were set — on the publishers the rules
 * were developed on and on those held out from them. A floor is the figure measured, rounded down; a
 * change that reads fewer documents right fails here and says which.
 */
class PolicyDevSetTest {
  static final Path DEV_SET = Path.of("src", "test", "resources", "policydev");
  private static ElementsEvaluation evaluation;

  @BeforeAll
  static void evaluate() throws IOException {
    evaluation = ElementsEvaluation.of(DEV_SET);
  }

  @Test
  void everyFileIsListedOnceWithItsSourceAndEveryListedFileIsThere() throws IOException {
    List<ExpectedDocument> expected = ExpectedDocument.under(DEV_SET);
    Set<Path> listed = new TreeSet<>();
    for (ExpectedDocument d : expected) {
      assertTrue(Files.isRegularFile(d.file()), d.file() + " is listed but missing");
      assertTrue(listed.add(d.file()), d.file() + " is listed twice");
    }
    Set<Path> sourced = new TreeSet<>();
    try (Stream<Path> tables = Files.walk(DEV_SET)) {
      for (Path t : tables.filter(p -> p.getFileName().toString().equals("SOURCES.tsv")).toList()) {
        for (String line : Files.readAllLines(t, StandardCharsets.UTF_8).subList(1, Files.readAllLines(t, StandardCharsets.UTF_8).size())) {
          if (!line.isBlank()) {
            sourced.add(t.getParent().resolve(line.split("\t", -1)[0]));
          }
        }
      }
    }
    assertEquals(listed, sourced, "expect.tsv and SOURCES.tsv name the same files");
    Set<String> publishers = new TreeSet<>();
    expected.forEach(d -> publishers.add(d.publisher()));
    assertTrue(publishers.size() >= 25, "publishers: " + publishers.size());
  }

  @Test
  void theEvaluationCountsWhatItIsGiven(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "国务院办公厅关于测试的通知\n\n国办发〔2024〕3号\n\n各省、自治区、直辖市人民政府：\n\n"
        + "现将有关事项通知如下，请认真贯彻执行。\n\n国务院办公厅\n\n2024年3月1日\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("expect.tsv"), String.join("\t", "file", "publisher", "title", "doc_number", "issuer",
        "date_signed", "date_published", "doc_type", "probe1", "absent1") + "\n" + String.join("\t", "a.txt", "p",
        "国务院办公厅关于测试的通知", "国办发[2024]3号", "国务院", "2024-03-01", "", "通知", "现将有关事项通知如下", "不在文中的字样") + "\n",
        StandardCharsets.UTF_8);
    ElementsEvaluation.Tally t = ElementsEvaluation.of(dir).byPublisher().get("p");
    assertEquals(1, t.accuracy("title"));
    assertEquals(1, t.accuracy("doc_number"), "the same number in another bracket is the same number");
    assertEquals(0, t.accuracy("issuer"), "国务院办公厅 is not 国务院");
    assertEquals(1, t.accuracy("date_published"), "not stated, not found");
    assertEquals(1, t.notInvented());
    assertEquals(1, t.probesKept());
    assertEquals(1, t.boilerplateGone());
  }

  @Test
  void theBlindPartIsHeldOutAndTheSerialUnderADecreesHeadingIsItsNumber(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path blind = Files.createDirectories(dir.resolve(ElementsEvaluation.BLIND));
    Files.writeString(blind.resolve("a.txt"), "江东银行令\n\n〔2003〕第5号\n\n为规范账户管理，江东银行制定了《江东银行账户管理办法》，现予公布，自2003年9月1日起施行。\n\n"
        + "行长：王某某\n\n2003年4月10日\n", StandardCharsets.UTF_8);
    String publisher = "a publisher whose name's hash would put it among the developed ones";
    assertTrue(!ElementsEvaluation.isHeldOut(publisher));
    Files.writeString(blind.resolve("expect.tsv"), String.join("\t", "file", "publisher", "doc_number") + "\n"
        + String.join("\t", "a.txt", publisher, "〔2003〕第5号") + "\n", StandardCharsets.UTF_8);
    ElementsEvaluation e = ElementsEvaluation.of(dir);
    assertTrue(e.byPublisher().get(publisher).heldOut, "every publisher of the blind part is held out");
    assertEquals(1, e.total(true).documents);
    assertEquals(0, e.total(false).documents);
    assertEquals(1, e.blindTotal().documents);
    assertEquals(1, e.total(true).accuracy("doc_number"), "〔2003〕第5号 under 江东银行令 is 江东银行令〔2003〕第5号");
    assertTrue(!ElementsEvaluation.underItsHeading("〔2003〕第6号", "江东银行令〔2003〕第5号"));
  }

  @Test
  void theDevelopmentPublishersAreReadAtLeastAsWellAsWhenTheFloorsWereSet() {
    check(evaluation.total(false), Floors.DEVELOPMENT);
  }

  @Test
  void theHeldOutPublishersAreReadAtLeastAsWellAsWhenTheFloorsWereSet() {
    check(evaluation.total(true), Floors.HELD_OUT);
  }

  @Test
  void theTextAScraperKeepsOfEachPageIsReadAtLeastAsWellAsWhenTheFloorsWereSet() throws IOException {
    ElementsEvaluation pages = ElementsEvaluation.ofPageTexts(DEV_SET, new PageTextCopies());
    check(pages.total(false), Floors.DEVELOPMENT_PAGE_TEXT);
    check(pages.total(true), Floors.HELD_OUT_PAGE_TEXT);
  }

  private static void check(ElementsEvaluation.Tally t, double[] floors) {
    List<String> below = new ArrayList<>();
    for (int i = 0; i < ExpectedDocument.FIELDS.size(); i++) {
      String f = ExpectedDocument.FIELDS.get(i);
      if (t.accuracy(f) < floors[i]) {
        below.add(String.format(Locale.ROOT, "%s %.3f < %.3f", f, t.accuracy(f), floors[i]));
      }
    }
    double[] rest = {t.notInvented(), t.boilerplateGone(), t.probesKept()};
    String[] names = {"not invented", "boilerplate gone", "probes kept"};
    for (int i = 0; i < rest.length; i++) {
      if (rest[i] < floors[ExpectedDocument.FIELDS.size() + i]) {
        below.add(String.format(Locale.ROOT, "%s %.3f < %.3f", names[i], rest[i], floors[ExpectedDocument.FIELDS.size() + i]));
      }
    }
    assertTrue(below.isEmpty(), "below the floor: " + below + "; `./policykb eval-elements --wrong development` lists the documents");
  }

  /** title, doc_number, issuer, date_signed, date_published, doc_type, not invented, boilerplate gone, probes kept. */
  static final class Floors {
    // set on 2026-12-06 from 222 documents of 33 publishers (the rules as they stood before this work: 0.62 0.73
    // 0.52 0.23 0.59 0.74 0.96 0.78 0.92); raised on 2026-12-07 by the second round of readers
    // on 2026-12-07 www.pbc.gov.cn (15 documents) was opened for development, its held-out figures recorded in
    // policydev/README.md
    static final double[] DEVELOPMENT = {0.97, 0.98, 0.94, 0.95, 0.99, 0.99, 0.99, 1.00, 0.98};
    // set on 2026-12-06 from 83 documents of 15 publishers never looked at one by one (before: 0.36 0.39 0.32 0.45
    // 0.51 0.26 1.00 0.85 0.88; raised on 2026-12-07 to the figures of the second round of readers); on 2026-12-07
    // without www.pbc.gov.cn and with the blind part gathered after the rules were written (on which the rules as
    // they stood read 0.60 0.47 0.53 0.60 0.47 0.60 1.00 0.50 1.00: 15 documents of 8 publishers)
    // the saved pages as the text a scraper keeps of them (PageTextCopies), set on 2026-12-07 when PageText was
    // written: 11 and 23 pages (before it: 0.00 0.73 0.64 0.36 0.36 0.73 1.00 0.14 1.00 and 0.26 0.26 0.30 0.22 0.30
    // 0.35 1.00 0.07 1.00)
    static final double[] DEVELOPMENT_PAGE_TEXT = {0.63, 0.90, 0.81, 0.54, 0.90, 1.00, 0.93, 1.00, 1.00};
    // a page's day and time standing alone under its title read as its 发布日期: 0.61 → 0.74 right, but two values of
    // the held-out pages' text read where their readers wrote none (not invented 1.00 → 0.88)
    static final double[] HELD_OUT_PAGE_TEXT = {0.91, 0.78, 0.82, 0.65, 0.73, 0.95, 0.88, 0.97, 1.00};
    // raised the same day by PageText (the blind part's text extractions of pages)
    static final double[] HELD_OUT = {0.87, 0.91, 0.81, 0.85, 0.84, 0.90, 0.98, 0.96, 0.99};
  }
}
