package org.policykb.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * {@code GET /api/docs}: the API's reference, Swagger UI rendering {@code /api/openapi.json}. Swagger UI is the
 * webjar on the class path, served by the server itself under {@code /webjars/}; the page starts it with
 * {@code /docs/start.js}, as the Content-Security-Policy allows no inline script.
 */
final class ApiDocs {
  private static final String VERSION = version();
  private static final byte[] PAGE = page(VERSION);

  private ApiDocs() {}

  static void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(PAGE);
  }

  private static byte[] page(String version) {
    String base = "/webjars/swagger-ui/" + version + "/";
    return ("""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>政策文献知识库 API</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="BASEswagger-ui.css">
        </head>
        <body>
        <div id="swagger-ui"></div>
        <script src="BASEswagger-ui-bundle.js"></script>
        <script src="/docs/start.js"></script>
        </body>
        </html>
        """.replace("BASE", base)).getBytes(StandardCharsets.UTF_8);
  }

  /** The version of the Swagger UI webjar on the class path, which names its folder. */
  private static String version() {
    try (InputStream in = ApiDocs.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the Swagger UI webjar is missing from the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
