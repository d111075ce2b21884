package org.policykb.lucene;

import java.time.Instant;
import java.util.Map;

/** What an index commit says about itself: schema version and when it was built. */
public record IndexInfo(int schemaVersion, Instant builtAt) {
  static final String SCHEMA_KEY = "schema_version";
  static final String BUILT_KEY = "built_at";

  Map<String, String> toUserData() {
    return Map.of(SCHEMA_KEY, Integer.toString(schemaVersion), BUILT_KEY, builtAt.toString());
  }

  public static IndexInfo fromUserData(Map<String, String> data) {
    String version = data.get(SCHEMA_KEY);
    String built = data.get(BUILT_KEY);
    return new IndexInfo(
        version == null ? 0 : Integer.parseInt(version), built == null ? null : Instant.parse(built));
  }
}
