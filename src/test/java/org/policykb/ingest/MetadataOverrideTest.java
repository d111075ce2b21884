package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;

class MetadataOverrideTest {
  @TempDir Path corpus;

  private IngestResult readWithOverride(String yaml) throws IOException {
    Path article = corpus.resolve(TestCorpus.ID_003 + ".txt");
    Files.copy(TestCorpus.SEEDS.resolve(TestCorpus.ID_003 + ".txt"), article);
    Files.writeString(corpus.resolve(TestCorpus.ID_003 + ".meta.yaml"), yaml, StandardCharsets.UTF_8);
    return new CorpusReader().read(corpus, article);
  }

  @Test
  void overrideFieldsWinAndTheArticleTextIsUntouched() throws IOException {
    IngestResult r = readWithOverride("""
        title: 加快国家高新区创新发展的几点思考
        date: 2025-03-20
        source: 中国高新技术产业导报
        author: [刘会武, 王琪]
        """);
    assertEquals(IngestResult.Status.OK, r.status(), r.reason());
    assertEquals("加快国家高新区创新发展的几点思考", r.document().title());
    assertFalse(r.document().titleDerived());
    assertEquals(LocalDate.of(2025, 3, 20), r.document().date());
    assertEquals(2025, r.document().year());
    assertEquals("中国高新技术产业导报", r.document().source());
    assertEquals(List.of("刘会武", "王琪"), r.document().authors());
    assertTrue(r.document().text().startsWith("今年政府工作报告在第三部分2025重点任务中提出"));
  }

  @Test
  void nullClearsAFieldIngestionFound() throws IOException {
    IngestResult r = readWithOverride("author: null\n");
    assertEquals(List.of(), r.document().authors());
    assertNull(r.document().date());
  }

  @Test
  void unknownFieldIsAPerFileErrorNamingTheField() throws IOException {
    IngestResult r = readWithOverride("titel: 错字\n");
    assertEquals(IngestResult.Status.FAILED, r.status());
    assertTrue(r.reason().contains("unknown field 'titel'"), r.reason());
  }

  @Test
  void malformedDateIsAPerFileErrorShowingTheValue() throws IOException {
    IngestResult r = readWithOverride("date: 三月\n");
    assertEquals(IngestResult.Status.FAILED, r.status());
    assertTrue(r.reason().contains("date must look like 2025-07-01, was '三月'"), r.reason());
  }

  @Test
  void overrideFilesAreNotArticles() throws IOException {
    readWithOverride("source: 某报\n");
    assertEquals(List.of(corpus.resolve(TestCorpus.ID_003 + ".txt")), new CorpusReader().list(corpus).files());
  }
}
