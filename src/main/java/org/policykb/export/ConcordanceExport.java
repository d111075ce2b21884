package org.policykb.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policykb.query.EnumParameter;
import org.policykb.search.ConcordanceLine;

/**
 * Concordance lines as CSV (RFC 4180) or TSV, UTF-8 with a byte-order mark so that Excel reads the
 * Chinese right, a header row, and the document's metadata on every line (and, for a line read by OCR from a
 * scanned page, the page's OCR confidence). Written as the lines come.
 */
public final class ConcordanceExport implements AutoCloseable {
  static final String[] HEADER = {
    "id", "title", "date", "year", "source", "start", "end", "left", "match", "right", "page", "ocr_confidence"
  };

  /** The export formats. */
  public enum Format {
    CSV("text/csv", CSVFormat.RFC4180),
    TSV("text/tab-separated-values", CSVFormat.TDF.builder().setRecordSeparator("\r\n").get());

    public final String mediaType;
    final CSVFormat csv;

    Format(String mediaType, CSVFormat csv) {
      this.mediaType = mediaType;
      this.csv = csv;
    }

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** null or {@code json} → null (a JSON page); csv or tsv → the format. */
    public static Format parse(String value) {
      if (value != null && value.strip().equalsIgnoreCase("json")) {
        return null;
      }
      return EnumParameter.parse(Format.class, "format", value, null);
    }
  }

  private final CSVPrinter printer;

  public ConcordanceExport(OutputStream out, Format format) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    this.printer = new CSVPrinter(writer, format.csv.builder().setHeader(HEADER).get());
  }

  public static ConcordanceExport csv(OutputStream out) throws IOException {
    return new ConcordanceExport(out, Format.CSV);
  }

  /** Writes one line; an I/O failure (the client went away) is unchecked, which ends the scan. */
  public void write(ConcordanceLine l) {
    try {
      printer.printRecord(l.id(), l.title(), l.date(), l.year(), l.source(), l.start(), l.end(), l.left(), l.match(),
          l.right(), l.page(), l.ocrConfidence());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
