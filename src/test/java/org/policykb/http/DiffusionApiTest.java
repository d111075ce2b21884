package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.LinkedTexts;

/**
 * The issuers' region and level as facets and filters, a document's diffusion (who implemented it, in which
 * province, how many days later) and a phrase's first use per province, over HTTP on {@link LinkedTexts}. The places
 * and days below were written by reading each text's issuer and date.
 */
class DiffusionApiTest {
  @TempDir static Path dir;
  private static LocalServer server;
  private static LocalApi api;

  /** By reading: the province of each text's issuer (null: the central state or none known), its level, its day. */
  private record Place(String region, String level, LocalDate day) {}

  private static final Map<String, Place> PLACES = new LinkedHashMap<>();

  static {
    PLACES.put("link_gx", new Place(null, "国家", LocalDate.of(2021, 3, 1)));
    PLACES.put("link_js", new Place("江苏省", "省", LocalDate.of(2021, 6, 10)));
    PLACES.put("link_zj", new Place("浙江省", "省", LocalDate.of(2021, 8, 2)));
    PLACES.put("link_sz", new Place("江苏省", "市", LocalDate.of(2022, 1, 15)));
    PLACES.put("link_old", new Place("江苏省", "市", LocalDate.of(2015, 5, 1)));
    PLACES.put("link_new", new Place("江苏省", "市", LocalDate.of(2022, 5, 1)));
    PLACES.put("link_ah", new Place("安徽省", "省", LocalDate.of(2021, 1, 5)));
    PLACES.put("link_hn", new Place("河南省", "省", LocalDate.of(2021, 1, 6)));
    PLACES.put("link_report", new Place(null, null, LocalDate.of(2021, 12, 1))); // 某县: no place of the table
    PLACES.put("link_gz1", new Place("广东省", "市", LocalDate.of(2021, 2, 1)));
    PLACES.put("link_gz3", new Place("广东省", "市", LocalDate.of(2021, 3, 1)));
    PLACES.put("link_gz4", new Place("广东省", "市", LocalDate.of(2021, 4, 1)));
  }

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    LinkedTexts.write(corpus);
    server = LocalServer.serving(corpus, dir.resolve("index"));
    api = new LocalApi(server.port());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void theTestReadsEveryText() {
    assertEquals(LinkedTexts.ALL.stream().map(LinkedTexts.Text::id).sorted().toList(),
        PLACES.keySet().stream().sorted().toList());
  }

  @Test
  void regionAndLevelAreFacetsAndFilters() throws Exception {
    JsonNode r = api.get("/api/search?q=" + LocalApi.enc("文件") + "&facets=region,level&size=50");
    assertEquals(PLACES.size(), r.get("total").asInt(), "every banner says 文件");
    Map<String, Long> regions = new TreeMap<>();
    Map<String, Long> levels = new TreeMap<>();
    PLACES.values().forEach(p -> {
      regions.merge(String.valueOf(p.region()), 1L, Long::sum);
      levels.merge(String.valueOf(p.level()), 1L, Long::sum);
    });
    assertEquals(regions, counted(r.get("facets").get("region")));
    assertEquals(levels, counted(r.get("facets").get("level")));
    // a short name is the province; values of one filter OR, filters AND
    assertEquals(ids(p -> "江苏省".equals(p.region())), hitIds("&region=" + LocalApi.enc("江苏")));
    assertEquals(ids(p -> "江苏省".equals(p.region()) || "广东省".equals(p.region())),
        hitIds("&region=" + LocalApi.enc("江苏省") + "&region=" + LocalApi.enc("广东")));
    assertEquals(ids(p -> "江苏省".equals(p.region()) && "市".equals(p.level())),
        hitIds("&region=" + LocalApi.enc("江苏") + "&level=" + LocalApi.enc("市")));
    assertEquals(ids(p -> "国家".equals(p.level())), hitIds("&level=" + LocalApi.enc("国家")));
    // the document says where its issuers stand, links say it of both ends
    JsonNode sz = api.get("/api/documents/link_sz");
    assertEquals("江苏省", sz.get("region").asText());
    assertEquals("市", sz.get("level").asText());
    JsonNode link = api.get("/api/documents/link_sz/links?kind=implements").get("links").get("links").get(0);
    assertEquals("江苏省", link.get("from").get("region").asText());
    assertEquals("省", link.get("to").get("level").asText());
    for (String bad : List.of("&region=" + LocalApi.enc("火星"), "&level=" + LocalApi.enc("乡"), "&region=")) {
      var resp = api.send("/api/search?q=" + LocalApi.enc("文件") + bad);
      assertEquals(400, resp.statusCode(), bad + " → " + resp.body());
      assertTrue(resp.body().contains("\"message\""), resp.body());
    }
  }

