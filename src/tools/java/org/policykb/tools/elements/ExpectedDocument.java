package org.policykb.tools.elements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One row of an {@code expect.tsv}: a real document's file, the publisher it came from and the values
 * a reader of it wrote down (an empty value: the document does not state it).
 *
 * @param file the file, under the evaluated folder
 * @param publisher the site or database it was published on (the column, else the folder's name)
 * @param values column → value, as written
 */
public record ExpectedDocument(Path file, String publisher, Map<String, String> values) {
  /** The elements compared, in the order they are reported. */
  public static final List<String> FIELDS = List.of("title", "doc_number", "issuer", "date_signed", "date_published", "doc_type");

  public String get(String column) {
    return values.getOrDefault(column, "");
  }

  /** Every row of every {@code expect.tsv} under {@code root}, in path order. */
  public static List<ExpectedDocument> under(Path root) throws IOException {
    List<Path> tables;
    try (Stream<Path> s = Files.walk(root)) {
      tables = s.filter(p -> p.getFileName().toString().equals("expect.tsv")).sorted().toList();
    }
    List<ExpectedDocument> out = new ArrayList<>();
    for (Path table : tables) {
      out.addAll(read(table));
    }
    return out;
  }

  static List<ExpectedDocument> read(Path table) throws IOException {
    List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
    List<String> columns = List.of(lines.get(0).split("\t", -1));
    String folder = table.getParent().getFileName().toString();
    List<ExpectedDocument> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i), i < cells.length ? cells[i].strip() : "");
      }
      String publisher = row.getOrDefault("publisher", "");
      out.add(new ExpectedDocument(table.getParent().resolve(row.get("file")), publisher.isEmpty() ? folder : publisher, row));
    }
    return out;
  }
}
