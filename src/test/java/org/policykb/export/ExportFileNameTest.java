package org.policykb.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names exports are saved under: what they hold, safe on every system, and how a header sends them. */
class ExportFileNameTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "改革开放                  | 语境索引-改革开放-gen-000001.csv                | concordance-gen-000001.csv",
      "AI                        | 语境索引-AI-gen-000001.csv                      | concordance-AI-gen-000001.csv",
      "'\"中国声谷 量子中心\"'     | 语境索引-中国声谷 量子中心-gen-000001.csv        | concordance-gen-000001.csv",
      "title:高质量发展           | 语境索引-title 高质量发展-gen-000001.csv         | concordance-gen-000001.csv",
      "数字经济 NEAR/10 实体经济   | 语境索引-数字经济 NEAR 10 实体经济-gen-000001.csv | concordance-gen-000001.csv",
      "'a\\b*c?d<e>f|g'          | 语境索引-a b c d e f g-gen-000001.csv           | concordance-a b c d e f g-gen-000001.csv",
      "'  高新区   -滨江  '        | 语境索引-高新区 -滨江-gen-000001.csv             | concordance-gen-000001.csv"})
  void aNameSaysWhatTheExportHoldsWithoutACharacterAFileSystemRefuses(String query, String name, String ascii) {
    ExportFileName n = ExportFileName.concordance(query, "gen-000001", ConcordanceExport.Format.CSV);
    assertEquals(new ExportFileName(name, ascii), n);
  }

  @Test
  void controlAndFormatCharactersAndLineBreaksBecomeSpaces() {
    assertEquals("语境索引-双高 协同 高校 园区-gen-000001.tsv",
        ExportFileName.concordance("双高\u0001协同\u202e高校\n\t园区\u0000", "gen-000001", ConcordanceExport.Format.TSV).name());
  }

  @Test
  void aLongQueryIsCutOnACharacterSoThatTheNameStaysUnder255Bytes() {
    String query = "高".repeat(60) + "𠀀".repeat(40); // 180 + 160 bytes, a supplementary character never split
    ExportFileName n = ExportFileName.concordance(query, "gen-000001", ConcordanceExport.Format.CSV);
    assertEquals("语境索引-" + "高".repeat(49) + "…-gen-000001.csv", n.name());
    assertTrue(n.name().getBytes(StandardCharsets.UTF_8).length <= 255, n.name());
    String mixed = "高".repeat(47) + "𠀀".repeat(10); // 141 bytes, then 4 each: one more fits before the … (3)
    assertEquals("语境索引-" + "高".repeat(47) + "𠀀…-gen-000001.csv",
        ExportFileName.concordance(mixed, "gen-000001", ConcordanceExport.Format.CSV).name());
  }

  @Test
  void theHeaderSendsTheAsciiNameAndThePercentEncodedUtf8Name() {
    // RFC 5987's attr-chars (letters, digits, !#$&+-.^_`|~) as they are, every other byte of the UTF-8 as %XX
    assertEquals("attachment; filename=\"concordance-gen-000001.csv\"; filename*=UTF-8''"
            + "%E8%AF%AD%E5%A2%83%E7%B4%A2%E5%BC%95-%E6%94%B9%E9%9D%A9%E5%BC%80%E6%94%BE%2050%25+1-gen-000001.csv",
        new ExportFileName("语境索引-改革开放 50%+1-gen-000001.csv", "concordance-gen-000001.csv").contentDisposition());
  }
}
