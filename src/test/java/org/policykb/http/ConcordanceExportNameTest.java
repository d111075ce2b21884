package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;

/** A concordance export is saved under a name that says what it holds: the query and the generation that answered it. */
class ConcordanceExportNameTest {
  private static final Pattern DISPOSITION = Pattern.compile("attachment; filename=\"([ -~]+)\"; filename\\*=UTF-8''([!#$&+\\-.^_`|~%0-9A-Za-z]+)");

  @TempDir static Path indexDir;
  private static LocalServer server;
  private static LocalApi api;

  @BeforeAll
  static void start() throws Exception {
    server = LocalServer.serving(TestCorpus.SEEDS, indexDir);
    api = new LocalApi(server.port());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  /** The ASCII name and the UTF-8 name the export's Content-Disposition gives, after checking the export began. */
  private static String[] names(String format, String q) throws Exception {
    HttpResponse<String> r = api.send("/api/concordance?format=" + format + "&q=" + LocalApi.enc(q));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().startsWith("\uFEFFid"), r.body());
    String header = r.headers().firstValue("content-disposition").orElseThrow();
    Matcher m = DISPOSITION.matcher(header);
    assertTrue(m.matches(), header);
    // RFC 5987 percent-encoding keeps '+' as it is: it is no space here
    return new String[] {m.group(1), URLDecoder.decode(m.group(2).replace("+", "%2B"), StandardCharsets.UTF_8)};
  }

  @Test
  void theFileIsNamedAfterTheQueryAndTheGenerationOfTheAnswer() throws Exception {
    String generation = api.get("/api/concordance?q=" + LocalApi.enc("双高协同")).get("generation").asText();
    assertEquals("gen-000001", generation);
    String[] csv = names("csv", "双高协同");
    assertEquals("concordance-gen-000001.csv", csv[0]);
    assertEquals("语境索引-双高协同-gen-000001.csv", csv[1]);
    assertEquals("语境索引-双高协同-gen-000001.tsv", names("tsv", "双高协同")[1]);
    assertEquals("concordance-AI-gen-000001.csv", names("csv", "AI")[0], "an ASCII query is in both names");
  }

  @Test
  void aQueryWithCharactersAFileNameCannotHoldGivesASafeName() throws Exception {
    String[] names = names("csv", "\"双高协同\" title:高新区 -园区/基地 \\*?<>|");
    assertEquals("语境索引-双高协同 title 高新区 -园区 基地-gen-000001.csv", names[1]);
    assertEquals("concordance-gen-000001.csv", names[0]);
    for (String name : names) {
      assertTrue(name.chars().noneMatch(c -> "/\\:*?\"<>|".indexOf(c) >= 0 || c < 0x20), name);
    }
  }

  @Test
  void aLongQueryGivesANameOfAtMost255Bytes() throws Exception {
    String q = "国家高新区高质量发展".repeat(20);
    String name = names("csv", q)[1];
    assertTrue(name.startsWith("语境索引-国家高新区高质量发展国家") && name.endsWith("…-gen-000001.csv"), name);
    assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
  }
}
