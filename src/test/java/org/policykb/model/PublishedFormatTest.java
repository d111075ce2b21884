package org.policykb.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of a work's files is shown: text before Word before PDF, any file read from text before a scan, a catalogue entry last. */
class PublishedFormatTest {
  record File(String name, String format, boolean ocr) {}

  @Test
  void theBestReadFileComesFirst() {
    List<File> expected = List.of(new File("page", "html", false), new File("record", "record", false),
        new File("word", "docx", false), new File("pdf", "pdf", false), new File("ofd", "ofd", false),
        new File("scanned page", "html", true), new File("scan", "pdf", true), new File("entry", PublishedFormat.CATALOGUE, false));
    List<File> shuffled = new ArrayList<>(expected);
    java.util.Collections.shuffle(shuffled, new java.util.Random(7));
    shuffled.sort(Comparator.comparingInt(f -> PublishedFormat.rank(f.format(), f.ocr())));
    assertEquals(expected, shuffled);
  }

  @Test
  void aCatalogueRecordIsKnownByHowItWasReadNotByItsFileName() {
    assertEquals("record", PublishedFormat.of("gov.json", "json"));
    assertEquals(PublishedFormat.CATALOGUE, PublishedFormat.of("gov.json", "json+catalogue"));
    assertEquals("pdf", PublishedFormat.of("通知.PDF", null));
  }
}
