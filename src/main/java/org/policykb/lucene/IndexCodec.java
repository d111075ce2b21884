package org.policykb.lucene;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * The codec a generation is written with: Lucene's, with stored fields cut into small chunks compressed by LZ4's
 * high-compression mode instead of Lucene's 80 KB chunks of fast LZ4 with a preset dictionary. A concordance, an
 * export, snippets and collocates read documents one by one, far apart in the index. Reading one in Lucene's chunks
 * decompresses the chunk's 4 KB dictionary and every 8 KB block the document touches; in these, the chunk from its
 * start up to the document's end, with LZ4's high-compression output, which decompresses faster. The texts of 60,000
 * documents of the 1 GB bench corpus (4.2 KB each on average as UTF-16), 4,000 of them read at random:
 *
 * <table>
 *   <caption>stored texts (UTF-16), bytes per character on disk and time to read 4,000</caption>
 *   <tr><th>chunks</th><th>bytes per character</th><th>read</th></tr>
 *   <tr><td>Lucene's (BEST_SPEED): 80 KB, fast LZ4, preset dictionary</td><td>1.01</td><td>59 ms</td></tr>
 *   <tr><td>16 KB, high-compression LZ4</td><td>0.91</td><td>55 ms</td></tr>
 *   <tr><td>12 KB, high-compression LZ4</td><td>0.98</td><td>47 ms</td></tr>
 *   <tr><td><b>8 KB, high-compression LZ4</b></td><td>1.06</td><td>37 ms</td></tr>
 *   <tr><td>20 KB, fast LZ4, preset dictionary</td><td>1.33</td><td>34 ms</td></tr>
 * </table>
 *
 * <p>8 KB: a third faster for a twentieth more bytes (speed wins where the two conflict: issue 33). LZ4, not DEFLATE,
 * which reads a text 3–4× slower (1 GB: 4.9k against 14–18k random documents a second on one core). Writing costs a
 * few seconds of a 1 GB build. Everything else is Lucene's. Registered by name ({@code META-INF/services}), so a
 * reader finds it; generations written with Lucene's own codec are read as they are.
 */
public final class IndexCodec extends FilterCodec {
  /** The name segments are written with: a reader looks the codec up by it. */
  public static final String NAME = "PolicyKb104";

  private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
      "PolicyKbStoredFields", CompressionMode.FAST_DECOMPRESSION, 8 * 1024, 128, 10);

  /** Public and without arguments: Lucene instantiates it by name. */
  public IndexCodec() {
    super(NAME, new Lucene104Codec(Lucene104Codec.Mode.BEST_SPEED));
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
