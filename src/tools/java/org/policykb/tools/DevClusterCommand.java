package org.policykb.tools;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.policykb.tools.devcluster.DevCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts a local OpenSearch cluster in this JVM and keeps it running until interrupted. */
@Command(name = "dev-cluster", mixinStandardHelpOptions = true,
    description = "Start a local OpenSearch cluster (N nodes in this JVM, 127.0.0.1, smartcn plugin) for trying "
        + "--backend opensearch; not for production.")
final class DevClusterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--nodes", defaultValue = "1", description = "Nodes to start, 1..9 (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--http-port", defaultValue = "9200", description = "The first node's HTTP port, 0 for a free one (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(names = "--data", description = "Where the nodes keep their data (default: a new temporary folder, removed at exit).")
  Path data;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path home = data != null ? Files.createDirectories(data) : Files.createTempDirectory("policykb-dev-cluster");
    out.println("starting " + nodes + " OpenSearch node(s) under " + home + " …");
    out.flush();
    long started = System.nanoTime();
    DevCluster cluster = DevCluster.start(nodes, httpPort, home);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.close();
        if (data == null) {
          org.apache.lucene.util.IOUtils.rm(home);
        }
      } catch (Exception ignored) {
        // exiting anyway
      } finally {
        stopped.countDown();
      }
    }));
    out.printf(java.util.Locale.ROOT, "cluster green with %d node(s) in %.1f s: %s%n", nodes,
        (System.nanoTime() - started) / 1e9, String.join(" ", cluster.urls()));
    out.println("use it with:  ./policykb index --backend opensearch --opensearch-url " + cluster.url());
    out.println("              ./policykb serve --backend opensearch --opensearch-url " + cluster.url());
    out.println("Ctrl-C stops it.");
    out.flush();
    stopped.await();
    return 0;
  }
}
