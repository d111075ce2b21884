package org.policykb.tools.devcluster;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.painless.PainlessModulePlugin;
import org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;
import org.policykb.opensearch.ClusterClient;
import org.policykb.opensearch.ClusterUnavailableException;

/**
 * A local OpenSearch cluster of N nodes in this JVM, on 127.0.0.1, with what a stock distribution
 * plus the official smartcn plugin has: netty4 transport and HTTP, the common analysis module and
 * analysis-smartcn. For trying the OpenSearch backend on one machine and for tests, not for
 * production (no security, one process).
 */
public final class DevCluster implements Closeable {
  private static final List<Class<? extends Plugin>> PLUGINS =
      List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class, AnalysisSmartChinesePlugin.class, PainlessModulePlugin.class);

  static {
    // nodes run as a distribution runs them, without OpenSearch's internal assertions, even in a
    // JVM started with -ea (as tests are): some hold only in OpenSearch's own test set-up, e.g. the
    // term vectors of a word a shard does not have
    DevCluster.class.getClassLoader().setPackageAssertionStatus("org.opensearch", false);
  }

  private final List<Node> nodes;
  private final List<Integer> httpPorts;

  private DevCluster(List<Node> nodes, List<Integer> httpPorts) {
    this.nodes = nodes;
    this.httpPorts = httpPorts;
  }

  /**
   * Starts {@code size} nodes whose data lives under {@code home} and waits for a green cluster.
   *
   * @param httpPort the first node's HTTP port (the others take free ones); 0 for a free port
   */
  public static DevCluster start(int size, int httpPort, Path home) throws IOException {
    return start(size, httpPort, home, PLUGINS);
  }

  /** The same without the smartcn plugin: a cluster the backend must refuse, for its test. */
  public static DevCluster startWithoutSmartcn(Path home) throws IOException {
    return start(1, 0, home, List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class));
  }

  /**
   * A port found free may be taken by another process before a node binds it; then the nodes that
   * started are closed and the cluster starts again on other ports — not when the port taken is the
   * HTTP port the caller asked for.
   */
  private static final int START_ATTEMPTS = 5;

  private static DevCluster start(int size, int httpPort, Path home, List<Class<? extends Plugin>> plugins)
      throws IOException {
    if (size < 1 || size > 9) {
      throw new IllegalArgumentException("--nodes must be 1..9, was " + size);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return startOnce(size, httpPort, home, plugins);
      } catch (IOException e) {
        boolean portTaken = causes(e).anyMatch(c -> c instanceof java.net.BindException)
            && (httpPort == 0 || !String.valueOf(e.getMessage()).contains(":" + httpPort));
        if (!portTaken || attempt == START_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static java.util.stream.Stream<Throwable> causes(Throwable t) {
    return java.util.stream.Stream.iterate(t, java.util.Objects::nonNull, Throwable::getCause).limit(20);
  }

  private static DevCluster startOnce(int size, int httpPort, Path home, List<Class<? extends Plugin>> plugins)
      throws IOException {
    List<Integer> transport = new ArrayList<>();
    List<Integer> http = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      transport.add(freePort());
      http.add(i == 0 && httpPort > 0 ? httpPort : freePort());
    }
    List<String> seeds = transport.stream().map(p -> "127.0.0.1:" + p).toList();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      names.add("node-" + (i + 1));
    }
    List<Node> started = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        Path nodeHome = Files.createDirectories(home.resolve(names.get(i)));
        Settings.Builder settings = Settings.builder()
            .put("cluster.name", "policykb-dev")
            .put("node.name", names.get(i))
            .put("path.home", nodeHome.toString())
            .put("path.data", nodeHome.resolve("data").toString())
            .put("path.logs", nodeHome.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", http.get(i))
            .put("transport.port", transport.get(i))
            .put("transport.type", "netty4")
            .put("http.type", "netty4")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            // start() returns at once; the cluster forms while the other nodes start
            .put("discovery.initial_state_timeout", "0s");
        if (size == 1) {
          settings.put("discovery.type", "single-node");
        } else {
          settings.putList("discovery.seed_hosts", seeds).putList("cluster.initial_cluster_manager_nodes", names);
        }
        Node node = new PluginNode(settings.build(), names.get(i), plugins);
        started.add(node);
        node.start();
      }
    } catch (NodeValidationException | RuntimeException e) {
      closeAll(started);
      throw new IOException("the local cluster did not start: " + e.getMessage(), e);
    }
    DevCluster cluster = new DevCluster(started, http);
    try {
      cluster.awaitHealth("green", size, 120);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  /** The URL of the first node's HTTP endpoint, what {@code --opensearch-url} takes. */
  public String url() {
    return url(0);
  }

  /** Every node's HTTP URL, first node first. */
  public List<String> urls() {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < httpPorts.size(); i++) {
      urls.add(url(i));
    }
    return urls;
  }

  private String url(int i) {
    return "http://127.0.0.1:" + httpPorts.get(i);
  }

  public int size() {
    return nodes.size();
  }

  /** Stops node {@code i} (0-based), as when a machine of the cluster goes away. */
  public void stopNode(int i) throws IOException {
    Node node = nodes.get(i);
    node.close();
    try {
      node.awaitClose(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until the cluster (asked through the first node still answering) has this status and nodes. */
  public void awaitHealth(String status, int nodeCount, int seconds) throws IOException {
    IOException last = null;
    for (String url : urls()) {
      try (ClusterClient client = new ClusterClient(ClusterClient.Options.of(url).withTimeoutMillis((seconds + 5) * 1000L))) {
        var health = client.get("/_cluster/health?wait_for_status=" + status + "&wait_for_nodes=" + nodeCount
            + "&timeout=" + seconds + "s");
        if (health.path("timed_out").asBoolean(false)) {
          throw new IOException("the local cluster did not reach " + status + " with " + nodeCount + " nodes in " + seconds
              + " s: " + health);
        }
        return;
      } catch (ClusterUnavailableException e) {
        last = new IOException(e.getMessage(), e);
      }
    }
    throw last == null ? new IOException("no node answers") : last;
  }

  @Override
  public void close() throws IOException {
    closeAll(nodes);
  }

  private static void closeAll(List<Node> nodes) throws IOException {
    IOException first = null;
    for (Node node : nodes.reversed()) {
      try {
        node.close();
        node.awaitClose(30, TimeUnit.SECONDS);
      } catch (IOException e) {
        first = first == null ? e : first;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A node with the plugins on the class path, as OpenSearch's own test nodes are made. */
  private static final class PluginNode extends Node {
    PluginNode(Settings settings, String name, List<Class<? extends Plugin>> plugins) {
      super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> name), infos(plugins), false);
    }

    private static Collection<PluginInfo> infos(List<Class<? extends Plugin>> plugins) {
      return plugins.stream()
          .map(p -> new PluginInfo(p.getName(), "classpath plugin", "NA", Version.CURRENT, "21", p.getName(), null,
              List.of(), false))
          .toList();
    }
  }
}
