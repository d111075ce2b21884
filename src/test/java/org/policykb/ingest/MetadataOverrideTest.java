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
  void theElementsOfAnOfficialDocumentCanBeCorrectedToo() throws IOException {
    IngestResult r = readWithOverride("""
        doc_number: 国科发区 [2024] 15 号
        issuers: 科学技术部、工业和信息化部
        doc_type: 通知
        date_signed: 2024-05-06
        """);
    assertEquals(IngestResult.Status.OK, r.status(), r.reason());
    var o = r.document().official();
    assertEquals("国科发区[2024]15号", o.docNumber());
    assertEquals("国科发区〔2024〕15号", o.docNumberNormalized());
    assertEquals(List.of("科学技术部", "工业和信息化部"), o.issuers());
    assertEquals(List.of("meta_override", "meta_override", "meta_override", "meta_override"),
        List.of(o.docNumberFrom(), o.issuersFrom(), o.docTypeFrom(), o.dateSignedFrom()));
    assertEquals(LocalDate.of(2024, 5, 6), o.dateSigned());
    assertNull(o.datePublished());
    assertEquals(IngestResult.Status.FAILED, readAgain("doc_type: 文件\n").status());
    assertTrue(readAgain("doc_number: 第7号\n").reason().contains("doc_number must be a 发文字号"));
  }

  private IngestResult readAgain(String yaml) throws IOException {
    Files.writeString(corpus.resolve(TestCorpus.ID_003 + ".meta.yaml"), yaml, StandardCharsets.UTF_8);
    return new CorpusReader().read(corpus, corpus.resolve(TestCorpus.ID_003 + ".txt"));
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