  @Test
  void aDocumentsDiffusionIsWhoImplementedItWhereAndHowManyDaysLater() throws Exception {
    String target = "link_gx";
    for (String kinds : List.of("implements", "implements,cites")) {
      List<String> adopters = LinkedTexts.LINKS.stream()
          .filter(e -> e.to().equals(target) && List.of(kinds.split(",")).contains(e.kind()))
          .map(LinkedTexts.Expected::from).distinct()
          .sorted(java.util.Comparator.comparing((String id) -> PLACES.get(id).day())).toList();
      JsonNode d = api.get("/api/documents/" + target + "/diffusion?kind=" + kinds);
      assertEquals(adopters.size(), d.get("adopters").asInt(), kinds);
      List<String> listed = new ArrayList<>();
      for (JsonNode a : d.get("list")) {
        String id = a.get("document").get("id").asText();
        listed.add(id);
        assertEquals(ChronoUnit.DAYS.between(PLACES.get(target).day(), PLACES.get(id).day()), a.get("lag_days").asLong(), id);
      }
      assertEquals(adopters, listed, "earliest first");
      // per province: its first adopter, its lag, its count, in the order the provinces came
      Map<String, List<String>> byProvince = new LinkedHashMap<>();
      adopters.forEach(id -> byProvince.computeIfAbsent(PLACES.get(id).region(), k -> new ArrayList<>()).add(id));
      List<String> rows = new ArrayList<>();
      for (JsonNode row : d.get("provinces")) {
        String region = row.get("region").asText();
        rows.add(region);
        List<String> of = byProvince.get(region);
        assertEquals(of.size(), row.get("adopters").asInt(), region);
        assertEquals(of.get(0), row.get("first").get("id").asText(), region);
        assertEquals(ChronoUnit.DAYS.between(PLACES.get(target).day(), PLACES.get(of.get(0)).day()),
            row.get("lag_days").asLong(), region);
      }
      assertEquals(new ArrayList<>(byProvince.keySet()), rows, kinds);
      assertTrue(d.get("national").isNull());
      Map<String, Long> levels = new TreeMap<>();
      adopters.forEach(id -> levels.merge(PLACES.get(id).level(), 1L, Long::sum));
      assertEquals(levels, counted(d.get("by_level")));
    }
    assertEquals(101, api.get("/api/documents/link_gx/diffusion").get("median_lag_days").asLong(),
        "江苏 101 days, 浙江 154: the median of two is the lower");
    assertEquals(1, api.get("/api/documents/link_gx/diffusion?limit=1&offset=1").get("list").size());
    assertEquals(400, api.send("/api/documents/link_gx/diffusion?kind=follows").statusCode());
    assertEquals(404, api.send("/api/documents/no_such/diffusion").statusCode());
  }

