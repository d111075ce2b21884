package org.policykb.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policykb.search.FrequencyResult;
import org.policykb.search.KeywordsResult;

/**
 * Frequency and keyword lists as CSV (RFC 4180), UTF-8 with a byte-order mark as the concordance's, so that a
 * spreadsheet opens the Chinese as it is; every figure as the JSON answer writes it.
 */
public final class StatisticsExport {
  private StatisticsExport() {}

  /** @param arf whether ARF was asked for: a column of its own */
  public static void frequencies(OutputStream out, FrequencyResult r, boolean arf) throws IOException {
    String[] header = arf ? new String[] {"word", "frequency", "per_million", "range", "dp", "arf"}
        : new String[] {"word", "frequency", "per_million", "range", "dp"};
    try (CSVPrinter csv = printer(out, header)) {
      for (FrequencyResult.Item i : r.items()) {
        if (arf) {
          csv.printRecord(i.word(), i.frequency(), i.perMillion(), i.range(), i.dp(), i.arf());
        } else {
          csv.printRecord(i.word(), i.frequency(), i.perMillion(), i.range(), i.dp());
        }
      }
    }
  }

  public static void keywords(OutputStream out, KeywordsResult r) throws IOException {
    try (CSVPrinter csv = printer(out, "direction", "word", "focus_frequency", "focus_per_million", "focus_range",
        "reference_frequency", "reference_per_million", "reference_range", "ll", "log_ratio")) {
      for (KeywordsResult.Item i : r.positive()) {
        row(csv, "positive", i);
      }
      for (KeywordsResult.Item i : r.negative()) {
        row(csv, "negative", i);
      }
    }
  }

  private static void row(CSVPrinter csv, String direction, KeywordsResult.Item i) throws IOException {
    csv.printRecord(direction, i.word(), i.focusFrequency(), i.focusPerMillion(), i.focusRange(), i.referenceFrequency(),
        i.referencePerMillion(), i.referenceRange(), i.ll(), i.logRatio());
  }

  private static CSVPrinter printer(OutputStream out, String... header) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
  }
}
