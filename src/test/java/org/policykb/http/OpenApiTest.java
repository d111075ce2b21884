package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.TestCorpus;
import org.policykb.index.BuildReport;
import org.policykb.ingest.IngestResult;
import org.policykb.lucene.LuceneSearchBackend;

/**
 * {@code /api/openapi.json} against the server's real answers: it must describe every route, every
 * parameter each endpoint takes (and no other), their bounds, values and defaults, and every answer's
 * shape exactly — a field added to or removed from an answer without the document fails here.
 */
class OpenApiTest {
  /** Every route the server has; {@link #routesAreTheOnesApiServerRegisters} keeps this list honest. */
  static final Set<String> ROUTES = Set.of(
      "GET /api/search",
      "GET /api/snippets",
      "GET /api/documents",
      "GET /api/documents/{id}",
      "GET /api/documents/{id}/related",
      "GET /api/documents/{id}/links",
      "GET /api/registry",
      "GET /api/documents/{id}/diffusion",
      "GET /api/diffusion",
      "GET /api/graph",
      "GET /api/frequencies",
      "GET /api/keywords",
      "GET /api/concordance",
      "GET /api/trend",
      "GET /api/dispersion",
      "GET /api/collocates",
      "GET /api/suggest",
      "GET /api/health",
      "GET /api/openapi.json",
      "POST /api/admin/reload",
      "POST /api/admin/rebuild");
  static final String TOKEN = "openapi-test-admin-token-0123";
  static final String CSV_HEADER = "id,title,date,year,source,start,end,left,match,right,page,ocr_confidence";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path indexDir;
  private static LuceneSearchBackend backend;
  /** Admin endpoints off, as by default. */
  private static ApiServer server;
  /** Admin endpoints on; its rebuild reports one failed file, so that a failure's shape is checked too. */
  private static ApiServer admin;
  private static OpenApiDocument doc;

  @BeforeAll
  static void start() throws Exception {
    TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
    backend = new LuceneSearchBackend(indexDir);
    server = ApiServer.start(backend, "127.0.0.1", 0);
    admin = ApiServer.start(backend, new ServerOptions("127.0.0.1", 0, List.of(), TOKEN), () -> {
      BuildReport built = TestCorpus.buildIndex(TestCorpus.SEEDS, indexDir);
      List<IngestResult> results = new ArrayList<>(built.results());
      results.add(IngestResult.failed("broken.pdf", "not a PDF: the file has no %PDF header"));
      return new BuildReport(results, built.took(), built.generation(), built.full(), built.added(), built.updated(),
          built.unchanged(), built.deleted(), built.bytes());
    });
    Answer served = send(server, "GET", "/api/openapi.json", null);
    assertEquals(200, served.status(), served.text());
    doc = new OpenApiDocument(served.text());
  }

  @AfterAll
  static void stop() throws IOException {
    admin.close();
    server.close();
    backend.close();
  }

  // ---- the document itself

  @Test
  void isOpenApi31AndDescribesEveryRoute() throws Exception {
    JsonNode root = doc.root();
    assertTrue(root.path("openapi").asText().matches("3\\.1\\.\\d+"), "openapi: " + root.path("openapi"));
    assertEquals(new TreeSet<>(ROUTES), doc.operations(), "the routes of ApiServer against the paths of openapi.json");
    assertEquals(List.of(), doc.danglingRefs(), "$refs that point at nothing");
    JsonNode served = assertAnswer("GET", "/api/openapi.json", send(server, "GET", "/api/openapi.json", null));
    assertEquals(root, served);
  }

  @Test
  void routesAreTheOnesApiServerRegisters() {
    Set<String> registered = new TreeSet<>();
    for (ApiOperation op : ApiOperation.values()) {
      registered.add(op.method() + " " + op.path());
    }
    assertEquals(new TreeSet<>(ROUTES), registered, "ApiOperation's routes changed: update ROUTES and openapi.json");
  }

