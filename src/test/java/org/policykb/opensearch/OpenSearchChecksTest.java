package org.policykb.opensearch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.tools.devcluster.DevCluster;

/** A cluster without the smartcn analyzer is refused before serving, with one line that says what to install. */
class OpenSearchChecksTest {
  @TempDir Path tmp;

  @Test
  void aClusterWithoutSmartcnIsRefusedWithWhatToInstall() throws IOException {
    try (DevCluster cluster = DevCluster.startWithoutSmartcn(tmp);
        ClusterClient client = new ClusterClient(ClusterClient.Options.of(cluster.url()))) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> ClusterChecks.check(client));
      assertTrue(e.getMessage().contains("no smartcn analyzer") && e.getMessage().contains("opensearch-plugin install analysis-smartcn"),
          e.getMessage());
      assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
    }
  }
}
