package org.policykb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path corpus;
  private final CorpusReader reader = new CorpusReader();

  private IngestResult read(String name, byte[] bytes) throws IOException {
    Path file = corpus.resolve(name);
    Files.write(file, bytes);
    return reader.read(corpus, file);
  }

  @Test
  void gbkTextIsDecoded() throws IOException {
    IngestResult r = read("gbk.txt", "国家高新区创新发展。\n".getBytes(Charset.forName("GBK")));
    assertEquals("国家高新区创新发展。", r.document().text());
  }

  @Test
  void utf8ByteOrderMarkIsNotText() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "# 标题\n正文。".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    assertEquals("标题", read("bom.md", all).document().title());
  }

  @Test
  void emptyFileIsAClearPerFileError() throws IOException {
    IngestResult r = read("empty.txt", new byte[0]);
    assertEquals(IngestResult.Status.FAILED, r.status());
    assertEquals("no text left after cleaning", r.reason());
  }

  @Test
  void binaryFileIsAClearPerFileError() throws IOException {
    IngestResult r = read("image.txt", new byte[] {0, 1, 2, 3, 0, 0, 0});
    assertEquals(IngestResult.Status.FAILED, r.status());
    assertTrue(r.reason().contains("binary"), r.reason());
  }

  @Test
  void unclosedFrontMatterIsAClearPerFileError() throws IOException {
    IngestResult r = read("broken.md", "---\ntitle: x\n正文。".getBytes(StandardCharsets.UTF_8));
    assertEquals(IngestResult.Status.FAILED, r.status());
    assertTrue(r.reason().contains("never closed"), r.reason());
  }

  @Test
  void otherFileTypesAreSkippedWithTheReason() throws IOException {
    IngestResult r = read("slides.pptx", new byte[] {'P', 'K', 3, 4});
    assertEquals(IngestResult.Status.SKIPPED, r.status());
    assertTrue(r.reason().contains(".pptx"), r.reason());
  }

  @Test
  void jsonRecordBecomesADocumentWithItsTitleAndYear() throws IOException {
    IngestResult r = read("gwr.json", """
        {"title": "1954年政府工作报告", "url": "https://example.org/r", "content": "各位代表：\\n\\n现在我代表政府报告工作。", "year": 1954}
        """.getBytes(StandardCharsets.UTF_8));
    assertEquals("1954年政府工作报告", r.document().title());
    assertEquals(1954, r.document().year());
    assertEquals("1954年政府工作报告\n\n各位代表：\n\n现在我代表政府报告工作。", r.document().text());
  }
}
