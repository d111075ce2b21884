package org.policykb.cli;

import java.nio.file.Path;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.opensearch.ClusterChecks;
import org.policykb.opensearch.ClusterClient;
import org.policykb.opensearch.OpenSearchBackend;
import org.policykb.search.SearchBackend;
import picocli.CommandLine.Option;

/**
 * Which backend a command uses: the embedded index (default) or an OpenSearch cluster. Every
 * option can also come from the environment ({@code POLICYKB_OPENSEARCH_URL}, …), which keeps a
 * password off the command line.
 */
final class BackendOptions {
  enum Backend { embedded, opensearch }

  @Option(names = "--backend", defaultValue = "${env:POLICYKB_BACKEND:-embedded}",
      description = "embedded (the Lucene index folder) or opensearch (default: ${DEFAULT-VALUE}; env POLICYKB_BACKEND).")
  Backend backend;

  @Option(names = "--opensearch-url", defaultValue = "${env:POLICYKB_OPENSEARCH_URL}",
      description = "The cluster's HTTP(S) URL, e.g. http://127.0.0.1:9200 (env POLICYKB_OPENSEARCH_URL).")
  String url;

  @Option(names = "--opensearch-user", defaultValue = "${env:POLICYKB_OPENSEARCH_USER}",
      description = "Basic-auth user (env POLICYKB_OPENSEARCH_USER).")
  String user;

  @Option(names = "--opensearch-password", defaultValue = "${env:POLICYKB_OPENSEARCH_PASSWORD}",
      description = "Basic-auth password (better: env POLICYKB_OPENSEARCH_PASSWORD).")
  String password;

  @Option(names = "--opensearch-ca", defaultValue = "${env:POLICYKB_OPENSEARCH_CA}",
      description = "PEM file of the CA that signed the cluster's TLS certificate (env POLICYKB_OPENSEARCH_CA).")
  Path ca;

  @Option(names = "--opensearch-index", defaultValue = "${env:POLICYKB_OPENSEARCH_INDEX:-policykb}",
      description = "The alias searches use; generation indexes are named <alias>-gen-NNNNNN (default: ${DEFAULT-VALUE}).")
  String alias;

  @Option(names = "--opensearch-timeout-ms", defaultValue = "10000",
      description = "Longest any call to the cluster may take (default: ${DEFAULT-VALUE}).")
  long timeoutMillis;

  boolean isOpenSearch() {
    return backend == Backend.opensearch;
  }

  ClusterClient client(long timeoutMillis) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("--backend opensearch needs --opensearch-url (or POLICYKB_OPENSEARCH_URL)");
    }
    return new ClusterClient(new ClusterClient.Options(url, user, password, ca, timeoutMillis));
  }

  /** The backend to serve or search from; for OpenSearch the cluster is checked first. */
  SearchBackend open(Path index, long queryTimeoutMillis) throws java.io.IOException {
    if (!isOpenSearch()) {
      return new LuceneSearchBackend(index, queryTimeoutMillis);
    }
    ClusterClient client = client(Math.max(timeoutMillis, queryTimeoutMillis + 1_000));
    ClusterChecks.check(client);
    return new OpenSearchBackend(client, alias, queryTimeoutMillis);
  }
}
