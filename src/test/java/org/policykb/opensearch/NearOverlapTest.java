package org.policykb.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.NearReference;
import org.policykb.lucene.LuceneSearchBackend;
import org.policykb.tools.devcluster.DevCluster;

/**
 * A NEAR pair of one phrase with itself, or of two that share a bigram, on both engines against the tests'
 * own reading ({@link NearReference}): the documents and each one's pairs.
 * OpenSearch's ordered intervals over sources sharing terms missed such pairs across a full stop (…人民代表大会行使国家权力。人民代表大会…) or with the phrase's bigram between.
 */
class NearOverlapTest {
  @TempDir Path tmp;

  @Test
  void aPhraseNearItselfOrAnOverlappingPhraseMatchesTheSameDocumentsOnBothEngines() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    List<String> bodies = List.of("人民通过人民代表大会行使国家权力。人民代表大会制度是保证。", "人民通过人民代表大会行使国家权力人民代表大会制度是保证。",
        "遍成立职工代表大会或职工代表会议。职工代表大会或职工代表。", "遍成立职工代表大会或职工代表会议职工代表大会或职工代表。",
        "召开代表大会。", "人民代表大会常务委员会和地方各级人民代表机关在这里都不相邻，相隔很远很远很远很远很远很远的人民代表大会。");
    for (int i = 0; i < bodies.size(); i++) {
      Files.writeString(corpus.resolve("d" + i + ".txt"), "标题" + i + "\n\n" + bodies.get(i) + "\n");
    }
    org.policykb.TestCorpus.buildIndex(corpus, tmp.resolve("index"));
    try (LuceneSearchBackend embedded = new LuceneSearchBackend(tmp.resolve("index"));
        DevCluster cluster = DevCluster.start(1, 0, tmp.resolve("cluster"))) {
      ClusterClient client = new ClusterClient(ClusterClient.Options.of(cluster.url()).withTimeoutMillis(120_000));
      new ClusterIndexBuilder(client, new ClusterGenerations(client, "near"), 1, 0).build(corpus, (r, b) -> {});
      OpenSearchBackend opensearch = new OpenSearchBackend(client, "near", 10_000);
      record Pair(String a, String b, int distance) {}
      for (Pair p : List.of(new Pair("代表大会", "代表大会", 16), new Pair("人民代表", "人民代表", 16), new Pair("人民代表", "代表大会", 10),
          new Pair("代表大会", "代表大会", 3))) {
        java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
        for (int i = 0; i < bodies.size(); i++) {
          int pairs = NearReference.spans(bodies.get(i), p.a(), p.b(), p.distance()).size();
          if (pairs > 0) {
            expected.put("d" + i, pairs);
          }
        }
        String q = "\"" + p.a() + "\" NEAR/" + p.distance() + " \"" + p.b() + "\"";
        assertEquals(expected, NearReference.hits(embedded, q), "embedded: " + q);
        assertEquals(expected, NearReference.hits(opensearch, q), "OpenSearch: " + q);
      }
      assertEquals(4, NearReference.hits(opensearch, "\"代表大会\" NEAR/16 \"代表大会\"").size(), "the pairs are there to find");
    }
  }

}
