package org.policykb.http;

import java.io.IOException;
import java.nio.file.Path;
import org.policykb.TestCorpus;
import org.policykb.lucene.LuceneSearchBackend;

/** A real index of a corpus, built in a test's folder, served by a real server on a free local port. */
final class LocalServer implements AutoCloseable {
  final LuceneSearchBackend backend;
  final ApiServer server;

  private LocalServer(LuceneSearchBackend backend, ApiServer server) {
    this.backend = backend;
    this.server = server;
  }

  /** Builds {@code corpus} into {@code index} and serves it. */
  static LocalServer serving(Path corpus, Path index) throws IOException {
    TestCorpus.buildIndex(corpus, index);
    LuceneSearchBackend backend = new LuceneSearchBackend(index);
    return new LocalServer(backend, ApiServer.start(backend, "127.0.0.1", 0));
  }

  /** The workbench's address with {@code query} (without the leading ?). */
  String page(String query) {
    return "http://127.0.0.1:" + server.port() + "/?" + query;
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() throws IOException {
    server.close();
    backend.close();
  }
}
