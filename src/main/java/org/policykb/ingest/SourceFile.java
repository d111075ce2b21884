package org.policykb.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A corpus file as read from disk, before cleaning.
 *
 * @param relative path relative to the corpus folder
 * @param override bytes of its {@code .meta.yaml}, or null
 */
public record SourceFile(String relative, String id, byte[] bytes, byte[] override) {

  /** SHA-256 of the article and its override: equal hashes mean nothing to re-process. */
  public String hash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes);
      if (override != null) {
        sha.update((byte) 0);
        sha.update(override);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