  /**
   * The served document passes Redocly CLI's recommended rules with no error and no warning. .ci/run installs the
   * CLI into target/redocly; without it the test is skipped, except under CI=true, where it fails.
   */
  @Test
  void passesRedoclysRecommendedRules(@TempDir Path dir) throws Exception {
    Path cli = Path.of("target/redocly/node_modules/.bin/redocly");
    if (!Files.isExecutable(cli)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but " + cli + " is missing: .ci/run installs @redocly/cli there");
      }
      org.junit.jupiter.api.Assumptions.abort("Redocly CLI is not installed in " + cli + " (see .ci/run)");
    }
    Path served = dir.resolve("openapi.json");
    Files.writeString(served, send(server, "GET", "/api/openapi.json", null).text(), StandardCharsets.UTF_8);
    ProcessBuilder run = new ProcessBuilder(cli.toAbsolutePath().toString(), "lint", "--extends=recommended", "--format=json",
        served.toString()).redirectError(dir.resolve("stderr.txt").toFile());
    // no usage report and no update check: tests talk only to this machine
    run.environment().put("REDOCLY_TELEMETRY", "off");
    run.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    Process p = run.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "redocly did not finish");
    JsonNode report = new ObjectMapper().readTree(out);
    List<String> problems = new ArrayList<>();
    report.path("problems").forEach(problem -> problems.add(problem.path("severity").asText() + " "
        + problem.path("ruleId").asText() + ": " + problem.path("message").asText() + " at "
        + problem.path("location").path(0).path("pointer").asText()));
    assertEquals(List.of(), problems, "Redocly's recommended rules");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void everyParameterHasATypeAndADescription() {
    for (String operation : doc.operations()) {
      String[] op = operation.split(" ", 2);
      for (JsonNode p : doc.parameters(op[0], op[1])) {
        String where = operation + " " + p.path("name").asText();
        assertTrue(p.path("description").asText().length() > 10, where + " has no description");
        assertTrue(p.path("schema").has("type"), where + " has no type");
        assertTrue(Set.of("query", "path").contains(p.path("in").asText()), where + " is in " + p.path("in"));
      }
    }
  }

  @Test
  void everyObjectSchemaRequiresAllItsPropertiesAndNoMore() {
    // Every property of an answer is always written (unknown is null), so a strict schema lists them all.
    doc.root().path("components").path("schemas").properties().forEach(e -> {
      JsonNode schema = e.getValue();
      if (!schema.has("properties")) {
        return;
      }
      Set<String> properties = new TreeSet<>();
      schema.get("properties").fieldNames().forEachRemaining(properties::add);
      Set<String> required = new TreeSet<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      assertEquals(properties, required, e.getKey() + ": required against properties");
      assertFalse(schema.path("additionalProperties").asBoolean(true), e.getKey() + " must set additionalProperties: false");
    });
  }

  @Test
  void jsonExamplesMatchTheirSchemas() {
    int checked = 0;
    for (String operation : doc.operations()) {
      String[] op = operation.split(" ", 2);
      for (var response : doc.operation(op[0], op[1]).path("responses").properties()) {
        int status = Integer.parseInt(response.getKey());
        JsonNode example = doc.resolve(response.getValue()).path("content").path("application/json").path("example");
        if (!example.isMissingNode()) {
          List<Error> errors = doc.schema(op[0], op[1], status, "application/json").validate(example);
          assertEquals(List.of(), errors.stream().map(Error::toString).toList(), operation + " " + status + " example");
          checked++;
        }
      }
    }
    assertTrue(checked > 0, "no example was checked");
  }

  // ---- every endpoint's real answers against the document

  @Test
  void aDocumentWithAPageReadByOcrAnswersAsDescribed(@TempDir Path corpus, @TempDir Path index) throws Exception {
    org.policykb.tools.bench.OfficialPdf text = new org.policykb.tools.bench.OfficialPdf().newPage()
        .centred("某某市人民政府办公室文件", 30).gap().line("各区人民政府，市政府各部门：", 0)
        .newPage().line("一、加快推进双高协同发展，建设创新平台。", 2);
    Files.write(corpus.resolve("通知.pdf"),
        org.policykb.tools.ocr.Scans.withScannedPage(text.bytes(), 1, org.policykb.tools.ocr.Scans.Condition.CLEAN_300));
    new org.policykb.lucene.IndexBuilder().build(corpus, index, r -> {});
    try (LuceneSearchBackend b = new LuceneSearchBackend(index); ApiServer s = ApiServer.start(b, "127.0.0.1", 0)) {
      JsonNode d = assertAnswer("GET", "/api/documents/{id}", send(s, "GET", "/api/documents/" + enc("通知.pdf"), null));
      assertEquals(List.of("text_layer", "ocr"), d.get("pages").findValues("text_from").stream().map(JsonNode::asText).toList());
      assertTrue(d.get("pages").get(1).get("ocr_confidence").isNumber() && d.get("pages").get(1).get("ocr_engine").isTextual());
    }
  }

  @Test
  void everyEndpointAnswersAsDescribed() throws Exception {
    String id = TestCorpus.ID_004;
    JsonNode search = get("/api/search", "q=" + enc("高新区") + "&facets=year,source,park,cites&facet_size=5");
    assertFalse(search.get("hits").isEmpty(), "hits to check");
    for (String facet : List.of("year", "source", "park", "cites")) {
      assertFalse(search.get("facets").get(facet).isEmpty(), facet + " values to check");
    }
    assertTrue(search.get("facets").get("year").findValues("value").stream().anyMatch(JsonNode::isInt), "a year to check");
    JsonNode filtered = get("/api/search", "q=" + enc("双高协同") + "&sort=date&from=2000&to=2030-06&undated=include"
        + "&source=" + enc("群众") + "&source=" + enc("新华日报") + "&park=" + enc("苏州工业园区") + "&cites=" + enc("国务院关于推进国家高新区高质量发展的若干意见")
        + "&facets=year,source");
    assertEquals("date", filtered.get("sort").asText());
    get("/api/search", "q=" + enc("双高协同") + "&from=2022-03-01&to=2022-03-31&source=" + enc("新华日报"));
    get("/api/search", "q=" + enc("双高协同") + "&facets=issuer,doc_type,agency_code,doc_year&issuer=" + enc("国务院")
        + "&doc_type=" + enc("通知") + "&agency_code=" + enc("国发") + "&doc_year=2020");
    assertEquals(0, get("/api/documents", "doc_number=" + enc("国发[2020]7号")).get("total").asInt());

    JsonNode snippets = get("/api/snippets", "id=" + id + "&q=" + enc("双高协同") + "&window=12&limit=2");
    assertEquals(2, snippets.get("snippets").size());
    assertFalse(get("/api/documents/{id}", TestCorpus.ID_001, "").get("paragraphs").isEmpty(), "paragraphs to check");
    assertFalse(get("/api/documents/{id}/related", id, "size=3").get("related").isEmpty(), "related documents to check");

    JsonNode concordance = get("/api/concordance", "q=" + enc("双高协同") + "&sort=left&window=10&limit=4");
    assertEquals(4, concordance.get("lines").size());
    JsonNode near = get("/api/concordance", "q=" + enc("高新区 NEAR/5 高等院校"));
    assertFalse(near.get("lines").isEmpty(), "NEAR lines to check");
    get("/api/concordance", "q=" + enc("高新区") + "&sort=right&offset=3&undated=exclude&from=2022");

    JsonNode byYear = get("/api/trend", "q=" + enc("高新区") + "&by=year");
    assertTrue(byYear.get("buckets").findValues("value").stream().anyMatch(JsonNode::isInt), "a year bucket to check");
    JsonNode bySource = get("/api/trend", "q=" + enc("高新区") + "&by=source&undated=include");
    assertTrue(bySource.get("buckets").findValues("value").stream().anyMatch(JsonNode::isTextual), "a source bucket to check");
    assertFalse(get("/api/trend", "q=" + enc("高新区") + "&by=right&context=2").get("buckets").isEmpty(), "context groups");
    assertFalse(get("/api/dispersion", "q=" + enc("高新区") + "&sort=occurrences&limit=3").get("documents").isEmpty(),
        "a dispersion plot's documents to check");
    assertFalse(get("/api/frequencies", "unit=char&n=3&arf=true&limit=5").get("items").isEmpty(), "n-grams to check");
    assertFalse(get("/api/keywords", "unit=word&n=2&p=1&min=1&from=2024").get("positive").isEmpty(), "n-gram keywords");

    assertFalse(get("/api/collocates", "q=" + enc("高新区") + "&span=3&min=2&side=both").get("collocates").isEmpty(),
        "collocates to check");
    assertFalse(get("/api/collocates", "q=" + enc("高新区") + "&min=2&stat=logdice&stop=false&unit=ngram").get("collocates")
        .isEmpty(), "n-gram collocates to check");
    assertFalse(get("/api/concordance", "q=" + enc("高新区") + "&collocate=" + enc("发展") + "&span=3&side=right&unit=word")
        .get("collocate").isNull(), "a collocate filter to check");
    assertFalse(get("/api/suggest", "prefix=" + enc("新质")).get("suggestions").isEmpty(), "suggestions to check");
    get("/api/documents/{id}/links", id, "direction=in");
    get("/api/documents/{id}/diffusion", id, "kind=implements,cites&limit=5");
    get("/api/diffusion", "q=" + enc("高新区") + "&level=" + enc("国家") + "&level=" + enc("省"));
    get("/api/graph", "format=graphml&kind=cites,implements");
    get("/api/graph", "within=true&count=files");
    get("/api/search", "q=" + enc("高新区") + "&facets=region,level&region=" + enc("江苏") + "&level=" + enc("省"));
    get("/api/health", "");
  }

  @Test
  void errorsAreAnsweredAsDescribed() throws Exception {
    List<String> badRequests = List.of(
        "/api/search?q=",
        "/api/search?q=" + enc("\"双高"),
        "/api/search?q=x&size=500",
        "/api/search?q=x&page=abc",
        "/api/search?q=x&size=5&size=6",
        "/api/search?q=x&facets=month",
        "/api/search?q=x&from=2025&to=2020",
        "/api/snippets?q=x",
        "/api/concordance?q=x&limit=10001",
        "/api/concordance?q=x&format=xlsx",
        "/api/concordance?q=x&from=2020&undated=only",
        "/api/trend?q=x&by=month",
        "/api/collocates?q=x&span=0",
        "/api/suggest?prefix=" + enc("《》"),
        "/api/health?verbose=1");
    for (String bad : badRequests) {
      Answer a = send(server, "GET", bad, null);
      assertEquals(400, a.status(), bad + ": " + a.text());
      assertAnswer("GET", bad.substring(0, bad.indexOf('?')), a);
    }
    Answer badId = send(server, "GET", "/api/documents/" + enc("a\u0001b"), null);
    assertEquals(400, badId.status(), badId.text());
    assertAnswer("GET", "/api/documents/{id}", badId);

    for (String[] missing : List.of(
        new String[] {"/api/documents/{id}", "/api/documents/no-such-id"},
        new String[] {"/api/documents/{id}/related", "/api/documents/no-such-id/related"},
        new String[] {"/api/snippets", "/api/snippets?id=no-such-id&q=x"})) {
      Answer a = send(server, "GET", missing[1], null);
      assertEquals(404, a.status(), missing[1] + ": " + a.text());
      assertEquals("not_found", assertAnswer("GET", missing[0], a).get("error").asText());
    }
  }

  @Test
  void concordanceExportsAreUtf8WithAByteOrderMarkAndAHeader() throws Exception {
    String query = "q=" + enc("双高协同");
    long total = get("/api/concordance", query).get("total_occurrences").asLong();
    for (String format : List.of("csv", "tsv")) {
      Answer a = send(server, "GET", "/api/concordance?" + query + "&format=" + format, null);
      assertEquals(200, a.status(), a.text());
      assertAnswer("GET", "/api/concordance", a);
      assertEquals(format.equals("csv") ? "text/csv" : "text/tab-separated-values", a.mediaType());
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      assertTrue(Arrays.equals(bom, Arrays.copyOf(a.body(), 3)), format + " starts with the UTF-8 byte-order mark");
      String header = format.equals("csv") ? CSV_HEADER : CSV_HEADER.replace(',', '\t');
      assertTrue(a.text().startsWith("\uFEFF" + header + "\r\n"), format + " header: " + a.text().lines().findFirst());
      CSVFormat parse = format.equals("csv") ? CSVFormat.RFC4180 : CSVFormat.TDF;
      try (CSVParser records = CSVParser.parse(a.text().substring(1), parse)) {
        List<CSVRecord> all = records.getRecords();
        assertEquals(total + 1, all.size(), format + ": the header and one record per occurrence");
        for (CSVRecord r : all) {
          assertEquals(CSV_HEADER.split(",").length, r.size(), format + " record " + r);
        }
      }
    }
  }

  @Test
  void adminEndpointsAnswerAsDescribed() throws Exception {
    Answer off = send(server, "POST", "/api/admin/reload", TOKEN);
    assertEquals(403, off.status(), off.text());
    assertAnswer("POST", "/api/admin/reload", off);
    Answer offRebuild = send(server, "POST", "/api/admin/rebuild", TOKEN);
    assertEquals(403, offRebuild.status(), offRebuild.text());
    assertAnswer("POST", "/api/admin/rebuild", offRebuild);
    for (String path : List.of("/api/admin/reload", "/api/admin/rebuild")) {
      Answer noToken = send(admin, "POST", path, null);
      assertEquals(401, noToken.status(), noToken.text());
      assertAnswer("POST", path, noToken);
    }
    Answer reload = send(admin, "POST", "/api/admin/reload", TOKEN);
    assertEquals(200, reload.status(), reload.text());
    assertAnswer("POST", "/api/admin/reload", reload);
    Answer rebuild = send(admin, "POST", "/api/admin/rebuild", TOKEN);
    assertEquals(200, rebuild.status(), rebuild.text());
    JsonNode summary = assertAnswer("POST", "/api/admin/rebuild", rebuild);
    assertEquals(1, summary.get("failures").size(), "a failure to check");
  }

  // ---- parameters: the ones described are the ones taken, with the bounds, values and defaults described

  @Test
  void everyEndpointTakesExactlyTheParametersDescribed() throws Exception {
    for (String operation : getOperations()) {
      String path = operation.substring(4);
      Answer a = send(server, "GET", request(path, Map.of("zz_unknown", List.of("1"))), null);
      assertEquals(400, a.status(), operation + " with an unknown parameter: " + a.text());
      String message = assertAnswer("GET", path, a).get("message").asText();
      Matcher m = Pattern.compile("this endpoint takes (.*)$").matcher(message);
      assertTrue(m.find(), "the 400 names the parameters taken: " + message);
      Set<String> taken = m.group(1).equals("none") ? Set.of() : new TreeSet<>(List.of(m.group(1).split(", ")));
      Set<String> described = queryParameters(path).stream().map(p -> p.get("name").asText())
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(taken, described, operation + ": the parameters the server takes against openapi.json");
    }
  }

  @Test
  void requiredParametersBoundsValuesAndDefaultsAreTheServers() throws Exception {
    for (String operation : getOperations()) {
      String path = operation.substring(4);
      JsonNode base = assertAnswer("GET", path, send(server, "GET", request(path, Map.of()), null));
      for (JsonNode p : queryParameters(path)) {
        String name = p.get("name").asText();
        JsonNode schema = p.get("schema");
        String where = operation + " " + name;
        if (p.path("required").asBoolean()) {
          expect(400, path, request(path, Map.of(name, List.of())), where + " omitted");
        }
        if (schema.has("default") && base != null && base.has(name)) {
          assertEquals(schema.get("default").asText(), base.get(name).asText(), where + "'s default");
        }
        if (schema.has("minimum")) {
          long min = schema.get("minimum").asLong();
          expect(400, path, request(path, Map.of(name, List.of(Long.toString(min - 1)))), where + " below its minimum");
          expect(200, path, request(path, Map.of(name, List.of(Long.toString(min)))), where + " at its minimum");
        }
        if (schema.has("maximum")) {
          long max = schema.get("maximum").asLong();
          expect(400, path, request(path, Map.of(name, List.of(Long.toString(max + 1)))), where + " above its maximum");
          if (!(path.equals("/api/search") && name.equals("page"))) { // page's bound is page × size ≤ 10000
            expect(200, path, request(path, Map.of(name, List.of(Long.toString(max)))), where + " at its maximum");
          }
        }
        JsonNode values = schema.has("enum") ? schema.get("enum") : schema.path("items").path("enum");
        for (JsonNode value : values) {
          expect(200, path, request(path, Map.of(name, List.of(value.asText()))), where + "=" + value.asText());
        }
        if (!values.isEmpty()) {
          expect(400, path, request(path, Map.of(name, List.of("bogus"))), where + "=bogus");
        }
      }
    }
  }

  // ---- helpers

  /** The GET operations: every one checks its parameters. */
  private static List<String> getOperations() {
    return doc.operations().stream().filter(o -> o.startsWith("GET ")).toList();
  }

  private static List<JsonNode> queryParameters(String path) {
    return doc.parameters("GET", path).stream().filter(p -> p.get("in").asText().equals("query")).toList();
  }

  /**
   * A request to {@code path} with the documented examples of its required parameters, then {@code values}
   * (an empty list leaves the parameter out); arrays are sent as the parameter's style says.
   */
  private static String request(String path, Map<String, List<String>> values) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    String concrete = path;
    for (JsonNode p : doc.parameters("GET", path)) {
      String name = p.get("name").asText();
      List<String> example = new ArrayList<>();
      if (p.has("example")) {
        if (p.get("example").isArray()) {
          p.get("example").forEach(v -> example.add(v.asText()));
        } else {
          example.add(p.get("example").asText());
        }
      }
      if (p.get("in").asText().equals("path")) {
        concrete = concrete.replace("{" + name + "}", enc(example.get(0)));
      } else if (p.path("required").asBoolean()) {
        query.put(name, example);
      }
    }
    for (Map.Entry<String, List<String>> v : values.entrySet()) {
      query.put(v.getKey(), v.getValue());
    }
    List<String> pairs = new ArrayList<>();
    query.forEach((name, list) -> {
      JsonNode p = queryParameters(path).stream().filter(q -> q.get("name").asText().equals(name)).findFirst().orElse(null);
      boolean explode = p == null || p.path("explode").asBoolean(true);
      if (list.isEmpty()) {
        return;
      }
      if (explode) {
        list.forEach(value -> pairs.add(name + "=" + enc(value)));
      } else {
        pairs.add(name + "=" + list.stream().map(OpenApiTest::enc).collect(Collectors.joining(",")));
      }
    });
    return pairs.isEmpty() ? concrete : concrete + "?" + String.join("&", pairs);
  }

  /** Sends the request and checks its status and, whatever the status, the answer against the document. */
  private static void expect(int status, String path, String request, String what) throws Exception {
    Answer a = send(server, "GET", request, null);
    assertEquals(status, a.status(), what + ": " + request + " answered " + a.text());
    assertAnswer("GET", path, a);
  }

  /** A GET of {@code path}'s template with {@code id} for its path parameter, answered 200 and as described. */
  private static JsonNode get(String path, String id, String query) throws Exception {
    String concrete = path.replace("{id}", enc(id)) + (query.isEmpty() ? "" : "?" + query);
    Answer a = send(server, "GET", concrete, null);
    assertEquals(200, a.status(), concrete + ": " + a.text());
    return assertAnswer("GET", path, a);
  }

  private static JsonNode get(String path, String query) throws Exception {
    return get(path, "", query);
  }

  /**
   * Fails unless the document describes this answer: its status, its media type, and for JSON its body
   * against the response's schema. Returns the JSON body, or null for another media type.
   */
  static JsonNode assertAnswer(String method, String path, Answer a) throws IOException {
    Set<String> described = doc.mediaTypes(method, path, a.status());
    if (described.isEmpty()) {
      fail(method + " " + path + " answered " + a.status() + ", which openapi.json does not describe: " + a.text());
    }
    assertTrue(described.contains(a.mediaType()),
        method + " " + path + " " + a.status() + " answered " + a.mediaType() + "; described: " + described);
    // JSON is UTF-8 by definition (RFC 8259), so its charset may go unsaid; text must say it
    if (a.mediaType().startsWith("text/") || !a.charset().isEmpty()) {
      assertEquals("utf-8", a.charset(), method + " " + path + " " + a.status() + " " + a.mediaType() + " charset");
    }
    if (!a.mediaType().equals("application/json")) {
      return null;
    }
    JsonNode body = JSON.readTree(a.body());
    List<Error> errors = doc.schema(method, path, a.status(), a.mediaType()).validate(body);
    if (!errors.isEmpty()) {
      String text = a.text();
      fail(method + " " + path + " " + a.status() + " does not match openapi.json:\n  "
          + errors.stream().map(Error::toString).collect(Collectors.joining("\n  "))
          + "\nanswer: " + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
    }
    return body;
  }

  /** One HTTP answer: status, media type (lower case, without parameters), charset, body. */
  record Answer(int status, String mediaType, String charset, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  static Answer send(ApiServer to, String method, String pathAndQuery, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + pathAndQuery))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<byte[]> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    String contentType = r.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
    String[] parts = contentType.split(";");
    String charset = "";
    for (String part : parts) {
      if (part.strip().startsWith("charset=")) {
        charset = part.strip().substring("charset=".length());
      }
    }
    return new Answer(r.statusCode(), parts[0].strip(), charset, r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
