package org.policykb.index;

import java.nio.ByteBuffer;
import org.policykb.analysis.CharFolding;
import org.policykb.analysis.TextMinHash;
import org.policykb.ingest.RevisionLines;
import org.policykb.model.PolicyDocument;
import org.policykb.model.PublishedFormat;

/**
 * What a build knows of one document to group it into its work ({@link Works}), kept in the
 * manifest so an incremental build groups unchanged documents without reading them again.
 *
 * @param id the document's id
 * @param format how it was published ({@link PublishedFormat})
 * @param ocr whether some of its text was read by OCR from pictures of pages (a scan): it is shown after every
 *     member read from text
 * @param number its 发文字号, normalised; null when it states none
 * @param key the normalised 发文字号 and title together; null unless it states both
 * @param minhash its text's {@link TextMinHash} signatures, shingles' then sentences', the ints' bytes (big-endian); null
 *     for a tiny text
 * @param work the work it was last written with (the work's id); null before grouping
 * @param shown whether it was written as its work's shown member
 * @param version the day of the last adoption or revision line its head prints ({@link RevisionLines}); null when it
 *     prints none
 */
public record WorkSignature(String id, String format, boolean ocr, String number, String key, byte[] minhash, String work, boolean shown,
    java.time.LocalDate version) {

  /** Equal when every component is, the signatures' bytes compared by value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof WorkSignature w && ocr == w.ocr && shown == w.shown && java.util.Objects.equals(id, w.id)
        && java.util.Objects.equals(format, w.format) && java.util.Objects.equals(number, w.number)
        && java.util.Objects.equals(key, w.key) && java.util.Arrays.equals(minhash, w.minhash)
        && java.util.Objects.equals(work, w.work) && java.util.Objects.equals(version, w.version);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, format, ocr, number, key, java.util.Arrays.hashCode(minhash), work, shown, version);
  }

  /** The signature of a document as read, not yet grouped. */
  public static WorkSignature of(PolicyDocument d) {
    String number = d.official().docNumberNormalized();
    String title = d.title() == null || d.titleDerived() ? null : CharFolding.fold(d.title());
    String key = number == null || title == null || title.isEmpty() ? null : number + "|" + title;
    return new WorkSignature(d.id(), PublishedFormat.of(d.file(), d.format()), d.readByOcr(), number, key,
        encode(TextMinHash.of(d.text()), TextMinHash.ofSentences(d.text())), null, false, RevisionLines.versionDate(d.text()));
  }

  /** How well it was read ({@link PublishedFormat#rank(String, boolean)}): lower is read better and shown first. */
  public int rank() {
    return PublishedFormat.rank(format, ocr);
  }

  /** The shingles' signature ({@link TextMinHash#of}); null for a tiny text. */
  public int[] hashes() {
    int[] all = decode();
    return all == null ? null : java.util.Arrays.copyOf(all, TextMinHash.HASHES);
  }

  /** The sentences' signature ({@link TextMinHash#ofSentences}); null for a tiny text. */
  public int[] sentenceHashes() {
    int[] all = decode();
    return all == null ? null : java.util.Arrays.copyOfRange(all, TextMinHash.HASHES, all.length);
  }

  private int[] decode() {
    if (minhash == null) {
      return null;
    }
    ByteBuffer bytes = ByteBuffer.wrap(minhash);
    int[] out = new int[bytes.remaining() / Integer.BYTES];
    bytes.asIntBuffer().get(out);
    return out;
  }

  public WorkSignature withRole(WorkRole role) {
    return new WorkSignature(id, format, ocr, number, key, minhash, role.work(), role.shown(), version);
  }

  /** The role it was written with; null before grouping. */
  public WorkRole role() {
    return work == null ? null : new WorkRole(work, shown);
  }

  /** Both signatures in one array of bytes, only when both are whole. */
  private static byte[] encode(int[] shingles, int[] sentences) {
    if (shingles == null || sentences == null || shingles.length != TextMinHash.HASHES
        || sentences.length != TextMinHash.SENTENCE_HASHES) {
      return null;
    }
    ByteBuffer bytes = ByteBuffer.allocate((shingles.length + sentences.length) * Integer.BYTES);
    bytes.asIntBuffer().put(shingles).put(sentences);
    return bytes.array();
  }
}
