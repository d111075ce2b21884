package org.policykb.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.policykb.index.Json;

/**
 * The OpenSearch index schema, in one place: the field names of {@link org.policykb.index.Fields},
 * settings and mappings in
 * {@code opensearch/index.json} (the file an operator can read or install as a template).
 *
 * <p>Only stock analysis is used, so any OpenSearch 3.8 with the official analysis-smartcn plugin
 * serves it. Phrase matching is the embedded index's exactly: the ingestion sends the text already
 * folded ({@link org.policykb.analysis.CharFolding}: transparent characters dropped, width, case
 * and traditional forms folded), the built-in {@code ngram} tokenizer cuts it into code-point
 * bigrams one position apart, and a phrase is asked as the same bigrams at the same positions
 * (a whitespace tokenizer and a stop filter that leaves a gap for {@code ·}). The text is sent as its
 * paragraphs, {@link org.policykb.analysis.Paragraphs#GAP} positions apart, and a sentinel after each
 * gives its last character a bigram of its own, as the embedded index's single paragraph-final token
 * does, so a one-character phrase is a prefix query in both and nothing spans two paragraphs. The word fields get the text folded
 * char for char and the plugin's {@code smartcn} analyzer, the embedded words analyzer's chain;
 * their terms are aggregatable (fielddata, loaded on the first suggestion) because suggestions list
 * the words that start with a prefix, which stock OpenSearch reads no other way.
 */
public final class ClusterSchema {
  private ClusterSchema() {}

  /**
   * Bumped whenever the mapping or the JSON sent changes; kept in each index's {@code _meta} with
   * {@link org.policykb.index.Fields#SCHEMA_VERSION} (the ingestion's), and a generation is reused
   * by an incremental build only when both match.
   */
  // 5: the category field; 6: work_id and work_shown (works); 7: region, level; 8: word_count, and the words' term
  // vectors (what a subcorpus's word frequencies are read from); 9: the words are segmented by the client, sent as
  // they are with GAP where a position is empty (TERMS_ANALYZER), and their term vectors keep positions (n-grams);
  // 10: text_exact scores a match by its phrase's frequency (ClusterOccurrences)
  public static final int VERSION = 10;

  /**
   * The whole {@link org.policykb.model.PolicyDocument} as JSON: kept in _source, not indexed. The
   * other fields have the names of {@link org.policykb.index.Fields}.
   */
  public static final String DOC = "doc";

  /** The analyzer that turns a phrase's bigrams (gaps written as {@link #GAP}) into a phrase query. */
  public static final String EXACT_QUERY_ANALYZER = "policykb_exact_query";
  /**
   * The analyzer of {@link org.policykb.index.Fields#TEXT_WORDS}: the words the client segmented, separated by spaces,
   * each {@link #GAP} an empty position; so the cluster holds the embedded index's terms at its positions.
   */
  public static final String TERMS_ANALYZER = "policykb_terms";
  /** A token the query analyzer drops, leaving a position gap; never a bigram of folded text. */
  public static final String GAP = "·";
  /** Appended to folded text: its last character's bigram; never part of a phrase. */
  public static final char SENTINEL = '\uFFFF';

  /** The settings and mappings of a new generation's index. */
  public static ObjectNode index(int shards, int replicas) {
    try (InputStream in = ClusterSchema.class.getResourceAsStream("/opensearch/index.json")) {
      ObjectNode body = (ObjectNode) Json.mapper().readTree(in);
      ObjectNode index = (ObjectNode) body.path("settings").path("index");
      index.put("number_of_shards", shards);
      index.put("number_of_replicas", replicas);
      // the paragraphs of the text are values of text_exact, as far apart as the embedded index's
      ObjectNode textExact = (ObjectNode) body.path("mappings").path("properties").path(org.policykb.index.Fields.TEXT_EXACT);
      textExact.put("position_increment_gap", org.policykb.analysis.Paragraphs.GAP);
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("opensearch/index.json is missing from the build", e);
    }
  }
}
