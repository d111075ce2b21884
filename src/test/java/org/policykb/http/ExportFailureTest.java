package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.policykb.search.ConcordanceLine;
import org.policykb.search.SearchBackend;

/** An export that fails after its first lines is cut off, never ended as if it were whole. */
class ExportFailureTest {

  @Test
  void aFailureAfterTheFirstLinesAbortsTheDownload() throws Exception {
    SearchBackend failing = (SearchBackend) Proxy.newProxyInstance(
        SearchBackend.class.getClassLoader(), new Class<?>[] {SearchBackend.class}, (proxy, method, args) -> {
          if (method.getName().equals("concordance") && args.length == 2) {
            @SuppressWarnings("unchecked")
            Consumer<ConcordanceLine> sink = (Consumer<ConcordanceLine>) args[1];
            for (int i = 0; i < 3000; i++) { // more than any buffer, so the response is committed
              sink.accept(new ConcordanceLine("id" + i, "标题", null, 2025, "来源", 0, 4, "左".repeat(30), "双高协同", "右".repeat(30), null, null));
            }
            throw new IllegalStateException("the index went away");
          }
          if (method.getName().equals("close")) {
            return null;
          }
          if (method.getName().equals("servedGeneration")) { // the export's file name says it
            return "gen-000001";
          }
          throw new UnsupportedOperationException(method.getName());
        });
    try (ApiServer server = ApiServer.start(failing, "127.0.0.1", 0)) {
      HttpRequest request = HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/api/concordance?format=csv&q=x")).build();
      HttpResponse<java.io.InputStream> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, r.statusCode(), "the lines had started: the status was sent with them");
      java.util.List<String> received = new java.util.ArrayList<>();
      try (java.io.BufferedReader in = new java.io.BufferedReader(
          new java.io.InputStreamReader(r.body(), java.nio.charset.StandardCharsets.UTF_8))) {
        assertThrows(IOException.class, () -> {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            received.add(line);
          }
        }, "the download is cut off, not ended as if it were whole");
      }
      assertTrue(received.size() > 100, "lines before the failure: " + received.size());
      assertEquals("\uFEFFid,title,date,year,source,start,end,left,match,right,page,ocr_confidence", received.get(0));
      for (int i = 1; i < received.size() - 1; i++) { // the last one may be cut in the middle
        assertEquals("id" + (i - 1) + ",标题,,2025,来源,0,4," + "左".repeat(30) + ",双高协同," + "右".repeat(30) + ",,", received.get(i));
      }
    }
  }
}