  @Test
  void aPhrasesFirstUseInEachProvince() throws Exception {
    String phrase = "高新区创新高地";
    Map<String, List<String>> using = new LinkedHashMap<>();
    List<String> national = new ArrayList<>();
    PLACES.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(Place::day)))
        .filter(e -> LinkedTexts.ALL.stream().anyMatch(t -> t.id().equals(e.getKey()) && t.text().contains(phrase)))
        .forEach(e -> {
          if (e.getValue().region() != null) {
            using.computeIfAbsent(e.getValue().region(), k -> new ArrayList<>()).add(e.getKey());
          } else if ("国家".equals(e.getValue().level())) {
            national.add(e.getKey());
          }
        });
    assertTrue(using.size() >= 2 && !national.isEmpty(), "the test's phrase spreads: " + using);
    JsonNode r = api.get("/api/diffusion?q=" + LocalApi.enc(phrase) + "&count=files");
    List<String> rows = new ArrayList<>();
    int first = PLACES.get(national.get(0)).day().getYear();
    for (JsonNode row : r.get("provinces")) {
      String region = row.get("region").asText();
      rows.add(region);
      assertEquals(using.get(region).get(0), row.get("id").asText(), region);
      assertEquals(using.get(region).size(), row.get("documents").asInt(), region);
      assertEquals(PLACES.get(using.get(region).get(0)).day().toString(), row.get("date").asText());
      assertEquals(PLACES.get(using.get(region).get(0)).day().getYear() - first, row.get("years_after").asInt());
    }
    assertEquals(new ArrayList<>(using.keySet()), rows, "earliest province first");
    assertEquals(national.get(0), r.get("national").get("id").asText());
    assertEquals(national.size(), r.get("national").get("documents").asInt());
    // filtered to one province, only it
    JsonNode one = api.get("/api/diffusion?q=" + LocalApi.enc(phrase) + "&count=files&region=" + LocalApi.enc("浙江"));
    assertEquals(1, one.get("provinces").size());
    assertEquals("浙江省", one.get("provinces").get(0).get("region").asText());
    assertTrue(one.get("national").isNull());
    assertEquals(400, api.send("/api/diffusion").statusCode());
    assertEquals(400, api.send("/api/diffusion?q=x&region=" + LocalApi.enc("火星")).statusCode());
  }

  @Test
  void theLinksOfASubcorpusExportAsAnEdgeListAndAsGraphml() throws Exception {
    // every resolved link the texts make, by reading
    List<String> expected = LinkedTexts.LINKS.stream().filter(e -> !e.to().equals("-") && !e.to().startsWith("?"))
        .map(e -> e.from() + " " + e.to() + " " + e.kind()).sorted().toList();
    var csv = api.send("/api/graph?count=files");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
    List<String> edges = new ArrayList<>();
    try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(csv.body().substring(1)))) {
      assertEquals("Source", parser.getHeaderNames().get(0), "a byte-order mark, then Gephi's columns");
      for (var r : parser) {
        edges.add(r.get("Source") + " " + r.get("Target") + " " + r.get("Label"));
        assertEquals(String.valueOf(PLACES.get(r.get("Source")).region()).replace("null", ""), r.get("source_region"));
        assertEquals(String.valueOf(PLACES.get(r.get("Target")).level()).replace("null", ""), r.get("target_level"));
        assertEquals("Directed", r.get("Type"));
      }
    }
    assertEquals(expected, edges.stream().sorted().toList());
    // the subcorpus of 江苏's documents: links out of it, and closed on it
    java.util.function.Predicate<String> jiangsu = id -> "江苏省".equals(PLACES.get(id).region());
    String js = "&count=files&region=" + LocalApi.enc("江苏");
    assertEquals(expected.stream().filter(e -> jiangsu.test(e.split(" ")[0])).toList(), graphml("/api/graph?format=graphml" + js));
    assertEquals(expected.stream().filter(e -> jiangsu.test(e.split(" ")[0]) && jiangsu.test(e.split(" ")[1])).toList(),
        graphml("/api/graph?format=graphml&within=true" + js));
    assertEquals(expected.stream().filter(e -> e.endsWith(" repeals")).toList(), graphml("/api/graph?format=graphml&kind=repeals"));
    for (String bad : List.of("?format=gexf", "?within=maybe", "?kind=quotes", "?q=x")) {
      assertEquals(400, api.send("/api/graph" + bad).statusCode(), bad);
    }
  }

  /** The edges of a GraphML answer as "source target kind", sorted; every edge's ends are nodes declared before it. */
  private static List<String> graphml(String path) throws Exception {
    var r = api.send(path);
    assertEquals(200, r.statusCode(), r.body());
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document doc = factory.newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals("http://graphml.graphdrawing.org/xmlns", doc.getDocumentElement().getNamespaceURI());
    java.util.Set<String> nodes = new java.util.HashSet<>();
    List<String> edges = new ArrayList<>();
    org.w3c.dom.NodeList children = doc.getElementsByTagName("graph").item(0).getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (!(children.item(i) instanceof org.w3c.dom.Element e)) {
        continue;
      }
      if (e.getTagName().equals("node")) {
        nodes.add(e.getAttribute("id"));
        org.w3c.dom.NodeList data = e.getElementsByTagName("data");
        for (int j = 0; j < data.getLength(); j++) {
          var d = (org.w3c.dom.Element) data.item(j);
          if (d.getAttribute("key").equals("region")) {
            assertEquals(PLACES.get(e.getAttribute("id")).region(), d.getTextContent());
          }
        }
      } else if (e.getTagName().equals("edge")) {
        assertTrue(nodes.contains(e.getAttribute("source")) && nodes.contains(e.getAttribute("target")), "declared first");
        String kind = null;
        org.w3c.dom.NodeList data = e.getElementsByTagName("data");
        for (int j = 0; j < data.getLength(); j++) {
          var d = (org.w3c.dom.Element) data.item(j);
          if (d.getAttribute("key").equals("kind")) {
            kind = d.getTextContent();
          }
        }
        edges.add(e.getAttribute("source") + " " + e.getAttribute("target") + " " + kind);
      }
    }
    return edges.stream().sorted().toList();
  }

  private static List<String> ids(java.util.function.Predicate<Place> p) {
    return PLACES.entrySet().stream().filter(e -> p.test(e.getValue())).map(Map.Entry::getKey).sorted().toList();
  }

  private static List<String> hitIds(String filters) throws Exception {
    List<String> out = new ArrayList<>();
    api.get("/api/search?q=" + LocalApi.enc("文件") + "&size=50" + filters).get("hits").forEach(h -> out.add(h.get("id").asText()));
    return out.stream().sorted().toList();
  }

  private static Map<String, Long> counted(JsonNode node) {
    Map<String, Long> out = new TreeMap<>();
    if (node.isArray()) {
      node.forEach(v -> {
        if (v.get("count").asLong() > 0) {
          out.put(v.get("value").isNull() ? "null" : v.get("value").asText(), v.get("count").asLong());
        }
      });
    } else {
      node.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asLong()));
    }
    return out;
  }
}
