package org.policykb.tools.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A GET as curl sends it: one HTTP/1.1 request on a connection of its own ({@code Connection: close}),
 * the answer read to its end. The benchmark times requests with it because a heavier client (Java's
 * HttpClient adds 2–4 ms per request here) would be measured rather than the server.
 */
final class PlainHttp {
  record Answer(int status, String body) {}

  private PlainHttp() {}

  static Answer get(URI uri) throws IOException {
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] all = readAll(socket.getInputStream());
      String reply = new String(all, StandardCharsets.UTF_8);
      int headersEnd = reply.indexOf("\r\n\r\n");
      if (headersEnd < 0) {
        throw new IOException("no HTTP answer from " + uri);
      }
      int status = Integer.parseInt(reply.substring(9, 12));
      String headers = reply.substring(0, headersEnd).toLowerCase(Locale.ROOT);
      String body = reply.substring(headersEnd + 4);
      return new Answer(status, headers.contains("transfer-encoding: chunked") ? unchunk(body) : body);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
    in.transferTo(bytes);
    return bytes.toByteArray();
  }

  /** The body of a chunked answer (sizes are in bytes; the answer is UTF-8, decoded once at the end). */
  private static String unchunk(String chunked) {
    byte[] raw = chunked.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
    int at = 0;
    while (at < raw.length) {
      int lineEnd = at;
      while (lineEnd + 1 < raw.length && !(raw[lineEnd] == '\r' && raw[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      String sizeText = new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).strip();
      int semicolon = sizeText.indexOf(';');
      int size = Integer.parseInt(semicolon < 0 ? sizeText : sizeText.substring(0, semicolon), 16);
      if (size == 0) {
        break;
      }
      out.write(raw, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
