package org.policykb.http;

import static org.junit.jupiter.api.Assertions.assertThrows;

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
              sink.accept(new ConcordanceLine("id" + i, "标题", null, 2025, "来源", 0, 4, "左".repeat(30), "双高协同", "右".repeat(30), null));
            }
            throw new IllegalStateException("the index went away");
          }
          if (method.getName().equals("close")) {
            return null;
          }
          throw new UnsupportedOperationException(method.getName());
        });
    try (ApiServer server = ApiServer.start(failing, "127.0.0.1", 0)) {
      HttpRequest request = HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/api/concordance?format=csv&q=x")).build();
      assertThrows(IOException.class,
          () -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
    }
  }
}
