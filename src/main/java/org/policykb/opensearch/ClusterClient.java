package org.policykb.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.policykb.index.Json;

/**
 * OpenSearch's REST API as JSON, over the JDK's HTTP client: every call has a time limit, a
 * refusal (4xx) becomes {@link ClusterRequestException} with OpenSearch's reason, and an unreachable
 * or failing cluster {@link ClusterUnavailableException}. Basic authentication and TLS with a CA
 * certificate of one's own are supported, as a secured deployment needs.
 */
public final class ClusterClient implements Closeable {
  private static final ObjectMapper JSON = Json.mapper();

  /**
   * Where and how to reach the cluster.
   *
   * @param url e.g. {@code http://127.0.0.1:9200} or {@code https://search.example:9200}
   * @param user basic-auth user, or null
   * @param password basic-auth password, or null
   * @param caCertificate a PEM file of the CA that signed the cluster's certificate, or null for the JDK's trust store
   * @param timeoutMillis the longest any call may take
   */
  public record Options(String url, String user, String password, Path caCertificate, long timeoutMillis) {
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

    public Options {
      if (url == null || !url.matches("https?://[^/\\s]+/?")) {
        throw new IllegalArgumentException("--opensearch-url must look like http://host:9200 or https://host:9200, was " + url);
      }
      url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      if ((user == null) != (password == null)) {
        throw new IllegalArgumentException("give both --opensearch-user and --opensearch-password, or neither");
      }
    }

    public static Options of(String url) {
      return new Options(url, null, null, null, DEFAULT_TIMEOUT_MILLIS);
    }

    public Options withTimeoutMillis(long millis) {
      return new Options(url, user, password, caCertificate, millis);
    }
  }

  private final Options options;
  private final HttpClient http;
  private final String authorization;

  public ClusterClient(Options options) {
    this.options = options;
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofMillis(Math.min(options.timeoutMillis(), 5_000)));
    if (options.caCertificate() != null) {
      builder.sslContext(sslContext(options.caCertificate()));
    }
    this.http = builder.build();
    this.authorization = options.user() == null ? null : "Basic " + Base64.getEncoder()
        .encodeToString((options.user() + ":" + options.password()).getBytes(StandardCharsets.UTF_8));
  }

  public Options options() {
    return options;
  }

  public JsonNode get(String path) {
    return send("GET", path, null, "application/json");
  }

  public JsonNode put(String path, Object body) {
    return send("PUT", path, body, "application/json");
  }

  public JsonNode post(String path, Object body) {
    return send("POST", path, body, "application/json");
  }

  public JsonNode delete(String path) {
    return send("DELETE", path, null, "application/json");
  }

  /** A bulk request: {@code ndjson} is the newline-delimited action and source lines. */
  public JsonNode bulk(String path, String ndjson) {
    return send("POST", path, ndjson, "application/x-ndjson");
  }

  /** True when the path exists (HEAD answers 200), false on 404; any other answer is an error. */
  public boolean exists(String path) {
    Answer response = exchange("HEAD", path, null, "application/json");
    if (response.status() == 200 || response.status() == 404) {
      return response.status() == 200;
    }
    if (response.status() >= 500) {
      throw new ClusterUnavailableException("OpenSearch at " + options.url() + " failed HEAD " + path + " ("
          + response.status() + ")", null);
    }
    throw new ClusterRequestException(response.status(), null, "HEAD " + path + " answered " + response.status());
  }

  private JsonNode send(String method, String path, Object body, String contentType) {
    Answer response = exchange(method, path, body, contentType);
    JsonNode json;
    try {
      json = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new ClusterUnavailableException("OpenSearch at " + options.url() + " sent an unreadable answer to " + method
          + " " + path + ": " + e.getMessage(), e);
    }
    int status = response.status();
    if (status >= 500) {
      throw new ClusterUnavailableException("OpenSearch at " + options.url() + " failed " + method + " " + path + " ("
          + status + "): " + reason(json), null);
    }
    if (status >= 400) {
      JsonNode error = json.path("error");
      String type = error.isObject() ? error.path("type").asText(null) : null;
      throw new ClusterRequestException(status, type, reason(json));
    }
    return json;
  }

  private record Answer(int status, byte[] body) {}

  /** One call, body included, within the time limit: a cluster that stalls mid-answer cannot hold a thread. */
  private Answer exchange(String method, String path, Object body, String contentType) {
    HttpRequest.BodyPublisher publisher;
    try {
      publisher = body == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofByteArray(body instanceof String s
              ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new IllegalStateException("request body cannot be written: " + e.getMessage(), e);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(options.url() + path))
        .timeout(Duration.ofMillis(options.timeoutMillis()))
        .header("Content-Type", contentType + "; charset=UTF-8")
        .header("Accept", "application/json")
        .method(method, publisher);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    var future = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    try {
      HttpResponse<byte[]> response = future.get(options.timeoutMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      return new Answer(response.statusCode(), response.body());
    } catch (java.util.concurrent.TimeoutException e) {
      future.cancel(true);
      throw new ClusterUnavailableException("OpenSearch at " + options.url() + " did not answer " + method + " " + path
          + " within " + options.timeoutMillis() + " ms", e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      throw new ClusterUnavailableException("OpenSearch at " + options.url() + " cannot be reached (" + method + " "
          + path + "): " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ClusterUnavailableException("interrupted while waiting for OpenSearch", e);
    }
  }

  /** OpenSearch's reason for an error answer, shortened to one line. */
  private static String reason(JsonNode json) {
    JsonNode error = json.path("error");
    String reason;
    if (error.isObject()) {
      JsonNode root = error.path("root_cause").path(0);
      reason = error.path("reason").asText(root.path("reason").asText(error.toString()));
    } else {
      reason = error.isMissingNode() ? json.toString() : error.asText();
    }
    return reason.length() > 500 ? reason.substring(0, 500) + "…" : reason;
  }

  private static SSLContext sslContext(Path pem) {
    try (InputStream in = Files.newInputStream(pem)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca-" + i++, c);
      }
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("--opensearch-ca " + pem + " cannot be used: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
