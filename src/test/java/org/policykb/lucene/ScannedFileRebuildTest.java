package org.policykb.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.index.BuildReport;
import org.policykb.index.Manifest;
import org.policykb.model.Page;
import org.policykb.tools.bench.OfficialPdf;
import org.policykb.tools.ocr.Scans;

/**
 * A file whose pictures were read by one OCR engine (or by none) is read again by an incremental build
 * when another engine is at hand, though its bytes did not change; with the same engine it is unchanged.
 */
class ScannedFileRebuildTest {
  @TempDir Path corpus;
  @TempDir Path root;
  @TempDir Path models;
  private final IndexBuilder builder = new IndexBuilder();

  @AfterEach
  void modelsFromTheClassPathAgain() {
    System.clearProperty("policykb.ocr.models");
  }

  @Test
  void aFileIsReadAgainWhenAnotherOcrEngineIsAtHandAndOnlyThen() throws IOException {
    OfficialPdf text = new OfficialPdf().newPage().centred("某某市人民政府办公室文件", 30).gap()
        .line("各区人民政府，市政府各部门：", 0).line("现将有关事项通知如下，请认真贯彻执行。", 2)
        .newPage().line("一、加快推进双高协同发展，建设创新平台。", 2).line("二、培育专精特新中小企业。", 2);
    Files.write(corpus.resolve("通知.pdf"), Scans.withScannedPage(text.bytes(), 1, Scans.Condition.CLEAN_300));

    System.setProperty("policykb.ocr.models", models.resolve("none-here").toString());
    assertChanges(build(), 1, 0, 0);
    assertEquals(Manifest.Entry.UNREAD, entry().ocr());
    assertEquals(List.of(Page.TEXT_LAYER, Page.UNREAD), textFrom());

    System.clearProperty("policykb.ocr.models");
    assertChanges(build(), 0, 1, 0);
    String engine = entry().ocr();
    assertTrue(engine.startsWith("PP-OCRv4"), engine);
    assertEquals(List.of(Page.TEXT_LAYER, Page.OCR), textFrom());
    assertChanges(build(), 0, 0, 1);

    for (String m : List.of("ch_PP-OCRv4_det_infer.onnx", "ch_PP-OCRv4_rec_infer.onnx", "ppocr_keys_v1.txt")) {
      try (InputStream in = getClass().getResourceAsStream("/models/" + m)) {
        Files.write(models.resolve(m.replace("PP-OCRv4", "PP-OCRv4-retrained")), in.readAllBytes());
      }
    }
    System.setProperty("policykb.ocr.models", models.toString());
    assertChanges(build(), 0, 1, 0);
    assertTrue(entry().ocr().contains("retrained"), entry().ocr());
    assertChanges(build(), 0, 0, 1);
  }

  private BuildReport build() throws IOException {
    return builder.build(corpus, root, r -> {});
  }

  private Manifest.Entry entry() throws IOException {
    String current = Files.readString(root.resolve("CURRENT")).strip();
    return Manifest.read(root.resolve(current)).orElseThrow().files().get("通知.pdf");
  }

  private List<String> textFrom() throws IOException {
    try (LuceneSearchBackend backend = new LuceneSearchBackend(root)) {
      return backend.document("通知.pdf").pages().stream().map(Page::textFrom).toList();
    }
  }

  private static void assertChanges(BuildReport r, int added, int updated, int unchanged) {
    assertEquals(List.of(added, updated, unchanged), List.of(r.added(), r.updated(), r.unchanged()), "added, updated, unchanged");
  }
}
