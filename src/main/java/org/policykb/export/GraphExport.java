package org.policykb.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policykb.model.Link;
import org.policykb.query.EnumParameter;

/**
 * The links of a subcorpus as a graph researchers load into Gephi, networkx or igraph, written as the links come:
 *
 * <ul>
 *   <li>{@code csv}: an edge list, UTF-8 with a byte-order mark, one directed edge per link, with the columns Gephi's
 *       import reads ({@code Source}, {@code Target}, {@code Type}, {@code Weight}, {@code Label}) and both ends'
 *       titles, dates, regions and levels;
 *   <li>{@code graphml}: GraphML 1.0, a directed graph whose nodes (documents: title, date, region, level) are written
 *       before the first edge that names them, and whose edges carry the kind, the resolution and the weight.
 * </ul>
 *
 * A node is a document id: the citing document, and the shown member of the work named.
 */
public final class GraphExport implements AutoCloseable {
  static final String[] CSV_HEADER = {
    "Source", "Target", "Type", "Weight", "Label", "resolution", "source_title", "source_date", "source_region",
    "source_level", "target_title", "target_date", "target_region", "target_level"
  };
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  /** The export formats. */
  public enum Format {
    CSV("text/csv"),
    GRAPHML("application/graphml+xml");

    public final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** {@code csv} (the default) or {@code graphml}. */
    public static Format parse(String value) {
      return EnumParameter.parse(Format.class, "format", value, CSV);
    }
  }

  private final Writer writer;
  private final CSVPrinter csv;
  private final XMLStreamWriter xml;
  private final Set<String> nodes = new HashSet<>();
  private long edges;

  public GraphExport(OutputStream out, Format format) throws IOException {
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (format == Format.CSV) {
      writer.write('\uFEFF');
      this.csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
      this.xml = null;
    } else {
      this.csv = null;
      try {
        this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(writer);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(NS);
        xml.writeCharacters("\n");
        for (String[] key : new String[][] {
          {"title", "node", "string"}, {"date", "node", "string"}, {"region", "node", "string"}, {"level", "node", "string"},
          {"kind", "edge", "string"}, {"resolution", "edge", "string"}, {"weight", "edge", "int"}}) {
          xml.writeEmptyElement("key");
          xml.writeAttribute("id", key[0]);
          xml.writeAttribute("for", key[1]);
          xml.writeAttribute("attr.name", key[0]);
          xml.writeAttribute("attr.type", key[2]);
          xml.writeCharacters("\n");
        }
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "links");
        xml.writeAttribute("edgedefault", "directed");
        xml.writeCharacters("\n");
      } catch (XMLStreamException e) {
        throw new IOException(e);
      }
    }
  }

  /** Writes one link (a resolved one); an I/O failure (the client went away) is unchecked, which ends the scan. */
  public void write(Link l) {
    if (!l.resolved()) {
      throw new IllegalArgumentException("an unresolved reference is no edge: " + l);
    }
    String target = l.toDocument() != null ? l.toDocument() : l.to();
    try {
      if (csv != null) {
        csv.printRecord(l.from(), target, "Directed", l.occurrences(), l.kind().key(), l.resolution(), l.fromTitle(),
            l.fromDate(), l.fromRegion(), l.fromLevel(), l.toTitle(), l.toDate(), l.toRegion(), l.toLevel());
      } else {
        node(l.from(), l.fromTitle(), l.fromDate(), l.fromRegion(), l.fromLevel());
        node(target, l.toTitle(), l.toDate(), l.toRegion(), l.toLevel());
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + edges);
        xml.writeAttribute("source", l.from());
        xml.writeAttribute("target", target);
        data("kind", l.kind().key());
        data("resolution", l.resolution());
        data("weight", Integer.toString(l.occurrences()));
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      edges++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  private void node(String id, String title, java.time.LocalDate date, String region, String level) throws XMLStreamException {
    if (!nodes.add(id)) {
      return;
    }
    xml.writeStartElement("node");
    xml.writeAttribute("id", id);
    data("title", title);
    data("date", date == null ? null : date.toString());
    data("region", region);
    data("level", level);
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private void data(String key, String value) throws XMLStreamException {
    if (value == null) {
      return; // unknown stays absent
    }
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.close(true);
      return;
    }
    try {
      xml.writeEndElement(); // graph
      xml.writeCharacters("\n");
      xml.writeEndElement(); // graphml
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      writer.flush();
      writer.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }
}
